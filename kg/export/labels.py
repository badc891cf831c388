"""Where the labels of a drawn network go: no two overlapping, none covering a node (report.html's
network and the explorer of `kg serve`)."""

from __future__ import annotations

LABEL_SIZE = 12  # px


def text_width(text: str, size: float = LABEL_SIZE) -> float:
    """The drawn width of a label: a full-width (CJK) character one em, any other half of one.

    >>> text_width("共享法庭"), text_width("141")
    (48, 18.0)
    """
    return sum(size if ord(c) > 0x2E7F else size * 0.5 for c in text)


def label_box(x: float, y: float, text: str) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) of a label whose baseline starts at (x, y)."""
    return (x, y - LABEL_SIZE, x + text_width(text), y + 0.25 * LABEL_SIZE)


def label_spots(placed: dict, texts: dict, radius: dict, width: float, height: float) -> dict:
    """Where each label goes so that no two overlap and none covers another node: the best
    connected first, each at the first free spot of right, left, above and below its circle
    (then further out); a label that fits nowhere is left out (its circle keeps a tooltip).

    >>> spots = label_spots({"a": (80, 40), "b": (82, 42)}, {"a": "甲单位", "b": "乙单位"},
    ...                     {"a": 4, "b": 4}, 200, 100)
    >>> sorted(spots) == ["a", "b"] and spots["a"] != spots["b"]
    True
    """
    taken: list[tuple[float, float, float, float]] = [
        (x - radius[n], y - radius[n], x + radius[n], y + radius[n]) for n, (x, y) in placed.items()
    ]
    spots = {}
    for n in sorted(placed, key=lambda k: (-radius[k], k)):
        x, y = placed[n]
        w, r = text_width(texts[n]), radius[n]
        for gap in (3, 10, 18):
            candidates = (
                (x + r + gap, y + 4),
                (x - r - gap - w, y + 4),
                (x - w / 2, y - r - gap),
                (x - w / 2, y + r + gap + LABEL_SIZE),
            )
            spot = next(
                (
                    (lx, ly)
                    for lx, ly in candidates
                    if 0 <= lx
                    and lx + w <= width
                    and ly - LABEL_SIZE >= 0
                    and ly <= height
                    and not any(_overlap(label_box(lx, ly, texts[n]), t) for t in taken)
                ),
                None,
            )
            if spot is not None:
                spots[n] = spot
                taken.append(label_box(*spot, texts[n]))
                break
    return spots


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
