"""Part-of-speech dictionary of Chinese words, read as data from jieba's ``dict.txt``.

jieba ships a dictionary of 349 k words with their frequency and an ICTCLAS part-of-speech tag
(``v`` verb, ``vd`` adverbial verb, ``vn`` verbal noun (a verb used as a noun: 优化), ``d`` adverb,
``p`` preposition, ``c``
conjunction, ``n`` noun, ``l``/``i`` idioms …). We use it as a lexicon, never jieba's segmenter
(which splits our names: 市调委会, 共享法庭). Its adverb tags are unreliable (全面, 精心 are
tagged nouns), so adverbs come from a closed class of the grammar
(``ontology/lexicon/grammar.json``) and the dictionary is asked only about verbs and about
which strings are words.

Shared by the extractors (``kg.nlp``) and the link rules (``kg.link``), so it sits below both.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from kg.resources import lexicon

COMMON_WORD = 50  # dictionary frequency below which an entry is no evidence (察办 3)
MAX_WORD = 4  # longer dictionary entries are names and idioms we never need to look up
VERB_TAGS = frozenset({"v", "vd", "vn"})  # verbs, adverbial verbs, verbal nouns (开展, 优化)


@lru_cache(maxsize=1)
def dictionary() -> dict[str, tuple[int, str]]:
    """word → (frequency, tag) for every dictionary word of 1 to MAX_WORD characters.

    >>> dictionary()["开展"]
    (6910, 'v')
    """
    words: dict[str, tuple[int, str]] = {}
    with resources.files("jieba").joinpath("dict.txt").open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and len(parts[0]) <= MAX_WORD:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


@lru_cache(maxsize=1)
def _grammar() -> dict:
    return lexicon("grammar")


def adverbs() -> frozenset[str]:
    """The closed class of adverbs (and adverbial phrases) of official prose."""
    return frozenset(_grammar()["adverbs"])


def prepositions() -> frozenset[str]:
    return frozenset(_grammar()["prepositions"])


def is_verb(word: str) -> bool:
    """A verb by the dictionary, or one of the genre's verbs of action the grammar lists.

    >>> is_verb("签署"), is_verb("法庭")
    (True, False)
    """
    entry = dictionary().get(word)
    return (entry is not None and entry[1] in VERB_TAGS) or word in _grammar()["verbs"]


def word_at(text: str, pos: int, end: int | None = None) -> str:
    """The longest dictionary word (or closed-class adverb) starting at `pos`, else one character.

    >>> word_at("全面开展公平竞争审查", 0), word_at("全面开展公平竞争审查", 2)
    ('全面', '开展')
    """
    end = len(text) if end is None else end
    words, closed = dictionary(), adverbs()
    for size in range(min(MAX_WORD, end - pos), 1, -1):
        piece = text[pos : pos + size]
        if piece in closed or piece in words:
            return piece
    return text[pos : pos + 1]


def skip_adverbs(text: str, pos: int, end: int) -> int:
    """Position after the adverbs starting at `pos` (全面, 严格, 始终, 进一步 …).

    >>> skip_adverbs("始终严格落实", 0, 6)
    4
    """
    closed = adverbs()
    while pos < end:
        for size in range(min(5, end - pos), 0, -1):
            if text[pos : pos + size] in closed:
                pos += size
                break
        else:
            return pos
    return pos


def starts_predicate(text: str, pos: int, end: int) -> bool:
    """A verb (or a preposition that opens a verb phrase: 将, 把, 对, 以 …) begins at `pos`,
    after any adverbs.

    >>> starts_predicate("全面开展公平竞争审查", 0, 10), starts_predicate("公平竞争审查", 0, 6)
    (True, False)
    """
    pos = skip_adverbs(text, pos, end)
    if pos >= end:
        return False
    if text[pos] in prepositions() or text[pos : pos + 2] in prepositions():
        return True
    for size in range(min(MAX_WORD, end - pos), 0, -1):
        if is_verb(text[pos : pos + size]):
            return True
    return False
