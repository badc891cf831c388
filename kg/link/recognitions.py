"""recognizedAs / awardedBy: who received a recognition, and from whom."""

from __future__ import annotations

import re

from kg import iri
from kg.chars import is_han
from kg.frames.clauses import (
    SENTENCE_LEVEL_BREAKS,
    Clause,
    clauses,
    opening,
    opens_with_predicate,
)
from kg.gazetteer import load_gazetteer
from kg.link.common import (
    county_iri,
    departments_own_report,
    evidence,
    link_cues,
    opens_clause,
    place_lists,
)
from kg.model import Link
from kg.nlp.text import clause_break_re
from kg.pos import skip_adverbs, starts_predicate
from kg.resources import lexicon


def awarder_spans(ms, offset):
    return {
        (s + offset, e + offset)
        for r in ms
        if r.kind == "Recognition"
        for s, e in r.get("awarders") or ()
    }


def recognitions(res, sentences, by_sentence, text):
    """X获评R / X被Y评为R / A和B创建R: X recognizedAs R (and R awardedBy Y); a designation of a
    whole city (食品安全示范市) also goes to the report's own area."""
    cues = link_cues()

    def gap_only(text, pos, end):  # nothing between but 、/和/及/quotes
        return bool(cues["award_subject_gap"].match(text[pos:end]))

    def listed(text, pos, end):  # 杭州市、宁波市; not 江南镇石阜村 (the village's address)
        return pos < end and gap_only(text, pos, end)

    def next_to_verb(text, pos, anchor):  # 杭州市入选 / 姚庄镇成功入选: only adverbs between
        # 我县在全市考核中|获评…, 我市连续两年|获评…: where, how often or when, not who
        while (aside := _ASIDE.match(text, pos, anchor)) is not None and aside.end() > pos:
            pos = aside.end()
        return gap_only(text, pos, anchor) or skip_adverbs(text, pos, anchor) == anchor

    for index, ms in by_sentence.items():
        sentence = sentences[index]
        chain = None  # (end, recipients) of the sentence's last recognition that went to someone
        for r in (m for m in ms if m.kind == "Recognition"):
            rec = res.entity_at(r)
            verb = r.get("verb_start") + res.report.body_start
            if verb == r.start:
                # a designation named without a verb of receiving (迎接…示范县复核): nobody got it
                # here
                continue
            if confers(text, verb, r.get("awarders")):
                continue  # 省政府命名第二批示范地区…: the subject gives it, nobody before gets it
            if r.get("striving") and _qualifies_a_noun(text, r.end):
                continue  # 郑州市创建全国…示范市工作: the work toward the title, not the title won
            starts = {s + res.report.body_start for s, _ in r.get("awarders") or ()}
            awarder_mentions = [m for m in ms if m.kind == "Agency" and m.start in starts]
            passive = _passive_agents(text, ms, sentence.start, verb)
            awarder_mentions += [m for m in passive if m not in awarder_mentions]
            for awarder_mention in awarder_mentions:
                yield Link(
                    rec,
                    "awardedBy",
                    res.entity_at(awarder_mention),
                    evidence(sentence, awarder_mention, r),
                    "awarded-by",
                )
            # 我局被|人社部和生态环境部|评为: the bodies after 被 give it, the one before gets it
            anchor = min(m.start for m in awarder_mentions) - 1 if awarder_mentions else verb
            awarders = awarder_spans(ms, res.report.body_start)
            # a place receives only when it stands right before the verb (杭州市、宁波市入选…, after
            # adverbs: 成功入选), not as the setting of the sentence (在全省考核中获评…)
            receiving = {
                id(p)
                for run in place_lists(ms, text, listed)
                if run[-1].end <= anchor
                and (
                    next_to_verb(text, run[-1].end, anchor)
                    or _subject_of_the_clause_before(text, sentence.start, run, anchor)
                )
                for p in run
            }
            candidates = [
                m
                for m in ms
                if m.end <= anchor
                and (m.start, m.end) not in awarders
                and (m.kind in ("Program", "Agency", "PolicyDocument") or id(m) in receiving)
            ]
            candidates = [
                m
                for m in candidates
                if not any(o is not m and o.start <= m.start and m.end <= o.end for o in candidates)
            ]
            subjects = []
            # 先进集体, 先进单位: titles of a body, which no programme of the clause before wins
            for_a_body = is_a_bodys_title(r.text)
            for m in reversed(candidates):
                if not subjects and for_a_body and m.kind == "Program":
                    continue
                gap = text[m.end : (subjects[-1].start if subjects else anchor)]
                if subjects and not cues["award_subject_gap"].match(gap):
                    break
                if subjects and not gap and m.get("self_reference"):
                    break  # 我镇蔡界村: our town's village received it, not the town
                if not subjects and re.search(r"[。；;]", gap):
                    break
                if not subjects and not _subjectless_clause(
                    text, m.end, anchor, next_to_verb, cues["anaphoric_subject"]
                ):
                    break  # 三苏园被评为…: the clause names its own recipient (one not found)
                # 县委政法委获|省委政法委|通报表扬，被评为…: a body there is an object, not the
                # subject (a work or a document there does receive: 形成《指引》，被纳入…)
                if (
                    not subjects
                    and m.kind in ("Agency", "Place")
                    and _inside_the_clause_before(text, m, anchor, sentence.start)
                ):
                    continue
                if any(s.start <= m.start and m.end <= s.end for s in subjects):
                    continue
                subjects.append(m)
                if not next_to_verb(text, m.end, anchor) and len(subjects) == 1:
                    break
            subjects = _respectively(text, verb, r, ms, subjects)
            if not subjects and for_a_body:  # 县司法局坚持…，打造…，获评…先进集体
                opener = _body_opening_the_run(text, sentence, anchor, ms)
                subjects = [opener] if opener is not None else []
            if not subjects:  # 该中心被评为…: the centre the sentence before named
                antecedent = _antecedent(text, sentence.start, anchor, by_sentence.get(index - 1))
                subjects = [antecedent] if antecedent is not None else []
            recipients = [res.entity_at(s) for s in subjects]
            for s in subjects:
                yield Link(
                    res.entity_at(s),
                    "recognizedAs",
                    rec,
                    # 该中心…: the antecedent of another sentence is no part of this one's span
                    evidence(sentence, s, r) if s.sentence == index else evidence(sentence, r),
                    "award-subject",
                )
            own_area = None
            if not subjects:  # 我县荣获…: the report's own area received it
                own_area = next(
                    (
                        m
                        for m in _OWN_AREA.finditer(text, sentence.start, anchor)
                        if next_to_verb(text, m.end(), anchor) and _is_own_area(res, m.group(1))
                    ),
                    None,
                ) or _own_area_sharing_its_subject(res, text, sentence, anchor)
            if own_area is not None or (
                r.get("place_level") and not any(s.kind == "Place" for s in subjects)
            ):
                county = county_iri(res) or (
                    iri.place(res.jurisdiction.ljust(9, "0")) if res.jurisdiction else None
                )
                if county:
                    rule = "own-area" if own_area is not None else "city-designation"
                    recipients.append(county)
                    yield Link(county, "recognizedAs", rec, evidence(sentence, r), rule)
            if not recipients and chain is not None and continues_a_chain(text, chain[0], verb):
                recipients = chain[1]  # 入选R1，被评为R2: the same recipients, one subject
                for recipient in recipients:
                    yield Link(recipient, "recognizedAs", rec, evidence(sentence, r), "award-chain")
            zero = not recipients and not r.get("striving")
            if zero and _zero_subject(text, sentence, anchor, ms, for_a_body):
                # 获评全省…先进单位 with no subject in the sentence: the report's own zero
                # subject, its publisher (a department) or its area (a government's report)
                publisher = res.publisher if departments_own_report(res) else None
                own = publisher or county_iri(res)
                if own:
                    recipients = [own]
                    yield Link(own, "recognizedAs", rec, evidence(sentence, r), "zero-subject")
            if recipients:
                chain = (r.end, recipients)


