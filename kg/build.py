"""`kg build`: reports → per-report spools (cached by content) → graph.ttl, the SPARQL store and
the analyses; graph.trig, graph.nq and graph.jsonld on request (`formats`, or `kg export` later
from the same spools). Bad inputs are reported one line each and skipped; the outputs are
replaced as one set (all old or all new files) and only when at least one report was built."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tqdm import tqdm

from kg.atomic import write_bytes
from kg.ingest.documents import DOCUMENT_SUFFIXES
from kg.model import InputError
from kg.swap import discard, staging_folder, swap_in

# Worker processes are spawned, not forked: a fork of a process that has used pyoxigraph (RocksDB
# threads) or other threaded libraries can deadlock in the child.
_SPAWN = multiprocessing.get_context("spawn")
SUFFIXES = (".txt", ".html", ".htm", ".shtml", ".text", *DOCUMENT_SUFFIXES)
CACHE = ".cache"
MANIFEST = "manifest.json"  # in the cache: the last build's spools, in order, and place codes
SPOOL = ".nq.gz"  # a report's statements in the cache: sorted N-Quads, gzipped
# in the cache beside a spool: its report's own statements as graph.ttl has them, gzipped as
# the spool is (Turtle repeats its prefixed names: a seventh of the size)
SEGMENT = ".ttl.gz"
UNION = ".union"  # in the output: the shared statements' counts and what they are the union of
STATE = "state.json"
COUNTS = "shared.counts.gz"
# the serialisations with one named graph per report, written only on request
KINDS = ".txt, .html, .pdf, .docx, .doc, .wps"  # what a folder is searched for, as said to users
FORMATS = {"trig": "graph.trig", "nq": "graph.nq", "jsonld": "graph.jsonld"}


def parse_formats(value: str) -> tuple[str, ...]:
    """The extra serialisations a comma list names, in a fixed order; ValueError names an
    unknown one.

    >>> parse_formats("nq, trig"), parse_formats("")
    (('trig', 'nq'), ())
    """
    asked = {part.strip().lower() for part in value.split(",") if part.strip()}
    unknown = sorted(asked - set(FORMATS) - {"ttl"})
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}; choose from ttl, {', '.join(FORMATS)}")
    return tuple(name for name in FORMATS if name in asked)


@dataclass
class BuildReport:
    built: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cached: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each phase
    updated: int | None = None  # the last build's union updated: the spools that left or came

    @property
    def ok(self) -> bool:
        return not self.failed


def identify(inputs: list[Path]) -> tuple[list[tuple[Path, str]], list[tuple[Path, Path]]]:
    """Each report file below `inputs` with its report id, and the files left out because they
    hold the same bytes as one kept (dropped, kept).

    A report's id is its path below the folder given (a file given itself: its name), without
    the suffix, folders joined by "-" (corpus/ → linhai-2023; reports/2023/x.txt → 2023-x): it
    does not depend on the order of the inputs or on the other files. Two different files that
    would share an id are told apart by the start of their content's SHA-256 (x-3fa2b1c9), and
    the same bytes under two names are one report, kept under the first id in sorted order.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name, text in (("b/x.txt", "乙"), ("a/x.txt", "甲"), ("a/y.txt", "甲")):
    ...         (Path(d) / name).parent.mkdir(exist_ok=True)
    ...         _ = (Path(d) / name).write_text(text, encoding="utf-8")
    ...     kept, dropped = identify([Path(d)])
    ...     [i for _, i in kept], [(a.name, b.name) for a, b in dropped]
    (['a-x', 'b-x'], [('y.txt', 'x.txt')])
    """
    found: list[tuple[str, Path, str]] = []  # (base id, file, content digest)
    for item in map(Path, inputs):
        if item.is_dir():
            below = sorted(
                p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
            pairs = [(p, p.relative_to(item)) for p in below]
        else:
            pairs = [(item, Path(item.name))]
        for path, rel in pairs:
            base = "-".join(rel.with_suffix("").parts) or "report"
            found.append((base, path, _digest(path)))
    kept: dict[str, tuple[str, Path]] = {}  # digest -> (base, file) of the copy kept
    dropped = []
    for base, path, digest in sorted(found, key=lambda f: (f[0], str(f[1]))):
        if digest in kept:
            if kept[digest][1].resolve() != path.resolve():
                dropped.append((path, kept[digest][1]))
            continue
        kept[digest] = (base, path)
    bases: dict[str, int] = {}
    for base, _ in kept.values():
        bases[base] = bases.get(base, 0) + 1
    ids = [
        (path, base if bases[base] == 1 else f"{base}-{digest[:8]}")
        for digest, (base, path) in kept.items()
    ]
    return sorted(ids, key=lambda e: e[1]), dropped


# which copy of one report's text is built: the text itself before a Word file, a Word file
# before a PDF's text layer, OCR last
_READER_RANK = {"text": 0, "html": 1, "docx": 2, "libreoffice": 3, "pdf": 4, "ocr": 5}


def text_digest(report) -> str:
    """SHA-256 of a report's title and body text without whitespace: the same report as .txt,
    .html, .pdf and .docx has one digest (line breaks, indents and a page's chrome are the
    format's); two reports that share a body under two titles have two."""
    body = report.text[report.body_start : report.body_end]
    text = f"{report.meta.title or ''}\n{body}"
    return hashlib.sha256(re.sub(r"\s+", "", text).encode("utf-8")).hexdigest()


def _one_per_text(results: list, ids: dict, cache_dir: str, log) -> list:
    """The spooling results with one report per text: a file whose report text another file
    holds too (报告.txt and 报告.pdf) is left out and said; the copy kept takes the id its name
    gives where only the other copy made it ambiguous (x-3fa2b1c9 → x)."""
    by_text: dict[str, list[int]] = {}
    for n, (_path, _spool, error, meta) in enumerate(results):
        if not error and meta.get("text"):
            by_text.setdefault(meta["text"], []).append(n)
    dropped = set()
    for group in by_text.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda n: (_READER_RANK.get(results[n][3].get("reader"), 9), results[n][0]))
        for n in group[1:]:
            dropped.add(n)
            print(
                f"kg: note: {results[n][0]} holds the same report text as {results[group[0]][0]}: "
                "built once",
                file=log,
            )
    if not dropped:
        return results
    kept = [r for n, r in enumerate(results) if n not in dropped]
    taken = {r[3]["doc_id"] for r in kept if r[3]}
    for n, (path_text, _spool, error, meta) in enumerate(kept):
        plain = _plain_id(Path(path_text), meta["doc_id"]) if not error else None
        if plain and plain not in taken:
            taken.discard(meta["doc_id"])
            taken.add(plain)
            kept[n] = _spool_one((path_text, plain, cache_dir))
    return kept


