import random
import re

from kg.nlp.alternation import longest_word_pattern


def test_the_trie_matches_what_the_longest_first_alternation_matches():
    # also where backtracking needs a shorter word: each pattern is followed by more text
    rng = random.Random(2026)
    alphabet = "推进行政动开展法治"
    for _ in range(400):
        words = {
            "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 12))
        }
        plain = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        tail = rng.choice(["", "法", "(?=治)", "行?政"])
        text = "".join(rng.choice(alphabet) for _ in range(30))
        expected = [m.span() for m in re.finditer(f"(?:{plain}){tail}", text)]
        found = [m.span() for m in re.finditer(f"{longest_word_pattern(words)}{tail}", text)]
        assert found == expected, (sorted(words), tail, text)


def test_special_characters_are_escaped_and_no_words_match_the_empty_string():
    assert re.fullmatch(longest_word_pattern(["(一)", "1.5"]), "(一)")
    assert not re.fullmatch(longest_word_pattern(["1.5"]), "105")
    assert re.match(longest_word_pattern([]), "任何").group() == ""