def _respectively(text: str, verb: int, r, ms, subjects: list) -> list:
    """A分别|荣获R1、R2 (or 和 B): with 分别 before the verb and as many recipients as titles,
    each recipient gets the title in its place in the list, not all of them.

    >>> from kg.model import Mention
    >>> text = "县法院、县检察院分别荣获优秀法院、先进检察院称号"
    >>> a = Mention("Agency", 0, 3, "县法院", "", 0)
    >>> b = Mention("Agency", 4, 8, "县检察院", "", 0)
    >>> r1 = Mention("Recognition", 12, 16, "优秀法院", "", 0, (("verb_start", 10),))
    >>> r2 = Mention("Recognition", 17, 22, "先进检察院", "", 0, (("verb_start", 10),))
    >>> [m.text for m in _respectively(text, 10, r2, [a, b, r1, r2], [b, a])]
    ['县检察院']
    """
    if len(subjects) < 2 or not text.endswith(_RESPECTIVELY, 0, verb):
        return subjects
    titles = sorted(
        (m for m in ms if m.kind == "Recognition" and m.get("verb_start") == r.get("verb_start")),
        key=lambda m: m.start,
    )
    if len(titles) != len(subjects):
        return subjects
    ordered = sorted(subjects, key=lambda m: m.start)
    return [ordered[titles.index(r)]]


