"""`kg build | query | serve | analyze`: argument parsing, progress and errors — no logic."""

from __future__ import annotations

import argparse
import sys
import time
from functools import partial
from pathlib import Path


class _DefaultsShown(argparse.ArgumentDefaultsHelpFormatter):
    """Defaults as a user types them (corpus, not [PosixPath('corpus')]); none shown for a flag
    or an option without one (no "(default: None)", "(default: False)")."""

    def _get_help_string(self, action):
        default = action.default
        if default is None or default is False or default == [] or default is argparse.SUPPRESS:
            return action.help
        if isinstance(default, list | tuple):
            shown = " ".join(map(str, default))
        else:
            shown = str(default)
        return f"{action.help} (default: {shown})"


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return {
            "build": _build,
            "export": _export,
            "query": _query,
            "serve": _serve,
            "analyze": _analyze,
        }[args.command](args)
    except KeyboardInterrupt:
        print("kg: interrupted; earlier outputs are left as they were", file=sys.stderr)
        return 130


def make_parser() -> argparse.ArgumentParser:
    from kg import __version__

    parser = argparse.ArgumentParser(
        prog="kg", description="fazhi-kg: knowledge graphs of 法治政府建设年度报告"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    # every option shows its default in --help
    command = partial(commands.add_parser, formatter_class=_DefaultsShown)

    build = command("build", help="build the graph (and store, analyses) from reports")
    build.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        default=[Path("corpus")],
        help="report files (.txt, .html, .pdf, .docx, .doc, .wps) or folders of them",
    )
    build.add_argument("--out", type=Path, default=Path("output"), help="output folder")
    build.add_argument(
        "--jobs", type=int, default=1, help="parallel extraction processes (output is identical)"
    )
    build.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786; "
        "pip install 'fazhi-kg[dask]'); the output is identical to a local build",
    )
    build.add_argument("--no-store", action="store_true", help="skip the SPARQL store")
    build.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="per-report progress bar (auto: only on a terminal)",
    )
    build.add_argument("--no-analysis", action="store_true", help="skip analyses and Gephi exports")
    build.add_argument(
        "--format",
        default="ttl",
        help="graph files: graph.ttl always; add trig, nq, jsonld (one named graph per report), "
        "comma-separated",
    )
    build.add_argument(
        "-v", "--verbose", action="store_true", help="also print the time of each phase"
    )

    query = command("query", help="run a SPARQL query on the store")
    query.add_argument("query", help="a .rq file or SPARQL text (the project's prefixes are known)")
    query.add_argument(
        "--store", type=Path, default=Path("output/store"), help="the store, or the build folder"
    )
    query.add_argument(
        "--format",
        choices=("table", "csv", "json", "turtle", "ntriples"),
        default=None,
        help="table, csv or json for SELECT/ASK (default table); turtle or ntriples for "
        "CONSTRUCT/DESCRIBE (default turtle)",
    )
    query.add_argument(
        "--bind",
        action="append",
        default=[],
        metavar="NAME=TERM",
        help='bind a projected variable: <iri>, fz:Term, "text"@zh or a bare label',
    )
    query.add_argument(
        "--allow-service",
        action="store_true",
        help="run SERVICE calls (federated queries fetch the addresses they name; off by default)",
    )

    serve = command(
        "serve",
        help="the graph's read-only website: explorer, entity pages, SPARQL endpoint, query page",
    )
    serve.add_argument(
        "--store", type=Path, default=Path("output/store"), help="the store, or the build folder"
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (other than loopback: a warning)"
    )
    serve.add_argument("--port", type=int, default=7878, help="TCP port")
    serve.add_argument(
        "--workers", type=int, default=2, help="processes that run SPARQL queries (in parallel)"
    )
    serve.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        help="seconds a SPARQL query may run before it is stopped",
    )
    serve.add_argument(
        "--max-result-bytes",
        type=int,
        default=50_000_000,
        help="largest SPARQL result served (larger ones are refused, never cut)",
    )
    serve.add_argument(
        "--allow-service",
        action="store_true",
        help="let endpoint queries call SERVICE (the server would fetch the addresses visitors "
        "name: only for trusted local use; refused by default)",
    )

    export = command(
        "export", help="per-report graph files (TriG, N-Quads, JSON-LD) of an existing build"
    )
    export.add_argument(
        "--format", default="trig,nq,jsonld", help="trig, nq, jsonld, comma-separated"
    )
    export.add_argument("--out", type=Path, default=Path("output"), help="the build's folder")

    analyze = command("analyze", help="analyses and Gephi exports of an existing graph")
    analyze.add_argument(
        "graph", nargs="?", type=Path, default=Path("output/graph.ttl"), help="a Turtle graph"
    )
    analyze.add_argument(
        "--out", type=Path, default=None, help="output folder (default: the graph's folder)"
    )

    return parser


def _formats(args) -> tuple[str, ...] | None:
    """The --format list read, or None after one line naming the mistake."""
    from kg.build import parse_formats

    try:
        return parse_formats(args.format)
    except ValueError as exc:
        print(f"kg: error: --format {args.format}: {exc}", file=sys.stderr)
        return None


