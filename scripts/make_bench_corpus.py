"""Make a deterministic synthetic corpus of N reports for timing (never for scoring).

Each report is the bundled one with its places swapped for a real county of another province
(its prefecture, province and townships from the gazetteer), its numbers varied, its year
shifted and the paragraphs of each part shuffled.

Usage: python scripts/make_bench_corpus.py N OUT
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.gazetteer import load_gazetteer  # noqa: E402

SOURCE = ROOT / "corpus" / "linhai-2023.txt"
HOME = "331082"


def counties(gaz) -> list:
    out = []
    for code, div in sorted(gaz.by_code.items()):
        if (
            len(code) == 6
            and code != HOME
            and div.name.endswith(("县", "市"))
            and len(div.name) >= 3
        ):
            towns = gaz.children(code)
            if len(towns) >= 8:
                out.append(div)
    return out


def make_report(text: str, index: int, gaz, pool: list) -> str:
    rng = random.Random(index)
    county = pool[rng.randrange(len(pool))]
    prefecture = gaz.by_code[county.parent]
    province = gaz.by_code[prefecture.parent]
    home_towns = gaz.children(HOME)
    towns = gaz.children(county.code)
    year = 2019 + index % 6
    out = text
    for old, new in zip(home_towns, towns * 3, strict=False):
        out = out.replace(old.name, new.name).replace(
            old.name[:-1] if old.name.endswith("镇") else old.name, new.name
        )
    out = out.replace("临海市", county.name).replace("临海", county.name[:-1])
    out = out.replace("台州市", prefecture.name).replace("台州", prefecture.name[:-1])
    out = out.replace("浙江省", province.name).replace("浙江", province.name[:2])
    out = out.replace("2024", str(year + 1)).replace("2023", str(year))
    out = re.sub(
        r"(?<![\d年])(\d{2,4})(?=[件家个份条起户名场次%])",
        lambda m: str(max(1, int(int(m.group(1)) * rng.uniform(0.5, 1.5)))),
        out,
    )
    lines = out.split("\n")
    blocks, current = [], []
    for line in lines:  # shuffle the paragraphs within each part, keeping headings in place
        if re.match(r"^[一二三四五六七八九十]+、", line) or re.match(
            r"^[（(][一二三四五六七八九十]+[)）]", line
        ):
            blocks.append(current)
            current = [line]
        else:
            current.append(line)
    blocks.append(current)
    head, *rest = blocks
    rng.shuffle(rest)
    return "\n".join(line for block in [head] + rest for line in block)


def main(n: int, out: Path) -> None:
    gaz = load_gazetteer()
    pool = counties(gaz)
    text = SOURCE.read_text(encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (out / f"bench-{i:05d}.txt").write_text(make_report(text, i, gaz, pool), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(int(sys.argv[1]), Path(sys.argv[2]))
