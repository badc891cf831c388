"""The website's routes (Starlette): thin handlers over kg.web.entity, kg.web.index,
kg.web.network and kg.web.endpoint.

Starlette because it is small, well kept and ASGI: uvicorn serves it, requests run concurrently,
its StaticFiles refuses paths outside the asset folder, and its TestClient tests it in-process;
Jinja2 renders the pages with autoescaping on, so no label can inject markup."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from urllib.parse import parse_qs, quote

import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.resources import ontology_dir, queries_dir
from kg.vocab import PREFIXES
from kg.web import negotiation
from kg.web.endpoint import FORMAT_NAMES, GRAPH_TYPES, READ_ONLY, RESULT_TYPES, QueryPool
from kg.web.entity import EntityReader, Span
from kg.web.index import GraphIndex, vocabulary_labels, vocabulary_terms
from kg.web.network import DEFAULT_LIMIT, Filters, network_data
from kg.web.paths import href, iri_for_path, path_for_iri

HERE = Path(__file__).parent
ENTITY_TYPES = ["text/html", "text/turtle", "application/n-triples", "application/ld+json"]
ENTITY_FORMATS = {
    "html": "text/html",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}
RDF_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
# Nothing but our own origin: no CDN, no remote font, no inline script.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
MAX_QUERY_CHARS = 100_000


def templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["href"] = href
    env.tests["span"] = lambda part: isinstance(part, Span)
    return env


def example_queries() -> list[dict]:
    """The bundled competency queries (queries/*.rq), as the query page's examples."""
    declared = set(prologue().splitlines())
    out = []
    for path in sorted(queries_dir().glob("*.rq")):
        # the page's prologue declares the project's prefixes once; the example's own
        # declarations of the same prefixes are left out of what it shows
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        text = "".join(line for line in lines if line.rstrip("\n") not in declared)
        first = next((line[1:].strip() for line in text.splitlines() if line.startswith("#")), "")
        out.append({"name": path.stem, "title": first, "query": text})
    return out


def prologue() -> str:
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())


class Site:
    """What the routes share: the store, its readers and the query workers."""

    def __init__(
        self,
        store_path: Path,
        workers: int,
        timeout: float,
        max_bytes: int,
        allow_service: bool = False,
    ):
        self.store_path = store_path
        self.store = ox.Store.read_only(str(store_path))
        self.vocabulary = vocabulary_labels(ontology_dir())
        self.index = GraphIndex(self.store)
        self.reader = EntityReader(self.store, self.vocabulary, self.index.names, self.index.kinds)
        self.pool = QueryPool(
            store_path,
            workers=workers,
            timeout=timeout,
            max_bytes=max_bytes,
            allow_service=allow_service,
        )
        self.env = templates()
        self.examples = example_queries()
        self.terms = vocabulary_terms(ontology_dir())

    def render(self, name: str, status: int = 200, **context) -> HTMLResponse:
        body = self.env.get_template(name).render(**context)
        return HTMLResponse(body, status_code=status, headers=SECURITY_HEADERS)


def create_app(
    store_path: Path,
    workers: int = 2,
    timeout: float = 30.0,
    max_bytes: int = 50_000_000,
    allow_service: bool = False,
) -> Starlette:
    """The site over a read-only store folder. Endpoint queries that call SERVICE are refused
    (400) unless `allow_service`."""
    site = Site(Path(store_path), workers, timeout, max_bytes, allow_service)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await site.pool.start()
        loading = asyncio.create_task(asyncio.to_thread(site.index.load_links))
        try:
            yield
        finally:
            site.pool.close()
            if not loading.done():
                loading.cancel()

    async def explorer(request: Request):
        return site.render(
            "explorer.html",
            counts=site.index.counts,
            reports=site.index.reports,
            years=site.index.years(),
            focus=request.query_params.get("focus", ""),
        )

    async def search_page(request: Request):
        q = request.query_params.get("q", "")
        kind = request.query_params.get("kind", "")
        hits = site.index.labels.search(q, limit=100, kinds={kind} if kind else None) if q else []
        kinds = sorted(site.index.counts)
        return site.render("search.html", q=q, hits=hits, kind=kind, kinds=kinds)

    async def search_api(request: Request):
        q = request.query_params.get("q", "")
        kinds = set(request.query_params.getlist("kind")) or None
        limit = _int(request.query_params.get("limit"), 20, 1, 100)
        hits = site.index.labels.search(q, limit=limit, kinds=kinds)
        return JSONResponse(
            {
                "q": q,
                "hits": [
                    {
                        "iri": h.iri,
                        "label": h.label,
                        "name": h.name,
                        "kind": h.kind,
                        "href": h.path or h.iri,
                    }
                    for h in hits
                ],
            },
            headers=SECURITY_HEADERS,
        )

    async def network_api(request: Request):
        params = request.query_params
        filters = Filters(
            kinds=frozenset(params.getlist("kind")),
            relations=frozenset(params.getlist("relation")),
            reports=frozenset(params.getlist("report")),
            years=frozenset(params.getlist("year")),
        )
        limit = _int(params.get("limit"), DEFAULT_LIMIT, 1, 300)
        focus = params.get("focus") or None
        if not await asyncio.to_thread(site.index.links_ready.wait, 30):
            return JSONResponse(
                {"error": "the links are still being read; try again in a moment"},
                status_code=503,
                headers={**SECURITY_HEADERS, "Retry-After": "2"},
            )
        data = await asyncio.to_thread(network_data, site.index, focus, filters, limit)
        return JSONResponse(data, headers=SECURITY_HEADERS)

    async def entity(request: Request):
        iri = iri_for_path(request.scope.get("raw_path") or request.url.path.encode())
        if iri is None:
            return not_found(request)
        wanted = request.query_params.get("format")
        if wanted:
            media = ENTITY_FORMATS.get(wanted)
            if media is None:
                return PlainTextResponse(
                    f"unknown format {wanted!r}: html, turtle, ntriples or jsonld\n",
                    status_code=400,
                )
        else:
            media = negotiation.choose(request.headers.get("accept"), ENTITY_TYPES)
        if media is None:
            return PlainTextResponse(
                "not acceptable: this page is text/html, text/turtle, application/n-triples or "
                "application/ld+json\n",
                status_code=406,
            )
        # the page's own path for its IRI, not the decoded request path: a name holding ( ) or
        # 、 is escaped in the IRI, and a link built from the decoded path names another IRI
        path = path_for_iri(iri) or request.url.path
        alternates = {
            media: href(path, format=name)
            for name, media in ENTITY_FORMATS.items()
            if name != "html"
        }
        link = ", ".join(
            f'<{quote(u, safe="/%?=&")}>; rel="alternate"; type="{t}"'
            for t, u in alternates.items()
        )  # a header is ASCII: the path percent-encoded
        headers = {**SECURITY_HEADERS, "Link": link, "Vary": "Accept"}
        if media != "text/html":
            triples = await asyncio.to_thread(site.reader.triples, iri)
            if not triples:
                return PlainTextResponse(f"no entity {iri} in this graph\n", status_code=404)
            body = ox.serialize(triples, format=RDF_FORMATS[media], prefixes=dict(PREFIXES))
            return Response(body, media_type=media, headers=headers)
        relation = request.query_params.get("rel")
        page_number = _int(request.query_params.get("page"), 1, 1, 1_000_000)
        page = await asyncio.to_thread(site.reader.page, iri, relation, page_number)
        if page is None:
            return not_found(request, iri)
        response = site.render("entity.html", page=page, path=path, alternates=alternates)
        response.headers.update({"Link": link, "Vary": "Accept"})
        return response

    async def query_page(request: Request):
        return site.render(
            "query.html",
            prologue=prologue(),
            examples=site.examples,
            first=site.examples[0] if site.examples else None,
        )

    async def sparql(request: Request):
        query, refused = await _read_query(request)
        if refused is not None:
            return refused
        if query is None:
            if "text/html" in request.headers.get("accept", ""):
                return await query_page(request)
            return PlainTextResponse(
                "no query: send query=… (SPARQL 1.1 Protocol)\n", status_code=400
            )
        if len(query) > MAX_QUERY_CHARS:
            return PlainTextResponse(
                f"the query is longer than {MAX_QUERY_CHARS:,} characters\n", status_code=413
            )
        accept = _accepted_result_types(request)
        result = await site.pool.run(query, accept)
        return Response(
            result.body,
            status_code=result.status,
            media_type=result.media_type,
            headers={"Access-Control-Allow-Origin": "*"} if result.status == 200 else None,
        )

    async def update(request: Request):
        return PlainTextResponse(READ_ONLY, status_code=403)

    def not_found(request: Request, iri: str | None = None):
        return site.render("404.html", status=404, iri=iri, path=request.url.path)

    async def ontology(request: Request):
        turtle = ontology_dir() / "fazhi.ttl"
        wanted = request.query_params.get("format")
        media = (
            "text/turtle"
            if wanted == "turtle"
            else negotiation.choose(request.headers.get("accept"), ["text/html", "text/turtle"])
        )
        if media == "text/turtle":
            return FileResponse(turtle, media_type="text/turtle; charset=utf-8")
        return site.render("ontology.html", terms=site.terms)

    async def favicon(request: Request):
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    async def missing(request: Request):
        return not_found(request)

    routes = [
        Route("/", explorer),
        Route("/search", search_page),
        Route("/api/search", search_api),
        Route("/api/network", network_api),
        Route("/sparql", query_page),
        Route("/query", sparql, methods=["GET", "POST"]),
        Route("/update", update, methods=["GET", "POST"]),
        Route("/id/{rest:path}", entity),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
        Route("/ontology", ontology),
        Route("/favicon.ico", favicon),
        Route("/{rest:path}", missing),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.site = site
    return app


async def _read_query(request: Request) -> tuple[str | None, Response | None]:
    """The query of a SPARQL 1.1 Protocol request (GET ?query=, POST form or direct body); an
    update (``update=`` or ``application/sparql-update``) is refused."""
    refused = PlainTextResponse(READ_ONLY, status_code=403)
    if "update" in request.query_params:
        return None, refused
    if request.method == "GET":
        return request.query_params.get("query"), None
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None, PlainTextResponse("the request body is not UTF-8\n", status_code=400)
    if content_type == "application/sparql-update":
        return None, refused
    if content_type == "application/sparql-query":
        return text, None
    form = parse_qs(text, keep_blank_values=True)
    if "update" in form:
        return None, refused
    if "query" in form:
        return form["query"][0], None
    return request.query_params.get("query"), None


def _accepted_result_types(request: Request) -> list[str]:
    wanted = request.query_params.get("format")
    if wanted in FORMAT_NAMES:
        return [FORMAT_NAMES[wanted]]
    return negotiation.ranked(
        request.headers.get("accept", ""), list(RESULT_TYPES) + list(GRAPH_TYPES)
    )


def _int(text: str | None, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(text))) if text is not None else default
    except ValueError:
        return default
