"""A guide's explainer asked as a question: ``### What is a panel debrief?``, ``### Why onsite interviews differ``,
``How to stand out in the interview?``, ``# What changed from your first draft?``.

A guide explains the interview itself under headings worded as questions. Such a question asks what, why or how
of the interview, its people or its process (interview, interviewer, recruiter, bar raiser, hiring process, an
offer, the STAR method, behavioral questions) or of the document itself ("this file", "this guide"), or what changed in the reader's draft (the document itself); it puts nothing to the candidate about their
own experience (no "you", no "I", apart from "your draft"), and what follows it is exposition, told by no "I"
(quoted remarks aside). Such a section is text about the interview, reported, never a note. A question of that
shape with nothing under it (a bank's draft, "What are red flags in interviews?"), one among sibling headings most
of which ask (a bank of questions; alone under its heading, among the document's questions at its rank, two
or more: a topic of a bank with one question), or one answered as "I" stays a question.

A how-to heading (``### how to pick a good example?``: "how to" and a verb, no "you" and no "I" in it; in Chinese
``### 怎么发现故事``: 怎么/怎样/如何 and a verb, no 你/您/我) over text that speaks to the reader somewhere (an
imperative or "you", in Chinese 你/您) and is told by no "I" is the guide telling the reader how to do something,
whatever it names: an explainer too (:func:`_how_to`).

A heading that names the interview itself, told by no "I" of its own (``### Being brief - the interview trap``,
``## Bonus: Negotiating an offer``), over the writer's musings that also speak to the reader ("you") is a guide's
essay: never a prompt or story of the writer's (:func:`guide_essay`). A heading of one asking word (``## Why?``,
``## How?``) names a part of a guide, not a question (:func:`bare_ask`).
"""

from __future__ import annotations

import re

from .advice import ADVICE_START
from .blocks import Block
from .listing import short
from .outline import Node
from .text import clean_title, is_instruction, is_question, plain_words, strip_emphasis, unquote
from .unit import Loose, Unit
from .voice import as_me, to_you, unquoted
from .wordgate import gated_search
from ..lazyre import lazy_re

EXPLAINS_INTERVIEW = "a guide's explainer, not an interview question"

# the interview, its people and its process; an offer with its article ("an offer": not "offer a choice")
_PROCESS = lazy_re(r"\b(?:interview(?:s|ers?|ing|ees?)?|recruit(?:ers?|ing)|bar[- ]?raisers?|hiring (?:process"
                   r"|bar|committees?|loops?)|onsite(?: loop)?s?|(?:an?|the|job|your) offers?"
                   r"|STAR (?:method|format|framework|technique)|(?-i:STAR)|behaviou?ral (?:questions|rounds)"
                   # the document itself: "Why this file matters", "How this guide is organised"
                   r"|this (?:file|guide|page|document|doc|section|list|bank|repo(?:sitory)?|post|article"
                   r"|cheat ?sheet|handbook|playbook))\b",
                   re.IGNORECASE)  # "What is STAR?": the method in capitals, not "a star performer"
# what the question asks: what/why/how of something, not a request ("Tell me", "Describe")
_WH = lazy_re(r"^(?:what|why|how|who|which|when)\b", re.IGNORECASE)
# the reader's own draft of an answer, reviewed by the document: "your original version", "your first draft"
_DRAFT = lazy_re(r"\byour (?:(?:original|first|old|earlier|previous|initial) )?(?:versions?|drafts?)\b",
                 re.IGNORECASE)
# a remark in brackets after a question's mark: a tip beside the question, not its words
_REMARK = lazy_re(r"(?<=[?？])\s*[(\[][^()\[\]]*[)\]]\s*$")
# a heading of one asking word: "Why?", "How?"
_BARE = lazy_re(r"^(?:what|why|how|who|which|when|where)\s*[?？]$", re.IGNORECASE)
# "how to" and a verb opening a question: the guide's how-to, asking no one
_HOW_TO = lazy_re(r"^how to\s+[a-z]", re.IGNORECASE)
_YOU = lazy_re(r"\byou(?:r|rs|rself|'re|'ve|'d|'ll)?\b", re.IGNORECASE)
# "怎么发现故事", "如何准备": "how to" and a verb in Chinese, opening the heading; "你"/"您" (you), "我" (I)
_HOW_TO_CJK = lazy_re(r"^(?:怎么|怎样|如何)[\u4e00-\u9fff]")
_CJK_PERSON = lazy_re(r"[你您我]")
_CJK_YOU = lazy_re(r"[你您]")


def explains_interview(question: str, answer: list[Block]) -> bool:
    """Whether ``question`` over the blocks ``answer`` is a guide's explainer (see the module docstring); whether
    the questions beside it make a bank is for the caller to weigh."""
    if question.rstrip().endswith((")", "]")):
        question = _REMARK.sub("", question)  # "Why here? (recruiter screen)": the remark is not what is asked
    if _how_to(question, answer):
        return True
    if not _names_process(question):
        return False  # cheap first: most questions name neither the interview nor the reader's draft
    core = plain_words(unquote(strip_emphasis(clean_title(question)))).strip()
    if not core or not _WH.match(core) or as_me(core):
        return False
    reviews = bool(_DRAFT.search(core))  # "What changed from your original version?": the document itself
    if not reviews and (_YOU.search(core) or not _PROCESS.search(core)):
        return False
    texts = [b.text for b in answer if b.text.strip()]
    if not texts and not any(b.rows for b in answer):
        return False  # nothing under it: a draft question of a bank
    # told by no "I": an example question it lists ("Tell me about a failure.") is the interviewer's words
    return not any(as_me(unquoted(text)) and not is_question(text) for text in texts)