def _plain_id(path: Path, doc_id: str) -> str | None:
    """The id without the start of the file's digest that told two files of one name apart
    (identify), or None."""
    base, _, tail = doc_id.rpartition("-")
    return base if base and tail == _digest(path)[:8] else None


def _digest(path: Path) -> str:
    """SHA-256 of a file's bytes ("" for a file that cannot be read: its error comes later)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "unreadable:" + str(path)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the code and data that shape the output: a change invalidates the cache."""
    import kg
    from kg.resources import ontology_dir

    digest = hashlib.sha256()
    roots = [Path(kg.__file__).parent, ontology_dir()]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".json", ".csv", ".ttl") and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _spool_one(args: tuple[str, str, str]) -> tuple[str, str | None, str | None, dict | None]:
    """Build one report's spool (sorted N-Quads) in the cache; return (file, spool, error, meta)."""
    path_text, doc_id, cache_dir = args
    found = _cache_entry(path_text, doc_id, cache_dir)
    if isinstance(found, tuple):
        return found  # unreadable, or cached
    spool_bytes, error, meta = extract_file(Path(path_text), doc_id)
    return _store_entry(path_text, found, spool_bytes, error, meta)


def _cache_entry(path_text: str, doc_id: str, cache_dir: str):
    """The result of a file whose cache entry is complete, or of one that cannot be read (a
    tuple, as _spool_one returns); else the cache's path for its spool."""
    try:
        data = Path(path_text).read_bytes()
    except OSError as exc:
        return path_text, None, f"cannot read: {exc.strerror or exc}", None
    key = hashlib.sha256(data + doc_id.encode() + code_fingerprint().encode()).hexdigest()[:32]
    spool = Path(cache_dir) / f"{key}{SPOOL}"
    cached = _cached_meta(spool, beside(spool, ".json"))
    if cached is not None:
        return path_text, str(spool), None, cached
    return spool


