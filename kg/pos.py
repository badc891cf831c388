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

import importlib.metadata
import importlib.util
import os
import pickle
import re
import tempfile
from functools import lru_cache
from pathlib import Path

from kg.resources import lexicon

COMMON_WORD = 50  # dictionary frequency below which an entry is no evidence (察办 3)
RARE_WORD = 5  # below this a verb entry is not even evidence of a predicate (扫黑 2)
MAX_WORD = 4  # longer dictionary entries are names and idioms we never need to look up
VERB_TAGS = frozenset({"v", "vd", "vn"})  # verbs, adverbial verbs, verbal nouns (开展, 优化)
NUMERAL_TAGS = frozenset({"m", "mq", "q"})  # numerals and classifiers (一部, 一处, 个)


@lru_cache(maxsize=1)
def dictionary() -> dict[str, tuple[int, str]]:
    """word → (frequency, tag) for every dictionary word of 1 to MAX_WORD characters.

    Parsing the 5 MB text takes about a second, so the parsed table is kept in the user's
    cache folder (``$XDG_CACHE_HOME/fazhi-kg``, keyed by jieba's version and the file's size) and
    read back in a fraction of that; without a writable cache it is parsed each time.

    >>> dictionary()["开展"]
    (6910, 'v')
    """
    source = _dictionary_file()
    cache = _cache_file(source)
    if cache is not None and cache.is_file():
        try:
            return pickle.loads(cache.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            pass  # a damaged cache is rebuilt below
    words = _parse(source.read_text(encoding="utf-8"))
    if cache is not None:
        _write_cache(cache, words)
    return words


def _dictionary_file() -> Path:
    """jieba's dict.txt, found without importing jieba (whose import costs a quarter second)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed (its dictionary is fazhi-kg's lexicon)")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


def _parse(text: str) -> dict[str, tuple[int, str]]:
    parts = text.split()  # word, frequency, tag on each line
    return {
        w: (int(f), t)
        for w, f, t in zip(parts[0::3], parts[1::3], parts[2::3], strict=True)
        if len(w) <= MAX_WORD
    }


def _cache_file(source: Path) -> Path | None:
    try:
        size = source.stat().st_size
        version = importlib.metadata.version("jieba")
    except (OSError, importlib.metadata.PackageNotFoundError):
        return None
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "fazhi-kg"
    return root / f"jieba-dict-{version}-{size}-{MAX_WORD}.pickle"


def _write_cache(cache: Path, words: dict) -> None:
    """Write the cache atomically; an unwritable cache folder is not an error."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache.parent, delete=False) as f:
            f.write(pickle.dumps(words, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(f.name, cache)
    except OSError:
        pass


@lru_cache(maxsize=1)
def _grammar() -> dict:
    return lexicon("grammar")


@lru_cache(maxsize=1)
def adverbs() -> frozenset[str]:
    """The closed class of adverbs (and adverbial phrases) of official prose."""
    return frozenset(_grammar()["adverbs"])


@lru_cache(maxsize=1)
def prepositions() -> frozenset[str]:
    return frozenset(_grammar()["prepositions"])


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """组织 …: verbs that make one predicate with the verb after them (组织开展)."""
    return frozenset(_grammar()["light_verbs"])


@lru_cache(maxsize=1)
def localizers() -> frozenset[str]:
    """上, 中, 后 …: the localizers (方位词) that close a phrase of place or time (会上, 会后)."""
    return frozenset(_grammar()["localizers"])


@lru_cache(maxsize=1)
def attributive_morphemes() -> frozenset[str]:
    """涉 …: what opens an attributive compound (涉税), never a predicate."""
    return frozenset(_grammar()["attributive_verb_morphemes"])


@lru_cache(maxsize=1)
def derivational_suffixes() -> frozenset[str]:
    """性, 化, 率: after a verb they make a noun or attribute of it (规范性, 规范化, 通过率)."""
    return frozenset(_grammar()["derivational_suffixes"])


def suffix_at(text: str, pos: int) -> bool:
    """A derivational suffix stands at `pos`, making the verb before it a stem (规范|性, 通过|率),
    not the verb 率 'to lead' (率先, 率领).

    >>> suffix_at("通过率达100%", 2), suffix_at("在全省率先建成", 3), suffix_at("规范性文件", 2)
    (True, False, True)
    """
    return text[pos : pos + 1] in derivational_suffixes() and not text.startswith(
        tuple(_grammar()["verbs_opened_by_a_suffix"]), pos
    )


@lru_cache(maxsize=1)
def regarding_verbs() -> tuple[str, ...]:
    """作为, 视为 …: 将X作为Y (X is treated as Y): what stands around them is two phrases."""
    return tuple(_grammar()["regarding_verbs"])


@lru_cache(maxsize=1)
def degree_adverbs() -> frozenset[str]:
    return frozenset(_grammar()["degree_adverbs"])


def opens_with_degree_adverb(text: str, pos: int, end: int | None = None) -> bool:
    """The phrase at `pos` opens with a degree adverb as its own word (最|严格, not 最高人民法院).

    >>> opens_with_degree_adverb("最严格制度", 0), opens_with_degree_adverb("最高人民法院", 0)
    (True, False)
    """
    return word_at(text, pos, end) in degree_adverbs()


@lru_cache(maxsize=1)
def list_joiners() -> tuple[str, ...]:
    """What joins the items of a list of names (、, 和, 与, 及, 以及)."""
    return tuple(_grammar()["list_joiners"])


@lru_cache(maxsize=1)
def co_subject_joiner_re() -> re.Pattern:
    """What joins two bodies of one subject (市法院与市税务局, 区财政局、区审计局, 会同)."""
    return re.compile(r"\s*(?:" + _grammar()["co_subject_joiners"] + r"|、)\s*")


@lru_cache(maxsize=1)
def joining_preposition_re() -> re.Pattern:
    """联合/会同 … opening a clause before a body, a co-subject (联合市委宣传部举办…)."""
    return re.compile(_grammar()["joining_prepositions"])


@lru_cache(maxsize=1)
def _agentive_suffixes() -> frozenset[str]:
    return frozenset(_grammar()["agentive_suffixes"])


def forms_agent_noun(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end] and the agentive suffix after it are a noun of the
    dictionary (负责|人, 调解|员, 负责|制): then the word is a stem, not a verb of the clause.

    >>> forms_agent_noun("行政机关负责人出庭", 4, 6), forms_agent_noun("建立人民调解", 0, 2)
    (True, False)
    """
    if text[end : end + 1] not in _agentive_suffixes():
        return False
    entry = dictionary().get(text[start : end + 1])
    return entry is not None and entry[1] == "n"


def is_verb(word: str) -> bool:
    """A verb by the dictionary, or one of the genre's verbs of action the grammar lists.

    >>> is_verb("签署"), is_verb("法庭")
    (True, False)
    """
    entry = dictionary().get(word)
    return (entry is not None and entry[1] in VERB_TAGS) or word in _grammar_verbs()


@lru_cache(maxsize=1)
def _grammar_verbs() -> frozenset[str]:
    return frozenset(_grammar()["verbs"])


def begins_no_word(text: str, pos: int) -> bool:
    """The character at `pos` and the next one are no common word of the dictionary (宣传|周系列,
    not 周末; 落实|到基层, not 到位): the character stands on its own there.

    >>> begins_no_word("宣传周系列", 2), begins_no_word("落实到位", 2)
    (True, False)
    """
    entry = dictionary().get(text[pos : pos + 2])
    return entry is None or entry[0] < COMMON_WORD


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


def head_word(name: str) -> str:
    """The shortest dictionary word that ends `name` (its head: 执法检查 ends in 检查), else "".

    >>> head_word("线上线下专项督察"), head_word("交叉执法检查"), head_word("X")
    ('督察', '检查', '')
    """
    words = dictionary()
    for size in range(2, min(MAX_WORD, len(name)) + 1):
        if name[-size:] in words:
            return name[-size:]
    return ""


def begins_a_word(text: str, pos: int) -> bool:
    """The character at `pos` and the next form a common dictionary word, and the next character
    begins no word with the one after it: no other way to read them (共|建共享 is 共建|共享; but
    在|建立 reads 在 + 建立, and 和|解决 reads 和 + 解决).

    >>> begins_a_word("形成共建共享公共服务项目", 2), begins_a_word("在建立机制", 0)
    (True, False)
    """
    return (
        len(text) > pos + 1
        and not begins_no_word(text, pos)
        and dictionary().get(text[pos + 1 : pos + 3]) is None
    )


def only_verbs(text: str, start: int, end: int, skip: str = "") -> bool:
    """text[start:end] is verbs of two characters or more and nothing else (the characters of
    `skip` aside: 审查、备案 with skip="、").

    >>> only_verbs("部署开展", 0, 4), only_verbs("审查文件", 0, 4)
    (True, False)
    >>> only_verbs("审查、备案", 0, 5, skip="、")
    True
    """
    pos = start
    while pos < end:
        if text[pos] in skip:
            pos += 1
            continue
        word = word_at(text, pos, end)
        if len(word) < 2 or not is_verb(word):
            return False
        pos += len(word)
    return end > start


_RULE_BY_LAW = "依法治"  # 依法治国/省/市/县/区/镇/校: governing by law, a noun, not 依法 + a verb


@lru_cache(maxsize=4096)  # each rule of a clause asks it again; the text's hash is computed once
def skip_adverbs(text: str, pos: int, end: int) -> int:
    """Position after the adverbs starting at `pos` (全面, 严格, 始终, 进一步 …).

    >>> skip_adverbs("始终严格落实", 0, 6)
    4
    """
    closed = adverbs()
    while pos < end:
        if text.startswith(_RULE_BY_LAW, pos):
            return pos  # 依法|治区: the noun, no adverb
        for size in range(min(5, end - pos), 0, -1):
            if (
                text[pos : pos + size] in closed
                and not suffix_at(text, pos + size)
                and not (size == 1 and begins_a_word(text, pos))  # 共|建: the verb 共建
            ):
                pos += size  # (规范|性文件: a stem, not the adverb 规范)
                break
        else:
            return pos
    return pos


def adverb_ends_at(text: str, pos: int) -> bool:
    """An adverb of the closed class ends right before `pos` (大力|建设, 积极|推进).

    >>> adverb_ends_at("大力建设社区", 2), adverb_ends_at("在建设社区", 1)
    (True, False)
    """
    closed = adverbs()
    return any(text[pos - size : pos] in closed for size in range(1, min(5, pos) + 1))


def opens_with_adverb(text: str, pos: int, end: int) -> bool:
    """An adverb of the closed class opens text[pos:end] as its own word: no common dictionary
    word that it begins runs past it (认真|执行, but 共享 is a word, not the adverb 共).

    >>> opens_with_adverb("认真执行审查制度", 0, 8), opens_with_adverb("共享法庭", 0, 4)
    (True, False)
    """
    adverb_end = skip_adverbs(text, pos, min(end, pos + 5))
    if adverb_end == pos:
        return False
    words = dictionary()
    return not any(
        (entry := words.get(text[pos : pos + size])) is not None and entry[0] >= COMMON_WORD
        for size in range(adverb_end - pos + 1, min(MAX_WORD, end - pos) + 1)
    )


def starts_with_verb(text: str, pos: int, end: int) -> bool:
    """A verb begins at `pos`, after any adverbs (a preposition does not count: 通过…, 以…).

    >>> starts_with_verb("举办讲座4次", 0, 6), starts_with_verb("通过举办讲座", 0, 6)
    (True, False)
    """
    after = skip_adverbs(text, pos, end)
    if after < end and not preposition_at(text, after) and _verb_at(text, after, end):
        return True
    return _adverb_is_the_verb(text, pos, after)


def starts_predicate(text: str, pos: int, end: int) -> bool:
    """A verb (or a preposition that opens a verb phrase: 将, 把, 对, 以 …) begins at `pos`,
    after any adverbs.

    >>> starts_predicate("全面开展公平竞争审查", 0, 10), starts_predicate("公平竞争审查", 0, 6)
    (True, False)
    """
    after = skip_adverbs(text, pos, end)
    frequency = _FREQUENCY.match(text, after, end)
    if frequency:  # 先后4次|听取…汇报: how often, an adverbial before the verb
        after = skip_adverbs(text, frequency.end(), end)
        return after < end and _verb_at(text, after, end)
    if after < end and (preposition_at(text, after) or _verb_at(text, after, end)):
        return True
    return _adverb_is_the_verb(text, pos, after)


# a count of times (4次, 十余次); written before its verb (4次听取, 十余次研究), 动量 as an
# adverbial
COUNT_OF_TIMES = r"[0-9一二两三四五六七八九十百]+[余多]?次"
_FREQUENCY = re.compile(rf"(?:先后|前后|共|累计)?{COUNT_OF_TIMES}")


def _adverb_is_the_verb(text: str, pos: int, after: int) -> bool:
    """The closed class holds verbs used as adverbs (探索|建立, 创新|推出, 试点|推行); with no verb
    after them, such a word is the verb itself (探索“…”模式).

    >>> _adverb_is_the_verb("探索“治超”模式", 0, 2), _adverb_is_the_verb("全面“治超”", 0, 2)
    (True, False)
    """
    word = word_at(text, pos, after)
    return after > pos and len(word) >= 2 and is_verb(word)


def preposition_at(text: str, pos: int) -> bool:
    """A preposition of the grammar (one character or two) begins at `pos`.

    >>> preposition_at("按照计划", 0), preposition_at("计划", 0)
    (True, False)
    """
    return text[pos] in prepositions() or text[pos : pos + 2] in prepositions()


def _verb_at(text: str, pos: int, end: int) -> bool:
    return any(is_verb(text[pos : pos + size]) for size in range(min(MAX_WORD, end - pos), 0, -1))
