"""Chinese and Arabic numerals → numbers (一 → 1, 十二 → 12, 二〇二四 → 2024, 1.7万 → 17000).

A small parser of our own: cn2an drags a stray top-level ``build/`` package into site-packages.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
LARGE_UNITS = {"万": 10_000, "亿": 100_000_000}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(LARGE_UNITS)


def chinese_to_int(text: str) -> int | None:
    """Parse a Chinese numeral.

    >>> chinese_to_int("十二"), chinese_to_int("三百零五"), chinese_to_int("二〇二四")
    (12, 305, 2024)
    >>> chinese_to_int("万"), chinese_to_int("十万"), chinese_to_int("两亿")  # 超万人: 10 000
    (10000, 100000, 200000000)
    """
    if not text or any(c not in CHINESE_NUMERAL_CHARS for c in text):
        return None
    if all(c in DIGITS for c in text) and len(text) > 1:  # digit by digit: 二〇二四
        return int("".join(str(DIGITS[c]) for c in text))
    total, section, number = 0, 0, 0
    for char in text:
        if char in DIGITS:
            number = DIGITS[char]
        elif char in SMALL_UNITS:
            section += (number or 1) * SMALL_UNITS[char]
            number = 0
        else:  # a large unit alone counts one of it (万人 is ten thousand people)
            total += ((section + number) or 1) * LARGE_UNITS[char]
            section, number = 0, 0
    return total + section + number


def to_decimal(number: str, multiplier: str = "") -> Decimal | None:
    """Arabic or Chinese number with an optional 万/亿/千 multiplier, as a Decimal.

    >>> [decimal_text(to_decimal(*args)) for args in (("1.7", "万"), ("三",), ("3.92",))]
    ['17000', '3', '3.92']
    """
    try:
        value = Decimal(number.replace(",", ""))
    except InvalidOperation:
        parsed = chinese_to_int(number)
        if parsed is None:
            return None
        value = Decimal(parsed)
    if multiplier:
        value *= LARGE_UNITS.get(multiplier) or SMALL_UNITS.get(multiplier, 1)
    return value


def decimal_text(value: Decimal) -> str:
    """Canonical text of a decimal: no exponent, no trailing zeros (17000, 3.92, 50.4)."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