def _store_entry(path_text: str, spool: Path, spool_bytes, error, meta):
    """Write an extracted spool and its meta into the cache; the result as _spool_one returns."""
    if error is not None:
        return path_text, None, error, None
    from kg.rdf.increment import local_turtle

    # the report's part of graph.ttl, made once; gzip's fastest level, with no time stamp
    segment = gzip.compress(local_turtle(spool_bytes), compresslevel=1, mtime=0)
    # gzip's fastest level: a tenth of the size (N-Quads repeat their IRIs), a few ms a report
    packed = gzip.compress(spool_bytes, compresslevel=1, mtime=0)
    meta["spool_bytes"] = len(packed)
    meta["segment_bytes"] = len(segment)
    # no fsync for the cache (2 a report cost a tenth of extraction): an entry whose spool or
    # segment does not have the size its meta records is rebuilt
    write_bytes(spool, packed, durable=False)
    write_bytes(beside(spool, SEGMENT), segment, durable=False)
    write_bytes(
        beside(spool, ".json"),
        json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8"),
        durable=False,
    )
    return path_text, str(spool), None, meta


def extract_file(path: Path, doc_id: str) -> tuple[bytes | None, str | None, dict | None]:
    """One report file → (its spool's bytes, error, meta): a pure function of the file's name
    and bytes (and of the code), run here or on a cluster's worker (kg.scale)."""
    try:
        from kg.extract import process_text
        from kg.ingest.report import read_report
        from kg.rdf.build import report_quads
        from kg.rdf.serialize import nquads_lines
        from kg.structure import has_report_structure

        report = read_report(path)
        report.doc_id = doc_id
        result = process_text(report)
        lines = nquads_lines(report_quads(result))
        meta = {
            "doc_id": doc_id,
            "codes": _place_codes(result),
            "chars": len(report.text),
            "text": text_digest(report),
            "reader": report.extracted_by,
        }
        if not has_report_structure(result.sentences):
            meta["warning"] = (
                "no report structure found (no headings, no Chinese sentences): "
                "built as a report without facts"
            )
    except InputError as exc:
        return None, str(exc), None
    except RecursionError:
        return None, "input too deeply nested to parse", None
    except Exception as exc:  # noqa: BLE001 — one bad report must not stop the others
        if os.environ.get("KG_DEBUG"):
            traceback.print_exc()
        return (
            None,
            f"internal error ({type(exc).__name__}: {exc}); set KG_DEBUG=1 for details",
            None,
        )
    return ("\n".join(lines) + "\n").encode("utf-8"), None, meta


def beside(spool: Path, suffix: str) -> Path:
    """The cache's file of the same key as `spool` with another suffix (x.nq.gz → x.ttl)."""
    return spool.with_name(_key(spool) + suffix)


def _key(path: Path) -> str:
    return path.name.split(".", 1)[0]


def _cached_meta(spool: Path, meta_file: Path) -> dict | None:
    """The meta of a complete cache entry, or None (missing, unreadable or truncated)."""
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if spool.stat().st_size != meta["spool_bytes"]:
            return None
        if beside(spool, SEGMENT).stat().st_size != meta["segment_bytes"]:
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return dict(meta, cached=True)


def _place_codes(result) -> list[str]:
    codes = set()
    if result.resolved.jurisdiction:
        codes.add(result.resolved.jurisdiction)
    for entity in result.resolved.entities.values():
        for key in ("code", "scope", "within_code"):
            value = entity.props.get(key)
            if value and value != "cn":
                codes.add(value)
    return sorted(codes)


