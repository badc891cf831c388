"""Named officials (fz:Person): 省司法厅副厅长钱德海 (body, post, name) and 吴华丁书记
(name, post)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.alternation import longest_word_pattern
from kg.nlp.base import add_span, context, spans_of
from kg.pos import COMMON_WORD, dictionary, is_verb
from kg.resources import lexicon

# posts that name their area themselves: 县长王芳 at the start of a clause is the report's 县长
_HEADS_OF_AN_AREA = {"省长", "市长", "县长", "区长", "镇长", "乡长"}


def _name_end(text: str, start: int, end: int) -> int:
    """A three-character name whose last character begins a verb with the next one is a
    two-character name before that verb (省委书记应勇强调: 应勇, then 强调).

    >>> t = "书记应勇强调"; t[2:_name_end(t, 2, 5)]
    '应勇'
    """
    if end - start == 3 and is_verb(text[end - 1 : end + 1]):
        return end - 1
    return end


def opens_with_a_word(name: str) -> bool:
    """The candidate name begins with a common word of the dictionary that is no person's
    name (成立以, 建立健全: a surname's character that starts a verb or noun).

    >>> opens_with_a_word("成立以"), opens_with_a_word("吴华丁")
    (True, False)
    """
    entry = dictionary().get(name[:2])
    return entry is not None and entry[0] >= COMMON_WORD and not entry[1].startswith("nr")


@Language.factory("fz_persons", default_config={"lexicon": "persons"})
def make_persons(nlp: Language, name: str, lexicon: str):
    return PersonRecognizer(lexicon)


class PersonRecognizer:
    def __init__(self, lexicon_name: str):
        self.lexicon_name = lexicon_name
        self.after_post = None

    def initialize(self, get_examples=None, nlp=None):
        lex = lexicon(self.lexicon_name)
        posts = longest_word_pattern(lex["posts"])
        surnames = lex["surnames"]
        self.serving_as = tuple("任" + role for role in lex["roles_served_as"])
        # post then name: …副厅长钱德海 (the name ends at a non-name character)
        self.after_post = re.compile(
            rf"({posts})([{surnames}][\u4e00-\u9fff]{{1,2}}?)(?=[批同在指出表示带调参主、，,。；;等和与及作])"
        )
        # name then post at a clause start: 吴华丁书记在…
        self.before_post = re.compile(
            rf"(?:^|(?<=[，,。；;、\s]))([{surnames}][\u4e00-\u9fff]{{1,2}})({posts})(?=[在到于对主带出指表参、，,。])"
        )

    def __call__(self, doc: Doc) -> Doc:
        if self.after_post is None:
            self.initialize()
        masked = context(doc)["masked"]
        agencies = {f.end: (f.start, f.end) for f in spans_of(doc, "Agency")}
        for m in self.after_post.finditer(masked):
            body = agencies.get(m.start())
            own_area = m.group(1).lstrip("副") in _HEADS_OF_AN_AREA and (
                m.start() == 0 or masked[m.start() - 1] in "，,。；;、\n "
            )
            if body is None and not own_area:
                # only posts of a named body (副厅长钱德海 alone could be anything), or 县长王芳
                continue
            if masked.startswith(self.serving_as, m.start(2)):
                continue  # 党工委书记|任组长: 任 is the verb "serve as", no surname
            end = _name_end(masked, m.start(2), m.end(2))
            add_span(doc, m.start(2), end, "Person", post=m.group(1), body=body)
        for m in self.before_post.finditer(masked):
            if opens_with_a_word(m.group(1)):
                continue  # 成立以党组书记…为组长: 成立 is a verb, no name
            add_span(doc, m.start(1), m.end(1), "Person", post=m.group(2), body=None)
        return doc
