"""Every occurrence of a fixed set of names in a text (Aho–Corasick, pyahocorasick), by bytes.

pyahocorasick finds a node's child by a linear search of its children. Over characters, the root
of the gazetteer's names has about 1,500 children (their first characters), and every character
of a text pays for that search; over UTF-8 bytes a node has at most 256 children, and the root of
Chinese text only a handful, so the scan runs about three times as fast. UTF-8 is
self-synchronising: a name's bytes match the text's only where a character begins.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick

# lone surrogates (text read with surrogateescape) encode and decode back unchanged
_ERRORS = "surrogatepass"


class NameAutomaton:
    """The names, found in a text with character offsets.

    >>> automaton = NameAutomaton(["临海市", "临海", "台州市"])
    >>> list(automaton.matches("2023年，临海市、台州市"))
    [(6, 8, '临海'), (6, 9, '临海市'), (10, 13, '台州市')]
    >>> len(automaton)
    3
    """

    def __init__(self, names: Iterable[str]):
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_SEQUENCE)
        for name in sorted(names):
            self._automaton.add_word(tuple(name.encode("utf-8", _ERRORS)), (len(name), name))
        self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._automaton)

    def matches(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of every occurrence of a name, in the order of their ends; the ends
        are mapped from bytes to characters by decoding only the bytes between two ends."""
        data = text.encode("utf-8", _ERRORS)
        if not len(self._automaton):
            return  # an automaton without names cannot scan
        byte_end = char_end = 0
        for last_byte, (size, name) in self._automaton.iter(tuple(data)):
            if last_byte + 1 != byte_end:
                char_end += len(data[byte_end : last_byte + 1].decode("utf-8", _ERRORS))
                byte_end = last_byte + 1
            yield char_end - size, char_end, name


class ShortTextNames:
    """The same matches as NameAutomaton for short texts (a body's name, a report's opening),
    found by looking up each substring up to the longest name: no automaton to build, which for
    every name in China costs more than the lookups of a whole opening.

    >>> names = ShortTextNames(["临海市", "临海", "台州市"])
    >>> list(names.matches("2023年，临海市、台州市"))
    [(6, 8, '临海'), (6, 9, '临海市'), (10, 13, '台州市')]
    >>> list(names.matches("临海市")) == list(NameAutomaton(["临海市", "临海"]).matches("临海市"))
    True
    """

    def __init__(self, names: Iterable[str]):
        self._names = frozenset(names)
        self._longest = max(map(len, self._names), default=0)

    def __len__(self) -> int:
        return len(self._names)

    def matches(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, name) of every occurrence of a name, in the order of their ends, the
        longest first at one end (as the automaton gives them)."""
        names = self._names
        for end in range(1, len(text) + 1):
            for start in range(max(0, end - self._longest), end):
                piece = text[start:end]
                if piece in names:
                    yield start, end, piece
