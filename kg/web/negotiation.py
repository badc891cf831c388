"""Content negotiation: the media type a client's Accept header prefers among those offered."""

from __future__ import annotations


def parse_accept(header: str) -> list[tuple[str, float]]:
    """Media ranges with their q-values, most preferred first (stable for equal q).

    >>> parse_accept("text/html;q=0.8, text/turtle")
    [('text/turtle', 1.0), ('text/html', 0.8)]
    """
    ranges = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for field in fields[1:]:
            name, _, value = field.partition("=")
            if name.strip() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q, position))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(media, q) for media, q, _ in ranges]


def choose(header: str | None, offered: list[str]) -> str | None:
    """The offered type the header prefers; the first offered when there is no header; None when
    the header accepts none of them (406).

    >>> offered = ["text/html", "text/turtle", "application/ld+json"]
    >>> choose("application/ld+json", offered), choose(None, offered), choose("*/*", offered)
    ('application/ld+json', 'text/html', 'text/html')
    >>> choose("text/*;q=0.5, text/turtle", offered), choose("image/png", offered)
    ('text/turtle', None)
    """
    if not header or not header.strip():
        return offered[0]
    return next(iter(ranked(header, offered)), None)


def ranked(header: str, offered: list[str]) -> list[str]:
    """The offered types the header accepts (q > 0), most preferred first; for one media range,
    in the order offered.

    >>> ranked("text/csv;q=0.5, application/*", ["text/csv", "application/json", "text/html"])
    ['application/json', 'text/csv']
    """
    out: list[str] = []
    for media, q in parse_accept(header):
        if q <= 0:
            continue
        out += [c for c in offered if _matches(media, c) and c not in out]
    return out


def _matches(media_range: str, media: str) -> bool:
    if media_range in ("*/*", "*"):
        return True
    kind, _, sub = media_range.partition("/")
    if sub == "*":
        return media.split("/")[0] == kind
    return media_range == media