_RESPECTIVELY = ("分别", "分别被")
_COMMA = re.compile(r"[，,]")


def _subject_of_the_clause_before(text: str, sentence_start: int, run, anchor: int) -> bool:
    """The places open the clause right before the verb's and a predicate follows them, and the
    verb's clause has no subject of its own (荔湾区在…考评中排名第三，获评优秀等次: the district
    received it). Whether the clause in between is the only one is `_subjectless_clause`'s
    to say.

    >>> from kg.model import Mention
    >>> text = "荔湾区在考评中排名第三，获评优秀等次。"
    >>> place = Mention("Place", 0, 3, "荔湾区", "荔湾区", 0)
    >>> _subject_of_the_clause_before(text, 0, [place], 12)
    True
    >>> inside = Mention("Place", 1, 4, "荔湾区", "荔湾区", 0)
    >>> _subject_of_the_clause_before("在荔湾区考评中排名第三，获评优秀等次。", 0, [inside], 12)
    False
    """
    first, last = run[0], run[-1]
    if not opens_clause(text, sentence_start, first.start):
        return False
    if not starts_predicate(text, last.end, min(anchor, last.end + 8)):
        return False  # 荔湾区司法所…: the place opens a body's name or a noun phrase
    breaks = [m.end() for m in _COMMA.finditer(text, last.end, anchor)]
    return bool(breaks) and skip_adverbs(text, breaks[-1], anchor) == anchor


def _passive_agents(text: str, ms, lo: int, verb: int) -> list:
    """The bodies between 被 and the verb of awarding (被国家人社部和生态环境部评为): the agents of
    the passive, who give the recognition; empty where anything but bodies and their joiners
    stands there."""
    passive = text.rfind("被", max(lo, verb - 40), verb)
    if passive < 0:
        return []
    bodies = sorted(
        (m for m in ms if m.kind == "Agency" and passive < m.start and m.end <= verb),
        key=lambda m: m.start,
    )
    pos, kept = passive + 1, []
    for m in bodies:
        if m.start < pos:
            continue  # a body inside one already read
        if not _AGENT_GAP.fullmatch(text, pos, m.start):
            return []
        kept.append(m)
        pos = m.end
    return kept if kept and _AGENT_GAP.fullmatch(text, pos, verb) else []


_AGENT_GAP = re.compile(r"(?:国家|中央|省|市|和|及|与|、|联合|共同)*")


_CHAIN_GAP = re.compile(
    r"[”」]?\s*[，,、]?\s*(?:并|又|还|也|同时|先后|相继|再次|再|成功|均)*(?:被|获|荣)?$"
)


def continues_a_chain(text: str, previous_end: int, verb: int) -> bool:
    """Only a comma and adverbs lie between the recognition before and this one's verb (入选R1，
    被评为R2; 获评R1，并获评R2): the clause has no subject of its own and shares the first's.

    >>> text = "X入选优秀案例，被评为先进集体"
    >>> continues_a_chain(text, 7, 9), continues_a_chain(text, 7, 8)
    (True, True)
    >>> continues_a_chain("X入选优秀案例，县司法局被评为先进集体", 7, 13)
    False
    """
    return _CHAIN_GAP.fullmatch(text, previous_end, verb) is not None


