"""The one place that decides instance IRIs: deterministic, valid for any label, and the same
for the same entity in any report."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

BASE = "https://w3id.org/fazhi-kg/id/"
_MAX_SLUG = 48


def normalise(label: str) -> str:
    """Identity key of a name: NFKC, no quotes/brackets/whitespace, one kind of dash."""
    text = unicodedata.normalize("NFKC", label)
    text = re.sub(r"[\s“”\"'‘’《》〈〉<>「」『』【】]", "", text)
    return re.sub(r"[—–―－~～]", "-", text)


@lru_cache(maxsize=65536)  # a report names the same entities and its own id many times
def slug(label: str) -> str:
    """IRI-safe segment: letters and digits of any script kept, everything else %-encoded;
    long labels are cut and suffixed with a hash so the IRI stays unique and short."""
    key = normalise(label) or "_"
    out = []
    for char in key:
        if char.isalnum() or char in "-._~":
            out.append(char)
        else:
            out.extend(f"%{b:02X}" for b in char.encode("utf-8"))
    text = "".join(out)
    if len(key) > _MAX_SLUG:
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        text = "".join(out[: _MAX_SLUG - 12]) + "-" + digest
    return text


def place(admin_code: str) -> str:
    return f"{BASE}place/{admin_code}"


def site(scope: str, name: str) -> str:
    return f"{BASE}place/{scope}/{slug(name)}"


def agency(scope: str, name: str) -> str:
    return f"{BASE}agency/{scope}/{slug(name)}"


def person(scope: str, name: str) -> str:
    return f"{BASE}person/{scope}/{slug(name)}"


def program(name: str) -> str:
    return f"{BASE}program/{slug(name)}"


def activity(doc_id: str, name: str) -> str:
    """An activity is scoped to its report: the 集中学法 of a thousand reports are not one node."""
    return f"{BASE}activity/{slug(doc_id)}/{slug(name)}"


_STATE_NAME = "中华人民共和国"


def document(title: str) -> str:
    """A law cited with or without the state's name (《中华人民共和国行政复议法》,
    《行政复议法》) is one document.

    >>> document("中华人民共和国行政复议法") == document("行政复议法")
    True
    """
    if title.startswith(_STATE_NAME) and len(title) > len(_STATE_NAME) + 1:
        title = title[len(_STATE_NAME) :]
    return f"{BASE}document/{slug(title)}"


def recognition(name: str) -> str:
    return f"{BASE}recognition/{slug(name)}"


def report(doc_id: str) -> str:
    return f"{BASE}report/{slug(doc_id)}"


def report_graph(doc_id: str) -> str:
    return f"{BASE}graph/{slug(doc_id)}"


def mention(doc_id: str, start: int, end: int, kind: str) -> str:
    return f"{BASE}mention/{slug(doc_id)}/{start}-{end}-{kind.lower()}"


def sentence(doc_id: str, index: int, window_start: int | None = None) -> str:
    """A sentence of a report; a window of a run-on sentence is its own node, named by its start."""
    suffix = "" if window_start is None else f"-{window_start}"
    return f"{BASE}sentence/{slug(doc_id)}/{index}{suffix}"


def outcome(doc_id: str, start: int, end: int) -> str:
    return f"{BASE}outcome/{slug(doc_id)}/{start}-{end}"


def assertion(subject: str, predicate: str, obj: str, evidence: str) -> str:
    digest = hashlib.sha1(
        "\n".join((subject, predicate, obj, evidence)).encode("utf-8")
    ).hexdigest()[:16]
    return f"{BASE}assertion/{digest}"


GAZETTEER_GRAPH = f"{BASE}graph/gazetteer"
LABELS_GRAPH = f"{BASE}graph/labels"  # one name set per shared entity, across all reports
