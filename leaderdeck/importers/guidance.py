"""An interviewer's guidance under a question: what the one asking should find out, not the answer.

A guide written for interviewers follows each question with a paragraph to its reader, the interviewer ("You want to
gauge whether your potential CTO has shipped a first version before", "This question lets you see how the
candidate handles pressure", "Dig into the candidate's part in it", "This touches on the subject of age": the
question itself, as "this", getting at something; "The interviewer might be trying to ...": a guess at the
interviewer's motive). That paragraph is what the interviewer looks
for (a signal of the note), and a question with nothing else under it is a draft. So is a list under the question
whose every outermost item is so written ("- a good way to see whether the candidate credits the team").

The voice decides, not the topic: the paragraph speaks of the one interviewed in the third person (the candidate,
a prospective hire, "your potential CTO") or says what the question lets "you" find out, and never speaks as "I";
words a teller might use of someone else ("the CTO", "a good lead should") count only with no "we" either. A
candidate's own answer that speaks to "you" in an example ("you want the team to own it") has its teller's "I" or
"we".

A remark in a block quote right under the question ("> Asked in nearly every loop. Keep it near a minute."), above
a labelled answer ("### Model Answer"), is a tip on the question, not the start of its answer.
"""

from __future__ import annotations

import re

from .blocks import Block, PARAGRAPH, ITEM
from .text import plain_words
from .unit import Piece
from .voice import as_i, first_person, unquoted
from .wordgate import gated_search
from ..lazyre import lazy_re

GUIDANCE = "what the interviewer looks for"

# the one interviewed, in the third person: "the candidate's", "a prospective hire", "your potential CTO" (French
# "le candidat" too)
_INTERVIEWED = lazy_re(r"\b(?:candidat(?:e|s|es)?|interviewees?|applicants?|(?:the|a|an|your) (?:potential|prospective)"
                       r" \w+)\b", re.IGNORECASE)
# the same, in words a teller might use of someone else ("the CTO", "a good lead should"): only with no "we" either
_SOMEONE = lazy_re(r"\b(?:(?:your|the) (?:CTO|CIO|CEO|COO|CPO|CISO|VP|SVP|EVP|EM)|(?:looking for|want|need)"
                   r" (?:somebody|someone|a person)|a (?:good|great|strong) [A-Za-z]+ (?:should|will|would|can)"
                   r"|(?:the|a|an|this) (?:new |good |great |strong |senior )?(?:team lead|tech lead|technical lead"
                   r"|engineering manager|manager|director|lead|leader|hire|engineer|person in (?:this|the) role)"
                   r" (?:should|must|needs? to|has to|is expected to|ought to)"
                   r"|(?:^|[.!?]\s+)they (?:should|must|need to|have to|are expected to))\b",
                   re.IGNORECASE)
# what the question lets the interviewer do: "This question will allow you to", "You want to dig into ..."
_ASKER = lazy_re(r"\b(?:(?:this|that|the) question (?:will |should |can )?(?:allows?|lets?|helps?|gives?|is (?:about"
                 r"|meant|designed|an opportunity|a (?:great |good )?way))|question (?:that |which )?you can use to"
                 r"|you(?:'ll| will)? want to (?:gauge|dig|find out|know|probe|uncover|assess|understand whether"
                 r"|see whether|see if|learn whether)|as an interviewer|(?:gauge|dig into|drill down into) (?:the"
                 r"|their|his|her|your potential)|ask the (?:candidate|interviewee)"
                 # the question, as "this", aiming at something: "This touches on the subject of age."
                 r"|^(?:this|that)(?: question)? (?:touches on|gets at|hints at|speaks to|aims at|probes|digs into"
                 r"|goes after|fishes for)"
                 # the interviewer's motive, the interviewer its subject: "The interviewer might be trying to ..."
                 r"|^(?:the|an|your) interviewer (?:might|may|could|is (?:likely|probably)) (?:be )?\w+ing)\b",
                 re.IGNORECASE)