def _qualifies_a_noun(text: str, end: int) -> bool:
    """A Chinese character follows the title: it qualifies the noun after it (…示范市工作,
    …示范市创建工作), rather than ending the clause as what was received.

    >>> _qualifies_a_noun("创建全国示范市工作", 7), _qualifies_a_noun("创建省级金牌调解工作室,", 11)
    (True, False)
    """
    return end < len(text) and is_han(text[end])


def confers(text: str, verb: int, awarders) -> bool:
    """The award verb at `verb` is active (命名第二批…, 授予…称号): a verb of conferring with no
    被/获/经 before it and no awarder between.

    >>> confers("命名第二批示范地区10个", 0, ()), confers("获评为示范地区", 1, ())
    (True, False)
    """
    if awarders or text[verb - 1 : verb] in ("被", "获", "经", "荣"):
        return False
    return text.startswith(tuple(lexicon("recognitions")["conferring_verbs"]), verb)


def _subjectless_clause(text, pos, anchor, next_to_verb, anaphoric) -> bool:
    """No clause break between `pos` and the verb; or the verb's clause has a subject that points
    back at what came before (…，经验做法入选…); or it has none (推行X改革，并获评…: only adverbs
    after the break) and follows the name's own clause: then the name may receive."""
    breaks = list(re.finditer(r"[，,：:]", text[pos:anchor]))
    if not breaks:
        return True
    clause = pos + breaks[-1].end()
    if anaphoric.match(text[clause:anchor]):
        return True  # …改革，实现…，经验做法入选…: the work the sentence told of
    # a clause without a subject continues only the clause right before it (…改革，考核居全市
    # 第一，获评…: the county's, which the sentence omits)
    return len(breaks) == 1 and next_to_verb(text, clause, anchor)


def _inside_the_clause_before(text: str, m, anchor: int, sentence_start: int = 0) -> bool:
    """A body or place in a clause before the verb's that stands after words of its clause
    (获省委政法委通报表扬), not at its opening: that clause's object, which a next clause without
    a subject does not continue.

    >>> from kg.model import Mention
    >>> text = "县委政法委获省委政法委通报表扬，被评为优秀单位"
    >>> _inside_the_clause_before(text, Mention("Agency", 6, 11, "省委政法委", "", 0), 19)
    True
    >>> _inside_the_clause_before(text, Mention("Agency", 0, 5, "县委政法委", "", 0), 19)
    False
    """
    if clause_break_re().search(text, m.end, anchor) is None:
        return False
    lo = max(sentence_start, m.start - _CLAUSE_REACH)
    breaks = list(clause_break_re().finditer(text, lo, m.start))
    here = Clause(breaks[-1].end() if breaks else lo, m.end, "")
    return skip_adverbs(text, opening(text, here), m.start) != m.start


_CLAUSE_REACH = 80  # how far back a clause's opening is looked for


def _antecedent(text: str, start: int, anchor: int, previous) -> object | None:
    """The sentence opens with a demonstrative and a noun (该中心, 此项目, 该村) and then its
    award verb: the last body, programme or place of the sentence before whose name ends in
    that noun, if any.

    >>> from kg.model import Mention
    >>> text = "县司法局建成公共法律服务中心。该中心获评示范单位"
    >>> centre = Mention("Agency", 6, 14, "公共法律服务中心", "", 0)
    >>> _antecedent(text, 15, 18, [centre]).text
    '公共法律服务中心'
    """
    m = _DEMONSTRATIVE.match(text, start, anchor)
    if m is None or not previous:
        return None
    noun = next(
        (
            text[m.end() : end]
            for end in range(m.end() + 1, min(anchor, m.end() + 3) + 1)
            if skip_adverbs(text, end, anchor) == anchor
        ),
        None,
    )
    if noun is None or not all(map(is_han, noun)):
        return None
    named = [
        p
        for p in previous
        if p.kind in ("Agency", "Program", "Place") and p.text.rstrip("”").endswith(noun)
    ]
    return named[-1] if named else None


_DEMONSTRATIVE = re.compile(r"\s*(?:该|此|这一?|上述)")


