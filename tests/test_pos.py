"""kg/pos.py: jieba's dictionary as data, with the grammar's closed classes."""

from kg.pos import dictionary, is_verb, skip_adverbs, starts_predicate, word_at


def test_the_dictionary_is_read_as_data():
    words = dictionary()
    assert len(words) > 300_000
    assert words["开展"][1] == "v" and words["法庭"][1] == "n"


def test_verbs_come_from_the_dictionary_and_the_grammar():
    assert is_verb("签署") and is_verb("开展")  # dictionary v
    assert is_verb("深化") and is_verb("落实")  # tagged j / a by jieba, verbs by the grammar
    assert not is_verb("法庭") and not is_verb("公平")


def test_adverbs_are_a_closed_class_since_jieba_tags_some_as_nouns():
    assert dictionary()["全面"][1] == "n"
    assert skip_adverbs("全面深入开展", 0, 6) == 4


def test_a_predicate_after_adverbs_or_a_preposition():
    assert starts_predicate("严格落实学法制度", 0, 8)
    assert starts_predicate("始终将法治建设纳入考核", 0, 11)  # 将: disposal preposition
    assert not starts_predicate("公平竞争审查", 0, 6)


def test_longest_word_first():
    assert word_at("以点带面督察", 0) == "以点带面"
