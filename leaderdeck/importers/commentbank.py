"""A bank of questions written for the interviewer: the text under each question is commentary, not an answer.

An interviewer's bank puts each question to the candidate ("How do you ensure execution?") and follows it with what
the interviewer should make of it, about the one asked in the third person: "Ensuring execution is one of their most
important jobs.", "An engineering manager is able to ...", "The engineering manager can shine here ...", "We want
to see which actions a manager would take.", "It will show you how pro-active one is." Some of these paragraphs
speak clearly to the interviewer (:func:`.guidance.interviewer_voice`), others only by the shift of person: the
question says "you", the text under it "they" or "the manager", with no teller ("I", "we did") and no "you" told
what to say ("You should explain ..."). That shift alone is weak, so it counts only in a document where it holds
for most answered questions (three at least): there every such answer is what the interviewer looks for, and the
note is a draft. A candidate's answer tells as I or we (or in terse notes that drop the pronoun, "Talked to him
first."); a model answer speaks to "you" or in the imperative; an answer about people in general ("Engineers own
their services") under a question that does not ask "you" is no shift of person. The persons are read in French
too ("vous" asked, "il", "ses", "certains", "un manager" under it, "je", "nous" telling), and the text may be a
list as well as paragraphs.
"""

from __future__ import annotations

import re

from .blocks import PARAGRAPH, ITEM
from .guidance import GUIDANCE, interviewer_voice
from .text import plain_words
from .unit import Piece, Unit
from .voice import as_i, to_you, unquoted
from ..lazyre import lazy_re

_LEAST = 3  # answered questions so commented, at least, and at least half of the answered ones

# Each pattern below searched ignoring case opens on a look, case-sensitive, at the letters its words start with
# (every letter that matches one of them under IGNORECASE listed: "ſ" for "s", "İ" and "ı" for "i"): a search passes
# over the other positions far sooner than the pattern itself, ignoring case, would (the same matches; see
# tests/test_importers_speed_commentbank.py).
# the one asked, in the third person: "they", "their", "one's", "an engineering manager", "a VPE's job"
_THIRD = lazy_re(r"(?-i:(?=[tThHsSſoOaA]))"
                 r"(?:\b(?:they|their|theirs|them|themselves|he|his|him|she|hers|one's|one’s)\b"
                 r"|\b(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?:manager|leader|lead|engineer|director|head|candidate"
                 r"|interviewee|hire|person|VPE|VP|CTO|EM)s?(?:'s|’s)?\b)", re.IGNORECASE)
# what the question lets the interviewer see, what it is, or what the interviewers want: "It will show you",
# "This is something of a trick question", "We want to see"
_ASKERS = lazy_re(r"(?-i:(?=[tTiIİıwW]))"
                  r"(?:\bthis is (?:[a-z]+\s+){0,5}?question\b|\b(?:this|that|the) question\s+(?:is|tests|probes"
                  r"|checks|reveals|shows|tells)\b"
                  r"|\b(?:this|it|that|which)\s+(?:will\s+|would\s+|should\s+|can\s+)?(?:tells?|shows?|gives?|lets?"
                  r"|helps?)\s+you\b|\bwe\s+(?:want|hope|expect|would like|'d like)\s+to\s+(?:see|hear|know|learn"
                  r"|understand|find out)\b|\bwe(?:'re|\s+are)?\s+look(?:ing)?\s+for\b)", re.IGNORECASE)
# "we" and "our" as the teller ("we shipped", "our team"), once the interviewers' own wishes are set aside
_WE = lazy_re(r"(?-i:(?=[wWoOuU]))\b(?:we|we're|we've|our|ours|us)\b", re.IGNORECASE)
# "you" as what the question does to the interviewer ("shows you"), not the one told what to do or say
_YOU_OBJECT = lazy_re(r"(?-i:(?=[tTsSſgGlLhHaA]))\b(?:tells?|shows?|gives?|lets?|helps?|allows?)\s+you\b",
                      re.IGNORECASE)
# a sentence opening on a verb in the past, its pronoun dropped: a teller's terse notes ("Talked to him. Led the fix.")
_TERSE = lazy_re(r"(?:^|[.!?;]\s+)(?:[A-Z][a-z]+ed|Led|Took|Made|Ran|Built|Wrote|Told|Went|Got|Saw|Gave|Found|Met"
                 r"|Sent|Spent|Kept|Held|Brought|Began|Chose|Drove|Left|Lost|Won|Grew|Cut|Shipped|Moved|Did|Had)\b")