def build(
    inputs: list[Path],
    out: Path,
    jobs: int = 1,
    store: bool = True,
    analyses: bool = True,
    log=None,
    progress: bool = False,
    formats: tuple[str, ...] = (),
    scheduler: str | None = None,
) -> BuildReport:
    """Build `inputs` into `out`. `progress` draws a per-report bar on `log` (tqdm); `formats`
    adds per-report serialisations (FORMATS) to graph.ttl; `scheduler` extracts on the Dask
    cluster at that address (kg.scale) instead of `jobs` local processes."""
    log = log or sys.stderr
    status = BuildReport()
    for missing in (Path(i) for i in inputs if not Path(i).exists()):
        status.failed.append((str(missing), "no such file or folder"))
        print(f"kg: error: {missing}: no such file or folder", file=log)
    entries, duplicates = identify([i for i in inputs if Path(i).exists()])
    for dropped, kept in duplicates:
        print(f"kg: note: {dropped} holds the same bytes as {kept}: built once", file=log)
    files = [f for f, _ in entries]
    if not files:
        if not status.failed:
            status.failed.append((", ".join(map(str, inputs)), f"no report files found ({KINDS})"))
            print(
                f"kg: error: {', '.join(map(str, inputs))}: no report files found ({KINDS})",
                file=log,
            )
        return status
    created = not out.exists()  # a folder this build makes, and removes if it builds nothing
    out.mkdir(parents=True, exist_ok=True)
    cache_dir = out / CACHE
    cache_dir.mkdir(exist_ok=True)
    tasks = [(str(f), d, str(cache_dir)) for f, d in entries]
    started = time.perf_counter()
    bar = tqdm(total=len(tasks), unit="report", file=log, disable=not progress, leave=False)
    with bar:
        if scheduler:
            from kg.scale import spool_on_cluster

            try:
                results = spool_on_cluster(tasks, scheduler, lambda: bar.update(1))
            except InputError as exc:
                status.failed.append((f"--scheduler {scheduler}", str(exc)))
                print(f"kg: error: --scheduler {scheduler}: {exc}", file=log)
                if created:
                    shutil.rmtree(out, ignore_errors=True)
                return status
        elif jobs > 1 and len(tasks) > 1:
            with ProcessPoolExecutor(max_workers=jobs, mp_context=_SPAWN) as pool:
                chunks = max(1, len(tasks) // (jobs * 8))
                results = list(_counted(pool.map(_spool_one, tasks, chunksize=chunks), bar))
        else:
            results = list(_counted(map(_spool_one, tasks), bar))
    results = _one_per_text(results, dict(entries), str(cache_dir), log)
    spools, codes = [], set()
    for path_text, spool, error, meta in results:
        if error:
            status.failed.append((path_text, error))
            print(f"kg: error: {path_text}: {error}", file=log)
            continue
        if meta.get("warning"):
            print(f"kg: warning: {path_text}: {meta['warning']}", file=log)
        spools.append(Path(spool))
        codes.update(meta["codes"])
        status.built.append(meta["doc_id"])
        status.cached += bool(meta.get("cached"))
    status.seconds["extract"] = time.perf_counter() - started
    if not spools:
        if created:  # no empty folder left behind that looks like a build (or a store)
            shutil.rmtree(out, ignore_errors=True)
        return status
    # every output is written beside `out`, then swapped in as one set (kg.swap)
    stage = staging_folder(out)
    try:
        status.updated = write_outputs(
            spools,
            sorted(codes),
            stage,
            store=store,
            analyses=analyses,
            seconds=status.seconds,
            parallel=jobs > 1,
            formats=formats,
            previous=out,
        )
        swap_in(stage, out)
    except BaseException:
        discard(stage)
        raise
    _prune_cache(out / CACHE, spools)
    manifest = {"codes": sorted(codes), "spools": [p.name for p in spools]}
    write_bytes(out / CACHE / MANIFEST, json.dumps(manifest, sort_keys=True).encode("utf-8"))
    return status


def export(out: Path, formats: tuple[str, ...]) -> list[str]:
    """Write the per-report serialisations `formats` names into a built folder `out`, from the
    spools of its last build (byte-identical to `kg build --format`); each file replaced whole.
    Returns the files written; InputError where `out` holds no build to export."""
    try:
        manifest = json.loads((out / CACHE / MANIFEST).read_text(encoding="utf-8"))
        spools = [out / CACHE / name for name in manifest["spools"]]
        missing = next((p for p in spools if not p.exists()), None)
    except (OSError, ValueError, KeyError, TypeError):
        raise InputError(f"{out}: no build to export (run kg build --out {out} first)") from None
    if missing is not None:
        raise InputError(f"{out}: the cache lacks {missing.name}; run kg build --out {out} again")
    with tempfile.TemporaryDirectory(dir=out, prefix=".export-") as tmp:
        gazetteer = _gazetteer_spool(Path(tmp), manifest["codes"])
        staged = write_graphs(spools + [gazetteer], Path(tmp) / "union.nt", Path(tmp), formats)
        for name, path in staged.items():
            os.replace(path, out / name)
    return list(staged)


def write_outputs(
    spools: list[Path],
    codes: list[str],
    out: Path,
    store: bool,
    analyses: bool,
    seconds: dict[str, float] | None = None,
    parallel: bool = False,
    formats: tuple[str, ...] = (),
    previous: Path | None = None,
) -> int | None:
    """Graph files, then the store and the analyses (with `parallel`, the store loads in a second
    process while this one writes the Turtle and analyses: they only read the union). `formats`
    adds the per-report serialisations (FORMATS). `previous`, the folder of the last build into
    the same place, lets a build whose spools changed little update that build's union and store
    (kg.rdf.increment) instead of merging every spool again: the files are the same either way.
    Returns the number of spools that left or came when it did so, else None."""
    from kg.rdf.increment import write_graph_turtle

    seconds = {} if seconds is None else seconds
    started = time.perf_counter()
    state = {"fingerprint": code_fingerprint(), "codes": codes, "store": store}
    state["spools"] = [p.name for p in spools]
    (out / UNION).mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out, prefix=".build-") as tmp:
        union, shared = Path(tmp) / "union.nt", Path(tmp) / "shared.nt"
        plan = None if formats else _changes(previous, spools, codes, Path(tmp))
        if plan is None:
            all_spools = spools + [_gazetteer_spool(Path(tmp), codes)]
            with open(shared, "wb") as shared_out, _packed(out / UNION / COUNTS) as counts:
                staged = write_graphs(all_spools, union, Path(tmp), formats, shared_out, counts)
            change = None
        else:
            change = _update_union(previous, plan, shared, out / UNION / COUNTS)
            staged = {}
        staged["graph.ttl"] = Path(tmp) / "graph.ttl"
        with open(staged["graph.ttl"], "wb") as handle:
            write_graph_turtle(shared, [beside(p, SEGMENT) for p in spools], handle)
        for name, path in staged.items():
            os.replace(path, out / name)
        seconds["graph files"] = time.perf_counter() - started
        updating = store and change is not None and (previous / "store").is_dir()
        if change is not None and (analyses or (store and not updating)):
            started = time.perf_counter()
            _assemble_union(shared, spools, union)  # what they read; an update needs it not
            seconds["union"] = time.perf_counter() - started
        loader = (
            ProcessPoolExecutor(max_workers=1, mp_context=_SPAWN)
            if store and parallel and not updating
            else None
        )
        pending = loader.submit(_load_store, union, out / "store") if loader else None
        if updating:
            seconds["store"] = _update_store(previous / "store", out / "store", change)
        elif store and not loader:
            seconds["store"] = _load_store(union, out / "store")
        if analyses:
            started = time.perf_counter()
            from kg.export.outputs import write_analysis_outputs

            # the store, when it is already loaded, gives report.html's evidence by lookups
            write_analysis_outputs(union, out, out / "store" if store and not loader else None)
            seconds["analyses"] = time.perf_counter() - started
        if loader:
            with loader:
                seconds["store (in parallel)"] = pending.result()
    write_bytes(out / UNION / STATE, json.dumps(state, sort_keys=True).encode("utf-8"))
    return None if plan is None else len(plan[0]) + len(plan[1])


