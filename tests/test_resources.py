"""The lexicon: every entry is data some rule reads (a list no code reads is a dead copy)."""

import json
import re

from tests.conftest import ROOT


def test_every_lexicon_entry_is_read_by_the_code():
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "kg").rglob("*.py"))
    unread = []
    for path in sorted((ROOT / "ontology" / "lexicon").glob("*.json")):
        for key in json.loads(path.read_text(encoding="utf-8")):
            if key.startswith("_") or key.endswith("_about"):
                continue  # the entries' own documentation
            if not re.search(rf"[\"']{re.escape(key)}[\"']", code):
                unread.append(f"{path.name}: {key}")
    assert not unread, unread