# the same persons in French, in words English never writes: the third ("il", "leurs", "ses", "certains", "un
# manager"), the teller ("je", "j'", "mes", "nous") and the one told ("vous", "votre", "tu")
_TIERS = lazy_re(r"(?-i:(?=[iIİıeElLsSſcCdDuUaA]))\b(?:ils?|elles?|leurs?|ses|certains|certaines|d['’]autres"
                 r"|(?:le|la|les|un|une|du|au|aux|des) (?:managers?|candidat(?:e|s|es)?|dirigeants?))\b", re.IGNORECASE)
_JE = lazy_re(r"(?-i:(?=[jJmMnN]))\b(?:je|j['’]|moi|mes|nous|notre|nos)(?:\b|(?<=['’]))", re.IGNORECASE)
_VOUS = lazy_re(r"(?-i:(?=[vVtT\-]))(?:\b(?:vous|votre|vos|tu|toi|tes)\b|-vous\b)", re.IGNORECASE)
_ADDRESS = lazy_re(r"(?-i:(?=[\]<hHwW]))(?:\]\([^)\s]*\)|<?(?:https?://|www\.)\S+)",
                   re.IGNORECASE)  # a link's address: no words of it


def commented_bank(units: list[Unit]) -> None:
    """In a bank whose answered questions are mostly commented on for the interviewer (see the module docstring),
    turn each such comment into a piece of what the interviewer looks for."""
    answered = [(unit, piece) for unit in units if (piece := _answer(unit)) is not None]
    commented, plain = [], 0
    for unit, piece in answered:
        if _commentary(unit.question, piece):
            commented.append((unit, piece))
        else:
            plain += 1
            if 2 * plain > len(answered):
                return  # fewer than half can be commentary now: no such bank (and no need to read the rest)
    if len(commented) < _LEAST:
        return
    for unit, piece in commented:
        unit.pieces[unit.pieces.index(piece)] = Piece("signals", piece.line, GUIDANCE, blocks=piece.blocks,
                                                      indent=piece.indent)


def _answer(unit: Unit) -> Piece | None:
    """The unlabelled text a question has as its answer, when it has one and nothing else holds its answer."""
    if not unit.question.strip() or unit.story or unit.sample_of:
        return None
    found = [p for p in unit.pieces if p.slot in (None, "answer")]
    if len(found) != 1 or found[0].slot is not None or found[0].rest or not found[0].blocks:
        return None
    return found[0]


def _commentary(question: str, piece: Piece) -> bool:
    """``piece`` is paragraphs about the one ``question`` asks as "you", in the third person (or what the interviewer
    wants of the question), never told as I or we, nor telling "you" what to do."""
    if not (to_you(question) or _VOUS.search(question)) \
            or any(b.kind not in (PARAGRAPH, ITEM) or b.quoted for b in piece.blocks):
        return False
    texts = [unquoted(plain_words(_without_addresses(b.text))) for b in piece.blocks]
    voiced: list[bool] = []  # each text's voice, read once for both tests (as far as the first reads)
    for text in texts:
        voiced.append(voice := interviewer_voice(text))
        if not voice and _told(text):
            return False
    return any(voice or _THIRD.search(text) or _TIERS.search(text) or _ASKERS.search(text)
               for text, voice in zip(texts, voiced))


def _told(text: str) -> bool:
    """``text`` speaks as its teller (I, or we beyond the interviewers' wishes, or in terse notes that drop the
    pronoun) or to "you" as the one who answers."""
    rest = _without_askers(text)
    return as_i(rest) or bool(_WE.search(rest) or _TERSE.search(rest) or _JE.search(rest) or _VOUS.search(rest)) \
        or to_you(_YOU_OBJECT.sub(" ", rest))


# What every match of _ADDRESS holds ("www." ignoring case: "w." or "W.", the only letters its "w" matches), and
# the words every match of _ASKERS holds, in lower case: "question", "you" or "we" in a text of ASCII letters (where
# ignoring case matches only a letter's two cases); elsewhere "que", "you" or "we" (letters each of whose matches,
# ignoring case, lowers to it: no dotless i or long s among them). Most answers hold none, and a test for them is far
# cheaper than a substitution.
_ADDRESS_MARKS = ("](", "://", "w.", "W.")
_ASKERS_WORDS = ("question", "you", "we")
_ASKERS_LETTERS = ("que", "you", "we")


def _without_addresses(text: str) -> str:
    """``text`` with each link's address (:data:`_ADDRESS`) replaced by ``]``."""
    return _ADDRESS.sub("]", text) if any(mark in text for mark in _ADDRESS_MARKS) else text


def _without_askers(text: str) -> str:
    """``text`` with what the interviewers want of the question (:data:`_ASKERS`) blanked."""
    lowered = text.lower()
    words = _ASKERS_WORDS if text.isascii() else _ASKERS_LETTERS
    return _ASKERS.sub(" ", text) if any(word in lowered for word in words) else text
