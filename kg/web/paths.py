"""Entity IRIs and the site's paths: ``https://w3id.org/fazhi-kg/id/agency/…`` is served at
``/id/agency/…``."""

from __future__ import annotations

import re
from urllib.parse import quote

from kg.iri import BASE
from kg.vocab import FZ

PREFIX = "/id/"
_NON_ASCII_ESCAPES = re.compile(rb"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def iri_for_path(raw_path: bytes) -> str | None:
    """The IRI a request path names, or None when it is no entity path.

    A browser sends the path as a URI (Chinese percent-encoded as UTF-8); our IRIs keep letters
    and digits of any script as characters and escape every other character (kg.iri.slug:
    ``%28`` for "(", ``%E3%80%81`` for "、"), so an escape is decoded exactly where it stands for
    a letter or digit (RFC 3987, 3.2) — the inverse of slug, whichever way the browser wrote it.

    >>> iri_for_path("/id/program/共享法庭".encode())
    'https://w3id.org/fazhi-kg/id/program/共享法庭'
    >>> iri_for_path(b"/id/agency/33/%E6%B5%99%28x%29")
    'https://w3id.org/fazhi-kg/id/agency/33/浙%28x%29'
    >>> iri_for_path("/id/program/镇(街道)试点".encode())
    'https://w3id.org/fazhi-kg/id/program/镇%28街道%29试点'
    >>> iri_for_path("/id/program/开办%E3%80%81注销·改革".encode())
    'https://w3id.org/fazhi-kg/id/program/开办%E3%80%81注销%C2%B7改革'
    >>> iri_for_path(b"/static/site.js") is None
    True
    """
    if not raw_path.startswith(PREFIX.encode()):
        return None
    path = _NON_ASCII_ESCAPES.sub(_decode_utf8, raw_path)
    try:
        text = path.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(c in text for c in '<>"{}|\\^` ') or "/../" in text or text.endswith("/.."):
        return None
    # what slug escapes, escaped here too, however the browser wrote it: 镇(街道) and
    # 镇%28街道%29 name one IRI, and so do %2a and %2A
    text = "".join(c if c.isalnum() or c in _KEPT else _escaped(c) for c in text)
    text = _ASCII_ESCAPE.sub(lambda m: m.group().upper(), text)
    return BASE + text[len(PREFIX) :]


_KEPT = "-._~/%"  # slug's unreserved marks, the path's separators and its escapes
_ASCII_ESCAPE = re.compile(r"%[0-7][0-9a-fA-F]")


def _escaped(char: str) -> str:
    """A character as slug writes it when it is no letter or digit (%-escaped UTF-8, upper case)."""
    return "".join(f"%{b:02X}" for b in char.encode("utf-8"))


def _decode_utf8(match: re.Match) -> bytes:
    escaped = match.group()
    raw = bytes(int(escaped[i + 1 : i + 3], 16) for i in range(0, len(escaped), 3))
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return escaped  # not UTF-8: left as it was, so it names nothing
    return raw


def path_for_iri(iri: str) -> str | None:
    """The site path of one of our IRIs: an entity's page, or a term's entry on the ontology
    page (None for other IRIs).

    >>> path_for_iri("https://w3id.org/fazhi-kg/id/place/331082000")
    '/id/place/331082000'
    >>> path_for_iri("https://w3id.org/fazhi-kg/ontology#Program")
    '/ontology#Program'
    >>> path_for_iri("http://www.w3.org/2004/02/skos/core#prefLabel") is None
    True
    """
    if iri.startswith(FZ):  # a term of the ontology: its entry on the site's ontology page
        return "/ontology#" + iri[len(FZ) :]
    if not iri.startswith(BASE):
        return None
    return PREFIX + iri[len(BASE) :]


def href(path: str, **params: str | int) -> str:
    """A path with its query string (values escaped).

    >>> href("/id/program/x", rel="carriedOutBy", page=2)
    '/id/program/x?rel=carriedOutBy&page=2'
    """
    if not params:
        return path
    return path + "?" + "&".join(f"{k}={quote(str(v), safe='')}" for k, v in params.items())