def interviewer_voice(text: str) -> bool:
    """Whether ``text`` speaks to an interviewer about the one interviewed, and never as "I" (nor as "we" when it
    names the one interviewed only as a teller might name someone else)."""
    core = unquoted(plain_words(text))
    if as_i(core):
        return False
    return _to_interviewer(core) or not first_person(core) and bool(_SOMEONE.search(core))


# a word every match of :data:`_INTERVIEWED` or :data:`_ASKER` holds, in lower case
_INTERVIEWER_WORDS = ("candidat", "interviewe", "applicant", "potential", "prospective", "question", "want to", "gauge",
                      "dig", "drill", "ask the", "touches", "gets at", "hints at", "speaks to", "aims at", "probes",
                      "goes after", "fishes")


def _to_interviewer(text: str) -> bool:
    """Whether ``text`` names the one interviewed (:data:`_INTERVIEWED`) or what the question lets the interviewer
    do (:data:`_ASKER`), each searched only where a word every match of either holds is (most paragraphs hold none)."""
    return gated_search(_INTERVIEWED, _INTERVIEWER_WORDS, text) or gated_search(_ASKER, _INTERVIEWER_WORDS, text)


def set_guidance_apart(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with the paragraphs of an unlabelled answer written to the interviewer (:func:`interviewer_voice`)
    moved out into a piece of what the interviewer looks for, when they open the answer; a quoted remark above a
    labelled answer (:func:`_remark_above`) is moved out as a tip."""
    out: list[Piece] = []
    for index, piece in enumerate(pieces):
        if piece.slot is not None or piece.rest or not piece.blocks:
            out.append(piece)
            continue
        if remarked := _remark_above(piece, pieces[index + 1:]):
            out.append(Piece("tips", piece.line, blocks=piece.blocks[:remarked], indent=piece.indent))
            if rest := piece.blocks[remarked:]:
                out.append(Piece(None, rest[0].line, blocks=rest, indent=piece.indent))
            continue
        listed = _noted_list(piece.blocks)
        count = 0
        while not listed and count < len(piece.blocks) and piece.blocks[count].kind is PARAGRAPH \
                and not piece.blocks[count].quoted and interviewer_voice(piece.blocks[count].text):
            count += 1
        count = listed or count
        if not count:
            out.append(piece)
            continue
        out.append(Piece("signals", piece.line, GUIDANCE, blocks=piece.blocks[:count], indent=piece.indent))
        if rest := piece.blocks[count:]:
            out.append(Piece(None, rest[0].line, blocks=rest, indent=piece.indent))
    return out


def _remark_above(piece: Piece, after: list[Piece]) -> int:
    """How many of an unlabelled piece's blocks are a remark in a block quote on the question, when a labelled
    answer follows it ("> Asked in nearly every loop." over "### Model Answer"): quoted paragraphs opening the piece,
    none told as I or we, the answer's label outside the quote. The answer is under its label; the remark above it is
    a note on the question."""
    answer = next((p for p in after if p.slot in _ANSWERED), None)
    opener = answer.opener or next(iter(answer.blocks), None) if answer is not None else None
    if opener is None or opener.quoted:
        return 0  # no labelled answer, or one inside the same quote: the quote's opening is the story's headline
    count = 0
    while count < len(piece.blocks) and piece.blocks[count].kind is PARAGRAPH and piece.blocks[count].quoted \
            and not first_person(unquoted(plain_words(piece.blocks[count].text))):
        count += 1
    return count if count == len(piece.blocks) else 0


_ANSWERED = frozenset({"answer", "situation", "task", "action", "result"})


def _noted_list(blocks: list[Block]) -> int:
    """How many of ``blocks`` open the answer as a list of the interviewer's notes: a list (nothing but items) whose
    every outermost item is written to the interviewer (:func:`interviewer_voice`) and whose other items never tell
    as I. All of them, or none."""
    if not blocks or any(b.kind is not ITEM or b.quoted for b in blocks):
        return 0
    margin = min(b.indent for b in blocks)
    outer = [b for b in blocks if b.indent == margin]
    if all(interviewer_voice(b.text) for b in outer) \
            and not any(as_i(unquoted(plain_words(b.text))) for b in blocks if b.indent > margin):
        return len(blocks)
    return 0
