from kg.nlp.pipeline import make_nlp


def test_the_tokenizer_gives_one_token_per_character_with_their_own_lexemes():
    nlp = make_nlp()
    first = nlp.make_doc("依法行政")
    later = nlp.make_doc("依法 治理\n𠀾村，A1")  # new characters (a space, a line end, U+2003E)
    assert [t.text for t in first] == list("依法行政")
    assert [t.text for t in later] == list("依法 治理\n𠀾村，A1")
    assert later.text == "依法 治理\n𠀾村，A1"
    assert not any(t.whitespace_ for t in later)
    assert later[0].orth == first[0].orth == nlp.vocab.strings["依"]
    assert later[0].lex.orth_ == "依"
