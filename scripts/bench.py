"""Benchmark `kg build` end to end, with a reference timed in the same run.

Measures: throughput (characters/s) of `kg build` at N=100 and N=1000 synthetic reports
(scripts/make_bench_corpus.py), scaling time(1000)/time(100), peak RSS, a cold single-report
build, `kg analyze` on the largest build, each competency query's latency on its store, the
reading of the development report as PDF and .docx beside its text (characters/s of each), and
updating the largest build after one report changed, was added or was deleted (as fractions of
its full build's time).
The reference is spaCy's stock Chinese character segmenter alone over the same texts; the ratio
ours/reference makes results comparable across noisy machines. No timing is asserted anywhere.

Usage: python scripts/bench.py [--sizes 100 1000] [--jobs 1] [--work DIR] [--smoke]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import pyoxigraph  # noqa: E402


def run(cmd: list[str]) -> tuple[float, int, str]:
    """Wall time (s) and peak RSS (MB) of a command, its children included, and its stderr."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed: {stderr[-2000:]}")
    return elapsed, usage.ru_maxrss // 1024, stderr


def folder_bytes(folder: Path) -> int:
    """Bytes of the files under `folder`, hidden ones (the cache) included."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def corpus_chars(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))


def reference_rate(folder: Path) -> float:
    """Characters/s of spaCy's stock zh char segmenter alone over the corpus."""
    import spacy

    nlp = spacy.blank("zh")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    start = time.perf_counter()
    for text in texts:
        nlp.tokenizer(text)
    return sum(map(len, texts)) / (time.perf_counter() - start)


def pipeline_rate(folder: Path) -> float:
    """Characters/s of the spaCy pipeline and the clause frames read over its mentions
    (kg.nlp.pipeline.extract, then kg.frames.read_frames: the components over the report body;
    reading, sectioning, resolving, linking and writing excluded), after a warm-up pass."""
    from kg.extract import segment
    from kg.frames import read_frames
    from kg.ingest.report import read_report
    from kg.nlp.jurisdiction import jurisdiction_of
    from kg.nlp.pipeline import extract as extract_mentions

    def extract(report, sentences, jurisdiction):
        read_frames(report.text, sentences, extract_mentions(report, sentences, jurisdiction))

    prepared = []
    for path in sorted(folder.glob("*.txt")):
        report = read_report(path)
        prepared.append((report, segment(report), jurisdiction_of(report)))
    for report, sentences, jurisdiction in prepared:  # warm-up: the per-province automata are built
        extract(report, sentences, jurisdiction)
    start = time.perf_counter()
    for report, sentences, jurisdiction in prepared:
        extract(report, sentences, jurisdiction)
    chars = sum(r.body_end - r.body_start for r, _, _ in prepared)
    return chars / (time.perf_counter() - start)


def query_latencies(store: Path) -> dict[str, tuple[float, int]]:
    """Median wall time (ms) of each competency query over 3 runs, and its number of rows: once
    over the whole corpus, and once scoped as its "# For one …: --bind NAME=…" comment shows, with
    NAME bound to its value in the first row of the whole listing (the query's own order)."""
    from kg.rdf.store import open_store
    from kg.sparql import rows, run_query

    db = open_store(store)
    out = {}
    for query in sorted((ROOT / "queries").glob("*.rq")):
        out[query.stem] = _median_ms(lambda query=query: rows(run_query(str(query), db))[1])
        names = scope_variables(query.read_text(encoding="utf-8"))
        first = next(iter(run_query(str(query), db)), None) if names else None
        if first is not None and all(first[n] is not None for n in names):
            bound = {n: first[n] for n in names}
            out[f"{query.stem} (one {', '.join(names)})"] = _median_ms(
                lambda query=query, bound=bound: rows(run_query(str(query), db, bound))[1]
            )
    return out