# a change of more spools than this rebuilds the union: the change is held in memory, as one
# round of the full merge is (kg.rdf.serialize.FAN_IN)
MAX_CHANGED = 128


def _changes(previous: Path | None, spools: list[Path], codes: list[str], tmp: Path):
    """The spools that left and came since the build at `previous` (the gazetteer's places as
    one more), or None where that build cannot be updated: none there, other code, a spool it
    was made of no longer cached, or a change too large to be worth it."""
    try:
        state = json.loads((previous / UNION / STATE).read_text(encoding="utf-8"))
        before = [previous / CACHE / name for name in state["spools"]]
        same_code = state["fingerprint"] == code_fingerprint()
        usable = same_code and (previous / UNION / COUNTS).is_file()
        usable = usable and (state["store"] or not (previous / "store").exists())
    except (TypeError, OSError, ValueError, KeyError):
        return None
    names = {p.name for p in spools}
    left = [p for p in before if p.name not in names]
    kept = set(state["spools"])
    came = [p for p in spools if p.name not in kept]
    if not usable or not all(p.is_file() for p in left):
        return None
    if len(left) + len(came) > MAX_CHANGED:
        return None
    if state["codes"] != codes:  # the reference places change as one more spool
        old = tmp / "before"
        old.mkdir()
        left.append(_gazetteer_spool(old, state["codes"]))
        came.append(_gazetteer_spool(tmp, codes))
    return left, came