# a word every match of :data:`_PROCESS` holds, in lower case: "bar" for a bar raiser and the hiring bar, "star"
# for the method, "this" for the document itself
_PROCESS_WORDS = ("interview", "recruit", "bar", "hiring", "onsite", "offer", "star", "behavio", "this")
_DRAFT_WORDS = ("version", "draft")  # and "your", which every match of :data:`_DRAFT` holds beside one of them


def _names_process(question: str) -> bool:
    """Whether ``question`` names the interview, its process or the document (:data:`_PROCESS`) or the reader's
    draft (:data:`_DRAFT`), each searched only where a word every match of it holds is (most questions hold none)."""
    return gated_search(_PROCESS, _PROCESS_WORDS, question) or gated_search(_DRAFT, _DRAFT_WORDS, question)


def _may_tell_how(question: str) -> bool:
    """Whether ``question`` may open on "how to" once cleaned as :func:`_how_to` reads it: ``False`` only for an
    ASCII text with no "how to" in it (its spaces taken as one) and no mark whose removal could join one (``[`` of a
    link, ``*``, ``_`` and ``` ` ```), as cleaning such a text only trims its ends and takes its spaces as one."""
    if not question.isascii() or any(mark in question for mark in "[*_`"):
        return True
    return "how to" in " ".join(question.lower().split())


def _how_to(question: str, answer: list[Block]) -> bool:
    """Whether ``question`` is a how-to heading over text told by no "I" that speaks to the reader somewhere (see
    the module docstring)."""
    if not _may_tell_how(question):
        return False
    core = plain_words(unquote(strip_emphasis(clean_title(question)))).strip()
    chinese = bool(_HOW_TO_CJK.match(core)) and not _CJK_PERSON.search(core)
    if not (_HOW_TO.match(core) or chinese) or _YOU.search(core) or as_me(core):
        return False
    texts = [" ".join(plain_words(unquoted(b.text)).split()) for b in answer if b.text.strip()]
    return bool(texts) and not any(as_me(text) for text in texts) \
        and any(to_you(text) or is_instruction(text) or bool(ADVICE_START.match(text))
                or chinese and bool(_CJK_YOU.search(text)) for text in texts)


def bare_ask(head: str) -> bool:
    """Whether the heading ``head`` is one asking word and its mark ("## Why?", "## How?"): a guide's part named by
    what it explains, asking no one anything; its text is the page's and questions written in it are notes."""
    return bool(_BARE.match(plain_words(strip_emphasis(clean_title(head))).strip()))


def guide_essay(head: str, blocks: list[Block]) -> bool:
    """Whether ``blocks`` under the heading ``head`` are a guide's essay on the interview: the heading names the
    interview or its process and speaks as no "I", and the text speaks to the reader somewhere."""
    title = plain_words(strip_emphasis(clean_title(head)))
    return bool(_PROCESS.search(title)) and not as_me(title) and not is_question(title) \
        and any(to_you(unquoted(b.text)) for b in blocks if b.text.strip())


def explainer_heading(node: Node, root: Node | None) -> bool:
    """Whether the question heading of ``node`` (a section of the document ``root``) heads a guide's explainer:
    :func:`explains_interview` on its own text, among sibling headings fewer than half of which ask questions
    of their own (real questions, not explainers)."""
    if node.head is None or not explains_interview(node.head.text, node.body):
        return False
    siblings = [child for child in _parent(node, root).children if child is not node and child.head is not None] \
        if root is not None else []
    if not siblings and root is not None:  # alone under its topic ("## Hiring" over one question): its peers'
        peers = [peer for peer in _peers(node, root) if is_question(clean_title(peer.head.text))]
        siblings = peers if len(peers) >= _BANK else []  # a bank: two questions at least besides it
    asking = sum(1 for child in siblings if is_question(clean_title(child.head.text))
                 and not explains_interview(child.head.text, child.body))
    return asking * 2 < len(siblings) or not siblings


_BANK = 2


def _peers(node: Node, root: Node) -> list[Node]:
    """The other sections of the document headed at the rank of ``node`` (the questions of other topics)."""
    found: list[Node] = []
    stack = [root]
    while stack:
        here = stack.pop()
        for child in here.children:
            if child.rank == node.rank and child is not node and child.head is not None:
                found.append(child)
            elif child.rank < node.rank:
                stack.append(child)
    return found


def _parent(node: Node, root: Node) -> Node:
    """The section holding ``node`` (``root`` when none below it does)."""
    stack = [root]
    while stack:
        here = stack.pop()
        if any(child is node for child in here.children):
            return here
        stack.extend(here.children)
    return root


def drop_explainers(units: list[Unit]) -> tuple[list[Unit], list[Loose]]:
    """``units`` (the notes read in one section's text) without the questions written there that are a guide's
    explainers (``How to stand out in the interview?`` over advice), and their report lines; a question among
    units most of which ask real questions stays one."""
    asked = [u for u in units if u.question and not u.title]
    if not asked:
        return units, []
    found = [u for u in asked if explains_interview(u.question, _answer(u))]
    if not found or (len(asked) - len(found)) * 2 >= len(asked):
        return units, []
    return [u for u in units if u not in found], \
        [Loose(u.line, f"'{short(u.question)}' and the text under it", EXPLAINS_INTERVIEW) for u in found]


def _answer(unit: Unit) -> list[Block]:
    """The blocks of a note's unlabelled answer (none when any piece of it is labelled: a note the document shaped)."""
    if any(p.slot is not None and not p.empty for p in unit.pieces):
        return []
    return [b for p in unit.pieces for b in p.blocks]