def site_latencies(store: Path, n: int = 100) -> dict[str, dict[str, float]]:
    """Median and p95 wall time (ms) over HTTP of `kg serve` on the store: the first page of
    `n` entities drawn at random (random.Random(2026)), a search for the first two characters of
    each one's label, and — the reference — the site's stylesheet, a static file served by the
    same server the same way. Timed after the server has read its indexes."""
    import random
    import urllib.request
    from urllib.parse import quote

    import pyoxigraph as ox
    from site_screenshots import serving

    from kg.web.index import GraphIndex
    from kg.web.paths import path_for_iri

    index = GraphIndex(ox.Store.read_only(str(store)))
    entities = sorted(iri for iri, kind in index.kinds.items() if path_for_iri(iri))
    sample = random.Random(2026).sample(entities, min(n, len(entities)))
    with serving(store, ready="/api/network?limit=5", quiet=True) as base:  # links read too

        def timed(paths: list[str]) -> dict[str, float]:
            times = []
            for path in paths:
                start = time.perf_counter()
                with urllib.request.urlopen(base + quote(path, safe="/?=&%"), timeout=60) as r:
                    r.read()
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            return {
                "median_ms": round(statistics.median(times), 1),
                "p95_ms": round(times[max(0, round(0.95 * len(times)) - 1)], 1),
                "max_ms": round(times[-1], 1),
            }

        pages = [path_for_iri(iri) for iri in sample]
        searches = ["/api/search?q=" + quote(index.name(iri)[:2]) for iri in sample]
        timed(pages[:5] + searches[:5])  # warm-up
        return {
            "reference (static stylesheet)": timed(["/static/site.css"] * len(sample)),
            f"entity page ({len(sample)} at random)": timed(pages),
            f"search ({len(sample)} label prefixes)": timed(searches),
        }


def scope_variables(query: str) -> list[str]:
    r"""The variables a query's "# For one …" comment binds.

    >>> scope_variables("# For one link: kg query q.rq --bind s=<IRI> --bind o=<IRI>\nSELECT")
    ['s', 'o']
    """
    comments = [line for line in query.splitlines() if line.startswith("# For one")]
    return [name for line in comments for name in re.findall(r"--bind (\w+)=", line)]


