"""A page written for the interviewer -> no notes but from its sections of questions to ask.

A guide that tells the interviewer how to run the interview (build rapport, set out the agenda, listen, probe,
close, write feedback) names its reader in its title (``# Interviewer``, ``# Interviewer's guide``, ``# Notes for
interviewers``, ``# Conducting interviews``) or in the paragraph right under the title (``This guide helps
interviewers run fair rounds.``, ``A page for interviewers ...``). Its advice is not the candidate's: a line of it
that asks or orders (``- Explain the format to them.``, ``- What went well?`` under how to write feedback,
``"What made you choose that?"`` as a probe to use) is no question to prepare. On such a page, only the sections
whose heading names the questions to ask (``## Questions``, ``### Questions by competency``) or holds a heading that
asks (``### Tell me about a time you turned a project around.`` over what to listen for) are read; every other
section is reported as the interviewer's guide, with its line. A page for the candidate (``# Questions for
interviewers``, the ones the candidate asks; ``This guide helps you answer ...``) is read as before.
"""

from __future__ import annotations

import re

from .blocks import HEADING, PARAGRAPH
from .base import Skipped
from .outline import Node
from .text import QUESTION_MARKS, clean_title
from ..lazyre import lazy_re

GUIDE = "the interviewer's guide: how to run the interview, not a question to prepare"

# a title naming the interviewer as the page's reader: "Interviewer", "Interviewer's guide", "For interviewers",
# "Notes for interviewers", "Conducting interviews", "How to run a behavioral interview"
_TITLE = lazy_re(r"^(?:(?:the|an?|for)\s+)?interviewers?(?:['’]s|s['’])?(?:\s+(?:guide|handbook|notes|playbook|tips"
                 r"|checklist|training|manual))?$|^(?:[\w'’-]+\s+){0,3}for\s+(?:the\s+)?interviewers?$"
                 r"|^(?:how\s+to\s+)?(?:conduct(?:ing)?|run(?:ning)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?interviews?$",
                 re.IGNORECASE)
# an opening sentence naming interviewers as the reader: "This guide helps interviewers ...", "written for
# interviewers", "a page for interviewers" (never "questions for interviewers": those the candidate asks)
_READER = lazy_re(r"\b(?:helps?|guides?|written\s+for|meant\s+for|intended\s+for|aimed\s+at|(?<!questions\s)for)"
                  r"\s+(?:the\s+|all\s+|new\s+|our\s+)?interviewers\b", re.IGNORECASE)
# a heading naming the questions to ask the candidate: "Questions", "Sample questions", "Questions by competency";
# not the candidate's own ("Their questions", "Your questions", "Questions to ask the interviewer")
_QUESTIONS = lazy_re(r"\bquestions?\b", re.IGNORECASE)
_THEIRS = lazy_re(r"\b(?:their|your|candidate['’]?s?|for\s+(?:the\s+)?interviewers?|ask\s+(?:the\s+)?interviewers?"
                  r"|ask\s+us|ask\s+them)\b", re.IGNORECASE)

# a heading that puts a question to the candidate: it asks, or opens as a prompt does ("Tell me about ...",
# "Describe a time ..."); an order to the interviewer ("Introduce yourself", "Make notes") is advice
_PROMPT = lazy_re(r"^(?:tell\s+(?:me|us)|describe|give\s+(?:me|us|an?\s+example)|walk\s+(?:me|us)|share\s+(?:an?|one)"
                  r"|talk\s+(?:me|us|about))\b", re.IGNORECASE)


def interviewer_guide(root: Node) -> tuple[Node, list[Skipped]]:
    """``root`` with only its sections of questions to ask when it is a page written for the interviewer (see the
    module docstring), and the other sections, reported; else ``root`` as it is and nothing."""
    top = next((node for node in root.children if node.head is not None and node.head.kind is HEADING), None)
    if top is None or any(b.text.strip() for b in root.body) or not _for_interviewers(top):
        return root, []
    kept: list[Node] = []
    reported: list[Skipped] = []
    for node in [*top.children, *(n for n in root.children if n is not top)]:
        if _asks_questions(node):
            kept.append(node)
        else:
            reported.append(Skipped(node.line, f"section '{clean_title(node.head.text)}'", GUIDE))
    if top.body and any(b.text.strip() for b in top.body):
        reported.insert(0, Skipped(top.line, f"section '{clean_title(top.head.text)}'", GUIDE))
    return Node(None, root.rank, [], kept), reported


def _for_interviewers(top: Node) -> bool:
    """Whether the page's title, or the paragraph under it, names the interviewer as its reader."""
    if _TITLE.match(" ".join(clean_title(top.head.text).split())):
        return True
    first = next((b for b in top.body if b.text.strip()), None)
    return first is not None and first.kind is PARAGRAPH and bool(_READER.search(first.text))


def _asks_questions(node: Node) -> bool:
    """Whether a section's heading, or one of its sub-sections', names the questions to ask the candidate or is
    one (``### Tell me about a time you turned a project around.``)."""
    if node.head is None:
        return False
    title = clean_title(node.head.text)
    if _QUESTIONS.search(title) and not _THEIRS.search(title) or _asks(title):
        return True
    return any(_asks_questions(child) for child in node.children)


def _asks(title: str) -> bool:
    return title.rstrip().endswith(QUESTION_MARKS) or bool(_PROMPT.match(title))
