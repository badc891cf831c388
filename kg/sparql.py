"""SPARQL over the embedded store: `kg query` (prefixes predeclared, one-line errors), also the
query runner of `kg serve`'s endpoint (kg.web.endpoint)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyoxigraph

from kg.chars import is_han
from kg.rdf.store import open_store
from kg.vocab import PREFIXES


class QueryError(Exception):
    """A query that cannot be parsed or run; the message is one line."""


def read_query(query: str) -> str:
    """A path to a .rq file, or SPARQL text."""
    if (query.endswith(".rq") or "\n" not in query) and _is_file(query):
        try:
            return Path(query).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{query}: cannot read the query file ({exc})") from None
    if query.endswith(".rq"):
        raise QueryError(f"{query}: no such query file")
    return query


def _is_file(text: str) -> bool:
    """Whether one line of the command line names a file (a long query is no path: ENAMETOOLONG)."""
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def parse_binding(text: str) -> tuple[str, pyoxigraph.NamedNode | pyoxigraph.Literal]:
    """NAME=TERM from the command line: TERM is <iri>, prefix:local (fz:, skos:, …), a quoted
    N-Triples literal ("…"@zh, "3"^^xsd:integer is not expanded), or bare text, read as a Chinese
    label (@zh) when it holds a Han character and as a plain string otherwise.

    >>> parse_binding("s=fz:Planned")
    ('s', <NamedNode value=https://w3id.org/fazhi-kg/ontology#Planned>)
    >>> parse_binding("name=共享法庭")
    ('name', <Literal value=共享法庭 language=zh>)
    """
    name, sep, term = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name or not term:
        raise QueryError(f"--bind {text}: expected NAME=TERM")
    if term.startswith("<") and term.endswith(">"):
        return name, _named(term[1:-1], text)
    prefix, colon, local = term.partition(":")
    if colon and prefix in PREFIXES and not local.startswith("//"):
        return name, _named(PREFIXES[prefix] + local, text)
    if term.startswith('"'):
        try:
            triple = next(
                iter(
                    pyoxigraph.parse(
                        f"<urn:s> <urn:p> {term} .".encode("utf-8"),
                        format=pyoxigraph.RdfFormat.N_TRIPLES,
                    )
                )
            )
        except (SyntaxError, StopIteration):
            raise QueryError(f"--bind {text}: not an N-Triples literal") from None
        return name, triple.object
    if any(map(is_han, term)):
        return name, pyoxigraph.Literal(term, language="zh")
    return name, pyoxigraph.Literal(term)


def _named(value: str, text: str) -> pyoxigraph.NamedNode:
    try:
        return pyoxigraph.NamedNode(value)
    except ValueError:
        raise QueryError(f"--bind {text}: not an IRI") from None


SERVICE_REFUSED = (
    "the query calls SERVICE: federated queries are refused, since they make this machine send "
    "requests to the addresses a query names; for trusted local use, allow them with "
    "--allow-service (kg query, kg serve)"
)


def run_query(
    query: str,
    store: Path | pyoxigraph.Store,
    substitutions: dict | None = None,
    allow_service: bool = False,
):
    """Run a query over the union of all reports (the store's default graph). `substitutions`
    binds projected variables to terms before evaluation (SPARQL SEP-0007; ``kg query --bind``).
    `store` is the store folder or the build folder that holds it (output/ or output/store).
    A query that calls SERVICE is refused unless `allow_service`: Oxigraph would fetch the
    address it names (a visitor of ``kg serve`` could make the server probe its networks)."""
    text = read_query(query)
    if not allow_service and uses_service(text):
        raise QueryError(SERVICE_REFUSED)
    if is_update(text):
        raise QueryError(
            "the store is read-only: kg query runs SELECT, ASK, CONSTRUCT and DESCRIBE, "
            "not updates (rebuild with `kg build` to change the graph)"
        )
    db = store if isinstance(store, pyoxigraph.Store) else open_store(store_folder(Path(store)))
    subs = {pyoxigraph.Variable(k): v for k, v in (substitutions or {}).items()}
    try:
        return db.query(text, prefixes=dict(PREFIXES), substitutions=subs or None)
    except SyntaxError as exc:
        raise QueryError(syntax_message(text, str(exc))) from None
    except OSError as exc:
        raise QueryError("query failed: " + " ".join(str(exc).split())) from None
    except RuntimeError as exc:  # e.g. binding a variable the query does not project
        raise QueryError("cannot bind: " + " ".join(str(exc).split())) from None


def store_folder(path: Path) -> Path:
    """The store itself, also when given the build folder that holds it as ``store/``."""
    inner = path / "store"
    if inner.is_dir() and not (path / "CURRENT").exists():  # CURRENT: RocksDB's own file
        return inner
    return path


_UPDATE = re.compile(
    r"(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


def is_update(text: str) -> bool:
    """Whether the text is a SPARQL Update (after its prologue and comments).

    >>> is_update("PREFIX a: <urn:a#> INSERT DATA { a:s a:p a:o }"), is_update("ASK { ?s ?p ?o }")
    (True, False)
    """
    code = re.sub(r"(?m)#[^\n<>\"']*$", "", text).strip()
    return _UPDATE.match(code) is not None


# what the SERVICE keyword can hide in: strings (long and short), IRIs and comments
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.IGNORECASE)


def uses_service(text: str) -> bool:
    """Whether the query calls SERVICE: the keyword outside strings, IRIs and comments, and
    not part of a name (ex:SERVICE, ?service).

    >>> uses_service("SELECT * { SERVICE <http://h/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service("select * { service silent <urn:x> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT ?service { ?s ex:SERVICE "SERVICE" } # SERVICE')
    False
    >>> uses_service("SELECT * { ?s <urn:SERVICE> ?o }")
    False
    """
    return _SERVICE.search(_OPAQUE.sub(" ", text)) is not None


def syntax_message(query: str, error: str) -> str:
    """One line: where (line, column), the text found there and what the parser expected —
    without the Unicode ranges of the grammar's character classes.

    >>> found = "error at 1:24: expected one of \\"}\\", ['0'..='9']"
    >>> syntax_message("SELECT ?x WHERE { ?x ?y", found)
    'SPARQL syntax error at line 1, column 24 (at the end of the query): expected one of "}"'
    """
    m = re.match(r"error at (\d+):(\d+): (.*)", " ".join(error.split()))
    if not m:
        return "SPARQL syntax error: " + " ".join(error.split())[:200]
    line, column, expected = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = query.splitlines() or [""]
    source = lines[line - 1] if line <= len(lines) else ""
    # the parser counts bytes of UTF-8
    before = source.encode("utf-8")[: max(0, column - 1)].decode("utf-8", errors="ignore")
    start = len(before) - len(re.search(r"\S*$", before).group())  # the whole token
    token = re.match(r"\S{1,24}", source[start:])
    at_end = line >= len(lines) and len(before) >= len(source.rstrip())
    where = "at the end of the query" if at_end else f"near {token.group() if token else '⏎'!r}"
    expected = re.sub(r"\[[^\]]*\]", "", expected)  # character classes
    expected = re.sub(r"(?:,\s*){2,}", ", ", expected).strip(" ,")
    if len(expected) > 120:
        expected = expected[:117] + "…"
    return f"SPARQL syntax error at line {line}, column {column} ({where}): {expected}"


_SKOS = "http://www.w3.org/2004/02/skos/core#"


def labelled_entity(store: pyoxigraph.Store, term) -> pyoxigraph.NamedNode | None:
    """The one entity the bare-text term (共享法庭) names, else None: by its preferred label, as
    written or in the quotes a report prints a name in (“共享法庭”), else by another label."""
    if not isinstance(term, pyoxigraph.Literal):
        return None
    pref = pyoxigraph.NamedNode(_SKOS + "prefLabel")
    alt = pyoxigraph.NamedNode(_SKOS + "altLabel")
    quoted = pyoxigraph.Literal(f"“{term.value}”", language=term.language)
    for predicate, label in ((pref, term), (pref, quoted), (alt, term)):
        found = {q.subject for q in store.quads_for_pattern(None, predicate, label)}
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


def unmatched_bindings(store: Path | pyoxigraph.Store, bindings: dict) -> list[str]:
    """The bound names whose term occurs nowhere in the store (a label spelt otherwise …)."""
    db = store if isinstance(store, pyoxigraph.Store) else open_store(store_folder(Path(store)))
    out = []
    for name, term in bindings.items():
        as_object = next(iter(db.quads_for_pattern(None, None, term)), None)
        as_subject = (
            next(iter(db.quads_for_pattern(term, None, None)), None)
            if isinstance(term, pyoxigraph.NamedNode)
            else None
        )
        if as_object is None and as_subject is None:
            out.append(name)
    return out


def rows(result) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a SELECT or ASK result as plain strings (IRIs, lexical forms)."""
    if isinstance(result, (bool, pyoxigraph.QueryBoolean)):
        return ["result"], [["true" if bool(result) else "false"]]
    header = [v.value for v in result.variables]
    return header, [[_plain(solution[v]) for v in header] for solution in result]


def _plain(term) -> str:
    if term is None:
        return ""
    return term.value


GRAPH_FORMATS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES}


def format_result(result, fmt: str | None) -> str:
    """The result as text: a table (the default), CSV or JSON (SPARQL 1.1 JSON results, as the
    endpoint answers) for SELECT and ASK; Turtle (the default) or N-Triples for CONSTRUCT and
    DESCRIBE. A format of the other form is an error, both ways."""
    if isinstance(result, pyoxigraph.QueryTriples):
        if fmt is not None and fmt not in GRAPH_FORMATS:
            raise QueryError(
                f"--format {fmt} is for SELECT and ASK; use turtle or ntriples for CONSTRUCT "
                "and DESCRIBE"
            )
        rdf_format = GRAPH_FORMATS.get(fmt, pyoxigraph.RdfFormat.TURTLE)
        triples = list(result)
        if not triples:
            return ""
        out = pyoxigraph.serialize(triples, format=rdf_format, prefixes=dict(PREFIXES))
        return out.decode("utf-8")
    if fmt in GRAPH_FORMATS:
        raise QueryError(f"--format {fmt} is for CONSTRUCT and DESCRIBE; use table, csv or json")
    if fmt == "json" and isinstance(result, pyoxigraph.QuerySolutions | pyoxigraph.QueryBoolean):
        return result.serialize(format=pyoxigraph.QueryResultsFormat.JSON).decode("utf-8") + "\n"
    if fmt == "json":  # a plain boolean
        return json.dumps({"head": {}, "boolean": bool(result)}) + "\n"
    header, body = rows(result)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(body)
        return out.getvalue()
    widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = [
        " | ".join(_pad(h, w) for h, w in zip(header, widths, strict=True)),
        "-+-".join("-" * w for w in widths),
    ]
    lines += [" | ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)) for r in body]
    return "\n".join(lines) + f"\n({len(body)} rows)\n"


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