def _median_ms(run_once) -> tuple[float, int]:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        found = run_once()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--work", type=Path, default=None, help="keep corpora and builds here")
    parser.add_argument(
        "--smoke", action="store_true", help="N=20 only: checks the benchmark runs (CI)"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the results as JSON")
    args = parser.parse_args()
    sizes = [20] if args.smoke else args.sizes
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    from make_bench_corpus import main as make_corpus

    kg = [sys.executable, "-m", "kg.cli"]
    results: dict = {"jobs": args.jobs, "sizes": {}}
    for n in sizes:
        corpus = work / f"corpus-{n}"
        if not corpus.exists():
            make_corpus(n, corpus)
        chars = corpus_chars(corpus)
        out = work / f"out-{n}-j{args.jobs}"
        subprocess.run(["rm", "-rf", str(out)], check=True)
        seconds, rss, stderr = run(
            kg + ["build", str(corpus), "--out", str(out), "--jobs", str(args.jobs), "-v"]
        )
        ref = reference_rate(corpus)
        results["sizes"][n] = {
            "chars": chars,
            "seconds": round(seconds, 2),
            "chars_per_s": round(chars / seconds),
            "peak_rss_mb": rss,
            "reference_chars_per_s": round(ref),
            "ratio_to_reference": round(chars / seconds / ref, 3),
        }
        print(
            f"N={n}: {chars} chars in {seconds:.1f} s = {chars / seconds / 1000:.0f} k chars/s "
            f"(reference {ref / 1000:.0f} k chars/s, ratio {chars / seconds / ref:.2f}); "
            f"peak RSS {rss} MB",
            flush=True,
        )
        phases = re.search(r"^kg: phases: (.*)$", stderr, re.M)
        if phases:
            results["sizes"][n]["phases"] = phases.group(1)
            print(f"  phases: {phases.group(1)}", flush=True)
            spent = _phases(stderr).get("extract")
            if spent:
                results["sizes"][n]["extraction_ratio"] = round(chars / spent / ref, 3)
                print(f"  extraction alone: ratio {chars / spent / ref:.2f}", flush=True)
        disk, given = folder_bytes(out), folder_bytes(corpus)
        triples = sum(1 for _ in pyoxigraph.parse(path=str(out / "graph.ttl")))
        results["sizes"][n].update(
            output_bytes=disk, input_bytes=given, triples_per_report=round(triples / n)
        )
        print(
            f"  disk: output folder {disk / 1e6:.1f} MB (cache included) for "
            f"{given / 1e6:.1f} MB of input; graph.ttl {triples / n:.0f} triples a report",
            flush=True,
        )
    if len(sizes) > 1:
        a, b = sizes[0], sizes[-1]
        ratio = results["sizes"][b]["seconds"] / results["sizes"][a]["seconds"]
        results["scaling"] = round(ratio, 2)
        print(f"scaling: time({b}) / time({a}) = {ratio:.2f}")
    smallest = work / f"corpus-{sizes[0]}"
    rate, ref = pipeline_rate(smallest), reference_rate(smallest)
    results["pipeline_chars_per_s"] = round(rate)
    print(
        f"spaCy pipeline and frames (N={sizes[0]}, warm): {rate / 1000:.0f} k chars/s "
        f"(reference {ref / 1000:.0f} k chars/s, ratio {rate / ref:.2f})",
        flush=True,
    )
    largest = work / f"out-{sizes[-1]}-j{args.jobs}"
    cold_out = work / "cold"
    subprocess.run(["rm", "-rf", str(cold_out)], check=True)
    cold, _, _ = run(
        kg + ["build", str(ROOT / "corpus" / "linhai-2023.txt"), "--out", str(cold_out)]
    )
    # the goal's yardstick: starting Python and loading spaCy's blank zh pipeline, nothing more
    blank, _, _ = run([sys.executable, "-c", "import spacy; spacy.blank('zh')"])
    results["cold_single_report_s"] = round(cold, 2)
    results["python_and_blank_zh_s"] = round(blank, 2)
    print(
        f"cold single-report build: {cold:.2f} s, beside starting Python and loading spaCy's "
        f"blank zh pipeline: {blank:.2f} s (ratio {cold / max(blank, 1e-3):.1f})"
    )
    analysis, rss, _ = run(
        kg + ["analyze", str(largest / "graph.ttl"), "--out", str(work / "analysis")]
    )
    results["analysis_s"] = round(analysis, 2)
    print(f"kg analyze on N={sizes[-1]}: {analysis:.1f} s (peak RSS {rss} MB)")
    trivial, _, _ = run(kg + ["query", "ASK { ?s ?p ?o }", "--store", str(largest)])
    python_alone, _, _ = run([sys.executable, "-c", "pass"])
    results["trivial_query_s"] = round(trivial, 3)
    results["python_startup_s"] = round(python_alone, 3)
    print(
        f"a trivial `kg query` (ASK): {trivial:.2f} s wall, beside `python -c pass`: "
        f"{python_alone:.2f} s (ratio {trivial / max(python_alone, 1e-3):.1f})"
    )
    latencies = query_latencies(largest / "store")
    results["query_ms"] = {k: round(ms, 1) for k, (ms, _) in latencies.items()}
    results["query_rows"] = {k: rows for k, (_, rows) in latencies.items()}
    for name, (ms, rows) in latencies.items():
        print(f"  query {name}: {ms:.1f} ms, {rows} rows ({1000 * ms / max(rows, 1):.0f} µs a row)")
    scoped = [ms for name, (ms, _) in latencies.items() if name.endswith(")")]
    listings = [ms for name, (ms, _) in latencies.items() if not name.endswith(")")]
    print(
        f"queries within 100 ms: {sum(ms <= 100 for ms in listings)} of {len(listings)} "
        "over the whole corpus, "
        f"{sum(ms <= 100 for ms in scoped)} of {len(scoped)} scoped to one entity"
    )
    site = site_latencies(largest / "store")
    results["site_ms"] = site
    reference = site["reference (static stylesheet)"]["median_ms"]
    for name, figures in site.items():
        print(
            f"  kg serve {name}: median {figures['median_ms']:.1f} ms, "
            f"p95 {figures['p95_ms']:.1f} ms, "
            f"max {figures['max_ms']:.1f} ms (ratio to the reference's median "
            f"{figures['median_ms'] / max(reference, 1e-3):.1f})"
        )
    results["document_reading"] = document_reading(work)
    results["updates"] = updates(kg, work / f"corpus-{sizes[-1]}", largest, args.jobs, results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


def updates(kg: list[str], corpus: Path, out: Path, jobs: int, results: dict) -> dict:
    """One report changed, one added, the added one deleted, the changed one restored, each
    rebuilt into the largest build: the seconds of updating graph.ttl and the store, and of the
    analyses (with the union they read), as fractions of the full build's time. The corpus is as
    it was at the end."""
    full = results["sizes"][int(corpus.name.split("-")[-1])]["seconds"]
    victim, model = sorted(corpus.glob("*.txt"))[:2]
    original = victim.read_bytes()
    added = corpus / "zz-added.txt"
    steps = {
        "change": lambda: victim.write_bytes(original + "\n全年办理法律援助案件12件。\n".encode()),
        "add": lambda: added.write_bytes(model.read_bytes() + "\n新设调解组织3个。\n".encode()),
        "delete": lambda: added.unlink(),
        "restore": lambda: victim.write_bytes(original),
    }
    figures = {}
    for name, step in steps.items():
        step()
        seconds, _, stderr = run(
            kg + ["build", str(corpus), "--out", str(out), "--jobs", str(jobs), "-v"]
        )
        phases = _phases(stderr)
        graph = phases.get("graph files", 0) + phases.get("store", 0)
        analyses = phases.get("union", 0) + phases.get("analyses", 0)
        figures[name] = {
            "seconds": round(seconds, 2),
            "updated": "the last build updated" in stderr,
            "graph_and_store_share": round(graph / full, 3),
            "analyses_share": round(analyses / full, 3),
        }
        print(
            f"  update ({name} one report): {seconds:.1f} s; graph.ttl and store "
            f"{graph:.2f} s = {graph / full:.1%} of the full build, analyses {analyses:.2f} s "
            f"= {analyses / full:.1%}"
            + ("" if figures[name]["updated"] else " (rebuilt, not updated)"),
            flush=True,
        )
    return figures


def _phases(stderr: str) -> dict[str, float]:
    """`kg build -v`'s phase line as seconds by phase."""
    line = re.search(r"^kg: phases: (.*)$", stderr, re.M)
    text = line.group(1) if line else ""
    found = {}
    for name, value, unit in re.findall(r"([a-z ()]+) ([\d.]+) (m?s)", text):
        found[name.strip(" ,")] = float(value) / (1000 if unit == "ms" else 1)
    return found


def document_reading(work: Path) -> dict:
    """Characters/s of reading the development report as a PDF (ReportLab) and as a .docx, each
    as a ratio to reading its text file: what a folder of downloads costs beside the text."""
    from kg.ingest import read_report
    from tests.documents import make_docx, make_pdf, paragraphs_of

    source = ROOT / "corpus" / "linhai-2023.txt"
    paragraphs = paragraphs_of(source.read_text(encoding="utf-8"))
    files = {"text": source}
    try:
        files["pdf"] = make_pdf(work / "linhai-2023.pdf", paragraphs)
    except ImportError:  # ReportLab is a test dependency
        print("document reading: ReportLab not installed, PDF skipped")
    files["docx"] = make_docx(work / "linhai-2023.docx", paragraphs)
    rates = {}
    for kind, path in files.items():
        report = read_report(path)  # once to load the libraries
        seconds = statistics.median(_timed(lambda p=path: read_report(p)) for _ in range(3))
        rates[kind] = len(report.text) / seconds
    figures = {kind: round(rate / rates["text"], 3) for kind, rate in rates.items()}
    print(
        "document reading (ratio to the text file's characters/s, "
        f"{rates['text'] / 1000:.0f} k chars/s): "
        + ", ".join(f"{kind} {ratio:.3f}" for kind, ratio in figures.items() if kind != "text")
    )
    return figures


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
