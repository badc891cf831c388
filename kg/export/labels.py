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
    taken = _Boxes()
    for n, (x, y) in placed.items():
        taken.add((x - radius[n], y - radius[n], x + radius[n], y + radius[n]))
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
                    and not taken.overlaps(label_box(lx, ly, texts[n]))
                ),
                None,
            )
            if spot is not None:
                spots[n] = spot
                taken.add(label_box(*spot, texts[n]))
                break
    return spots


class _Boxes:
    """Boxes filed by the cells of a grid they cover, so that a new box is compared with its
    neighbours only (the explorer places up to 300 labels on every request).

    >>> boxes = _Boxes(); boxes.add((0, 0, 10, 10))
    >>> boxes.overlaps((5, 5, 20, 20)), boxes.overlaps((10, 0, 20, 10))
    (True, False)
    """

    CELL = 64.0  # px

    def __init__(self):
        self.cells: dict[tuple[int, int], list] = {}

    def _cells(self, box):
        x0, y0, x1, y1 = (int(v // self.CELL) for v in box)
        return ((i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1))

    def add(self, box) -> None:
        for cell in self._cells(box):
            self.cells.setdefault(cell, []).append(box)

    def overlaps(self, box) -> bool:
        return any(_overlap(box, t) for c in self._cells(box) for t in self.cells.get(c, ()))


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
