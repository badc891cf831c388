"""kg.rdf.increment: the union updated from its counts equals the union written anew."""

import io

from kg.rdf import increment, serialize

BASE = "https://w3id.org/fazhi-kg/id/"
PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"


def _spool(tmp_path, name, lines):
    graph = f"<{BASE}graph/{name}>"
    spool = tmp_path / f"{name}.nq"
    spool.write_text("".join(sorted(f"{line} {graph} .\n" for line in lines)), encoding="utf-8")
    return spool


def _written(tmp_path, spools, name):
    """A clean union of `spools`: (union bytes, shared part bytes, counts file)."""
    counts = tmp_path / f"{name}.counts"
    union, shared = io.BytesIO(), io.BytesIO()
    with open(counts, "wb") as handle:
        serialize.write_union(spools, union, tmp_path / name, shared=shared, counts=handle)
    return union.getvalue(), shared.getvalue(), counts


def _updated(tmp_path, counts, left, came):
    after = tmp_path / "after.counts"
    shared = io.BytesIO()
    with open(after, "wb") as handle:
        change = increment.update_union(counts, left, came, shared, handle)
    return shared.getvalue(), after, change


def _reports(tmp_path):
    """Two reports that share a programme (named two ways) and a place; each has its own
    mention, and the second alone names a body."""
    programme, place = f"<{BASE}program/共享法庭>", f"<{BASE}place/330106000000>"
    first = {
        f'{programme} {PREF} "共享法庭"@zh',
        f"{programme} <{BASE}x#in> {place}",
        f'<{BASE}mention/a/1-5> <{BASE}x#start> "1"',
    }
    second = {
        f'{programme} {PREF} "“共享法庭”"@zh',
        f"{programme} <{BASE}x#in> {place}",
        f'<{BASE}agency/x/县司法局> {PREF} "县司法局"@zh',
        f'<{BASE}mention/b/1-5> <{BASE}x#start> "1"',
    }
    return _spool(tmp_path, "a", first), _spool(tmp_path, "b", second)


def test_removing_a_report_keeps_what_another_states_and_drops_what_it_alone_stated(tmp_path):
    a, b = _reports(tmp_path)
    _, _, counts = _written(tmp_path, [a, b], "both")
    shared, after, change = _updated(tmp_path, counts, [b], [])
    clean_union, clean_shared, clean_counts = _written(tmp_path, [a], "one")
    assert shared == clean_shared
    assert after.read_bytes() == clean_counts.read_bytes()
    text = shared.decode()
    assert "县司法局" not in text  # only the removed report named it
    assert f"<{BASE}place/330106000000>" in text  # the other report states it too
    # the other report's name of the programme is preferred again, as in a clean union
    assert f'{PREF} "共享法庭"@zh' in text and ALT not in text
    removed = b"".join(change.removed).decode()
    assert "县司法局" in removed and "mention/b/" in removed and "330106000000" not in removed
    added = b"".join(change.added).decode()
    assert added == f'<{BASE}program/共享法庭> {PREF} "共享法庭"@zh .\n'


def test_adding_a_report_equals_a_clean_union_and_the_change_is_what_is_new(tmp_path):
    a, b = _reports(tmp_path)
    _, _, counts = _written(tmp_path, [a], "one")
    shared, after, change = _updated(tmp_path, counts, [], [b])
    _, clean_shared, clean_counts = _written(tmp_path, [a, b], "both")
    assert shared == clean_shared and after.read_bytes() == clean_counts.read_bytes()
    added = b"".join(change.added).decode()
    # the longer name becomes preferred; the one before turns into an alternative
    assert f'{PREF} "“共享法庭”"@zh' in added and f'{ALT} "共享法庭"@zh' in added
    assert "mention/b/1-5" in added and "330106000000" not in added
    assert b"".join(change.removed).decode() == f'<{BASE}program/共享法庭> {PREF} "共享法庭"@zh .\n'


def test_graph_turtle_from_segments_equals_the_turtle_of_the_whole_union(tmp_path):
    """graph.ttl assembled from the shared part and the reports' cached segments is the Turtle
    writer's own output for the whole union, byte for byte."""
    a, b = _reports(tmp_path)
    union, shared, _ = _written(tmp_path, [a, b], "both")
    whole = io.BytesIO()
    serialize.write_turtle(io.BytesIO(union), whole)
    (tmp_path / "shared.nt").write_bytes(shared)
    segments = []
    for spool in (a, b):
        segment = spool.with_suffix(".ttl")
        segment.write_bytes(increment.local_turtle(spool.read_bytes()))
        segments.append(segment)
    assembled = io.BytesIO()
    increment.write_graph_turtle(tmp_path / "shared.nt", segments, assembled)
    assert assembled.getvalue() == whole.getvalue()
    assert assembled.getvalue().startswith(increment.turtle_header())


def test_a_union_with_no_shared_statement_still_opens_with_the_prefixes(tmp_path):
    only_own = _spool(tmp_path, "c", {f'<{BASE}mention/c/1-2> <{BASE}x#start> "1"'})
    union, shared, _ = _written(tmp_path, [only_own], "own")
    whole = io.BytesIO()
    serialize.write_turtle(io.BytesIO(union), whole)
    (tmp_path / "shared.nt").write_bytes(shared)
    segment = tmp_path / "c.ttl"
    segment.write_bytes(increment.local_turtle(only_own.read_bytes()))
    assembled = io.BytesIO()
    increment.write_graph_turtle(tmp_path / "shared.nt", [segment], assembled)
    assert shared == b"" and assembled.getvalue() == whole.getvalue()


def test_counts_survive_a_raw_tab_in_a_literal(tmp_path):
    line = f'<{BASE}program/x> <{BASE}x#note> "a\tb"@zh .\n'.encode()
    path = tmp_path / "x.counts"
    with open(path, "wb") as handle:
        serialize.write_counts([(line, 3)], handle)
    assert list(serialize.read_counts(path)) == [(line, 3)]
