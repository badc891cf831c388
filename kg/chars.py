"""Character classes shared by every layer (extraction, SPARQL, exports)."""

HAN = "\u4e00-\u9fff\u3400-\u4dbf"  # CJK unified ideographs and extension A, as a regex range


def is_han(char: str) -> bool:
    """Whether `char` is a Chinese character.

    >>> is_han("法"), is_han("a")
    (True, False)
    """
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"