_OWN_AREA = re.compile(r"我(省|市|县|区|州|旗|镇|乡|街道)")
# what stands between a recipient and its award verb without being either: the setting (在 + an
# occasion + a localiser), a streak (连续两年, 连续3次) or a year
_ASIDE = re.compile(
    r"在[^，,。；;：:“”《》]{1,30}?(?:中|上|里|内|期间)"
    r"|连续[\d一二三四五六七八九十两]+(?:年|次|届|轮)"
    r"|(?:19|20)\d{2}年度?"
)


def _own_area_sharing_its_subject(res, text, sentence, anchor):
    """我县坚持…，扎实推进…，并获得“…示范县”命名: the clause of the verb and those before it
    open with their verbs, sharing the subject of the first, which is the report's own area
    (我县): the area received it. The match of 我县, or None."""
    for pos in _openings_of_the_run(text, sentence, anchor):
        own = _OWN_AREA.match(text, pos)
        if own is not None:
            return own if _is_own_area(res, own.group(1)) else None
    return None


def _openings_of_the_run(text, sentence, anchor):
    """Where the clauses before the verb's open, nearest first, while they share one subject: the
    verb's clause has no words of its own before the verb, and each clause passed opens with its
    verb; the last yielded is the first clause that does not (its subject opens it). Nothing
    past a sentence-level break."""
    parts = clauses(text, sentence.start, sentence.end)
    here = next((i for i, c in enumerate(parts) if c.start <= anchor <= c.end), None)
    if here is None or text[parts[here].start : anchor].strip(" 并且也还又已") != "":
        return  # the recognition's clause has words of its own before the verb
    for clause in reversed(parts[:here]):
        if clause.closed_by in SENTENCE_LEVEL_BREAKS:
            return
        yield opening(text, clause)
        if not opens_with_predicate(text, clause):
            return


def _zero_subject(text, sentence, anchor, ms, for_a_body: bool) -> bool:
    """Nothing names who received it: the verb's clause has no words of its own before the verb,
    and the clauses before it in the sentence, sharing its subject, open with their verbs up to
    the sentence's start (…，获评…); for a body's title (先进单位), also up to a clause whose
    subject is no entity, which a body's title cannot be of (法治建设考核连续4年居全市优秀档次，
    |获评…先进单位: the assessment ranked, the area won; but 该体系入选…，|入选…案例: the
    system the text names, whatever it is)."""
    if text[sentence.start : anchor].strip(" 并且也还又已") == "":
        return True  # 获评…: the sentence opens with the verb
    openings = list(_openings_of_the_run(text, sentence, anchor))
    if not openings:
        return False  # the verb's clause names its own recipient, found or not (三苏园被评为…)
    first = openings[-1]
    if opens_with_predicate(text, Clause(first, sentence.end, "")):
        return True  # every clause of the run opens with its verb: none names a subject
    return for_a_body and not any(m.start == first and m.kind != "Outcome" for m in ms)


def is_a_bodys_title(title: str) -> bool:
    """Whether the title is one a body or place wins, not a work (先进集体, 优秀单位, 文明单位).

    >>> is_a_bodys_title("全省司法行政先进集体"), is_a_bodys_title("全省改革创新优秀案例")
    (True, False)
    """
    return _BODY_TITLE.search(title.rstrip('”"')) is not None


_BODY_TITLE = re.compile(
    "(?:" + "|".join(lexicon("recognitions")["body_title_heads"]) + r")(?:[(（][^()（）]*[)）])?$"
)


def _body_opening_the_run(text, sentence, anchor, ms):
    """县司法局坚持…，打造…，获评…: the verb's clause and those before it open with their verbs,
    sharing the subject of the first, a body or place: it won the title. The mention, or None."""
    at = {m.start: m for m in ms if m.kind in ("Agency", "Place")}
    return next(
        (at[pos] for pos in _openings_of_the_run(text, sentence, anchor) if pos in at), None
    )


def _is_own_area(res, level: str) -> bool:
    """我县 names the report's own area when that area is a 县 (a county's 我市 is not it)."""
    division = load_gazetteer().by_code.get(res.jurisdiction) if res.jurisdiction else None
    return division is not None and division.name.endswith(level)
