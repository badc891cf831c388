import pytest

from kg.nlp.automaton import NameAutomaton

NAMES = ["临海市", "临海", "海市", "台州市", "𠀾村", "A区"]


def occurrences(names, text):
    """Every (start, end, name) by plain string search: what the automaton must find."""
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            found.append((at, at + len(name), name))
            at = text.find(name, at + 1)
    return sorted(found, key=lambda f: (f[1], f[0]))


@pytest.mark.parametrize(
    "text",
    [
        "2023年，临海市、台州市共建。",
        "𠀾村与临海市：4-byte characters before a name still count one each",  # 𠀾: U+2003E
        "１２３ＡＢＣ临海　台州市 A区 \ud800临海",  # full-width, a lone surrogate
        "",
        "没有地名的一句话。",
    ],
)
def test_matches_are_every_occurrence_in_character_offsets(text):
    automaton = NameAutomaton(NAMES)
    assert sorted(automaton.matches(text), key=lambda f: (f[1], f[0])) == occurrences(NAMES, text)


def test_a_name_matches_only_where_a_character_begins():
    # the scan is over bytes: a name's bytes must never be found across two characters
    automaton = NameAutomaton(["海市"])
    assert list(automaton.matches("临海市")) == [(1, 3, "海市")]


def test_an_automaton_without_names_finds_nothing():
    assert list(NameAutomaton([]).matches("临海市")) == []
    assert len(NameAutomaton([])) == 0