def _build(args) -> int:
    from kg.build import build

    formats = _formats(args)
    if formats is None:
        return 2
    if args.out.exists() and not args.out.is_dir():
        print(f"kg: error: --out {args.out}: a file, not a folder; name a folder", file=sys.stderr)
        return 2
    if args.jobs < 1:
        print(f"kg: error: --jobs {args.jobs}: at least 1", file=sys.stderr)
        return 2
    started = time.perf_counter()
    status = build(
        args.inputs,
        args.out,
        jobs=max(1, args.jobs),
        store=not args.no_store,
        analyses=not args.no_analysis,
        progress=args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty()),
        formats=formats,
        scheduler=args.scheduler,
    )
    elapsed = time.perf_counter() - started
    if status.built:
        print(
            f"kg: built {len(status.built)} report(s) ({status.cached} from cache) "
            f"into {args.out}/ "
            f"in {elapsed:.1f} s"
            + (
                f"; the last build updated ({status.updated} report versions in or out)"
                if status.updated is not None
                else ""
            ),
            file=sys.stderr,
        )
        if args.verbose:
            print(
                "kg: phases: "
                + ", ".join(f"{name} {_duration(s)}" for name, s in status.seconds.items()),
                file=sys.stderr,
            )
    if status.failed:
        if not status.built:
            print("kg: nothing built; earlier outputs are left as they were", file=sys.stderr)
        print(f"kg: {len(status.failed)} input(s) failed", file=sys.stderr)
        return 1
    return 0


def _query(args) -> int:
    from kg.rdf.store import open_store
    from kg.sparql import (
        QueryError,
        format_result,
        labelled_entity,
        parse_binding,
        run_query,
        store_folder,
        unmatched_bindings,
    )

    try:
        bindings = dict(parse_binding(b) for b in args.bind)
        store = open_store(store_folder(args.store))  # opened once for the query and the check
        bare = [b for b in args.bind if not b.partition("=")[2].startswith(('"', "<"))]
        if bare and _is_empty(run_query(args.query, store, bindings, args.allow_service)):
            # --bind programme=共享法庭 on an IRI variable: the entity so labelled, said aloud
            for name in [b.partition("=")[0].strip().lstrip("?$") for b in bare]:
                entity = labelled_entity(store, bindings.get(name))
                if entity is not None:
                    print(f"kg: --bind {name}: read as {entity} (so labelled)", file=sys.stderr)
                    bindings[name] = entity
        result = run_query(args.query, store, bindings, allow_service=args.allow_service)
        text = format_result(result, args.format)
        for name in unmatched_bindings(store, bindings):
            print(
                f"kg: warning: --bind {name}: {bindings[name]} occurs nowhere in the store",
                file=sys.stderr,
            )
    except (QueryError, FileNotFoundError) as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a SERVICE that --allow-service let through and that failed
        print(f"kg: error: the query failed: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    sys.stdout.write(text)
    return 0


def _duration(seconds: float) -> str:
    """A phase's time: seconds, or milliseconds under a tenth of one (not "0.0 s").

    >>> _duration(2.14), _duration(0.034)
    ('2.1 s', '34 ms')
    """
    return f"{seconds:.1f} s" if seconds >= 0.1 else f"{seconds * 1000:.0f} ms"


def _is_empty(result) -> bool:
    """A SELECT without rows (an ASK or a graph result is never re-read with labels)."""
    import pyoxigraph

    return isinstance(result, pyoxigraph.QuerySolutions) and next(iter(result), None) is None


def _serve(args) -> int:
    from kg.web.server import ServeError, serve

    try:
        return serve(
            args.store,
            host=args.host,
            port=args.port,
            workers=args.workers,
            timeout=args.timeout,
            max_bytes=args.max_result_bytes,
            allow_service=args.allow_service,
        )
    except ServeError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2


def _export(args) -> int:
    from kg.build import export
    from kg.model import InputError

    formats = _formats(args)
    if formats is None:
        return 2
    if not formats:
        print(
            "kg: error: --format: name trig, nq or jsonld (graph.ttl is always built)",
            file=sys.stderr,
        )
        return 2
    try:
        written = export(args.out, formats)
    except InputError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2
    print(f"kg: wrote {', '.join(f'{args.out}/{name}' for name in written)}", file=sys.stderr)
    return 0


def _analyze(args) -> int:
    from kg.export.outputs import GraphError, write_analysis_outputs

    if not args.graph.is_file():
        print(f"kg: error: {args.graph}: no such graph (run `kg build` first)", file=sys.stderr)
        return 2
    out = args.out or args.graph.parent
    try:
        summary = write_analysis_outputs(args.graph, out)
    except GraphError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return 2
    print(
        f"kg: analysed {args.graph} ({summary['nodes by type']}; {summary['links']} links): "
        f"wrote {out}/tables/*.csv, analysis.json, graph.gexf, graph.graphml, report.html",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