def _update_union(previous: Path, plan, shared: Path, counts: Path):
    """The last build's union updated (kg.rdf.increment): its shared part at `shared`, its
    counts at `counts`; returns the store's change."""
    from kg.rdf.increment import update_union

    left, came = plan
    with open(shared, "wb") as shared_out, _packed(counts) as counts_out:
        return update_union(previous / UNION / COUNTS, left, came, shared_out, counts_out)


def _packed(path: Path):
    """A gzip file to write (the fastest level; no time stamp, so the same input gives the same
    bytes)."""
    return gzip.GzipFile(path, "wb", compresslevel=1, mtime=0)


def _assemble_union(shared: Path, spools: list[Path], union: Path) -> None:
    """The union as N-Triples (as write_union writes it): the shared part, then each spool's
    own statements, report by report."""
    from kg.rdf.increment import spool_parts
    from kg.rdf.serialize import read_cached

    with open(union, "wb") as handle:
        with open(shared, "rb") as source:
            shutil.copyfileobj(source, handle, 1 << 20)
        for spool in spools:
            handle.writelines(spool_parts(read_cached(spool))[1])


def _update_store(previous: Path, folder: Path, change) -> float:
    from kg.rdf.store import update_store

    started = time.perf_counter()
    update_store(previous, folder, change.removed, change.added)
    return time.perf_counter() - started


def _gazetteer_spool(folder: Path, codes) -> Path:
    """The reference places of `codes` as a spool of their own graph, in `folder`."""
    from kg.rdf.build import gazetteer_graph_lines

    spool = folder / "gazetteer.nq"
    spool.write_text(
        "".join(line + "\n" for line in gazetteer_graph_lines(codes)), encoding="utf-8"
    )
    return spool


def write_graphs(
    spools: list[Path], union: Path, tmp: Path, formats, shared=None, counts=None
) -> dict[str, Path]:
    """The union as N-Triples at `union`, and in `tmp` the per-report serialisations `formats`
    names (graph.nq, graph.trig, graph.jsonld), in one pass over the spools: file name → path.
    `shared` and `counts` (open files) receive the union's shared part and its counts."""
    from kg.rdf.serialize import write_jsonld, write_union

    staged = {FORMATS[name]: tmp / FORMATS[name] for name in formats}
    nquads_path = staged.get("graph.nq") or (tmp / "quads.nq" if "jsonld" in formats else None)
    with contextlib.ExitStack() as files:
        handle = files.enter_context(open(union, "wb"))
        nquads = files.enter_context(open(nquads_path, "wb")) if nquads_path else None
        trig = files.enter_context(open(staged["graph.trig"], "wb")) if "trig" in formats else None
        write_union(
            spools, handle, tmp / "union", nquads=nquads, trig=trig, shared=shared, counts=counts
        )
    if "jsonld" in formats:
        with open(staged["graph.jsonld"], "wb") as handle:
            write_jsonld(nquads_path, handle)
    return staged


def _load_store(union: Path, folder: Path) -> float:
    from kg.rdf.store import load_store

    started = time.perf_counter()
    load_store(union, folder)
    return time.perf_counter() - started


def _counted(results, bar):
    for result in results:
        bar.update(1)
        yield result


def _prune_cache(cache_dir: Path, keep: list[Path]) -> None:
    """Keep the cache to what the current inputs use, so it cannot grow without bound."""
    wanted = {_key(p) for p in keep}
    for path in cache_dir.iterdir():
        if _key(path) not in wanted and path.suffix in (".gz", ".nq", ".json", SEGMENT):
            path.unlink(missing_ok=True)
