"""Sibling headings that name a story's parts in turn, over prompts: a method's outline, not a story or questions.

A page explaining how to answer (``## S – Situation``, ``## T – Task``, ``## A – Action``, ``## R – Result``)
heads a section for each part of a story and lists under it what to say there, as advice ("Set the scene",
"Put a number on it") or as questions ("What was the outcome?", "What did you learn?"). When such a run of sibling
sections, outside any question, names the Situation, the Action and a Result (or Learning), and its text only
prompts (every line a question or advice to the reader, none telling what happened), it is the method's outline:
its questions are never drafts. Standing beside other sections of the page (a worked example, questions), each of
its sections is reported, never parts of a story the page tells there; making up the whole of its section, the run
is read as that section's parts, which a template of instructions is (skipped once, :mod:`.starbody`). A story told
in such sections ("Our release was three weeks late.") is still a story; one heading alone over questions
("## Results & Impact" in a bank) still names their group (:mod:`.headed`).

Assembly asks of each sub-section when it reads it whether it is in such a run (:class:`PartRuns`).
"""

from __future__ import annotations

from .blocks import BlockKind
from .labels import STAR_SLOTS, slot
from .outline import Node
from .siblings import Picked
from .text import is_question, plain_words, sentence_split
from .untold import instructs, paces, tells

PROMPTS = "a STAR part's prompts for the reader, not an answer"
_BACKBONE = frozenset({"situation", "action"})  # a run names both, and what came of it
_OUTCOME = frozenset({"result", "learning"})
_TEXT = (BlockKind.PARAGRAPH, BlockKind.ITEM)


def part_run(children: list[Node]) -> list[Node]:
    """The sections of ``children`` headed by a STAR part's name, when together they name the Situation, the Action
    and a Result or Learning, and their text only prompts (see the module); ``[]`` otherwise."""
    if len(children) < 3:
        return []
    named = [child for child in children if _named_part(child)]
    parts = {slot(child.head.text) for child in named}
    if not (_BACKBONE <= parts and parts & _OUTCOME):
        return []
    return named if _prompts_only(named) else []


class PartRuns:
    """The sections of :func:`part_run` of the sub-sections of each section read, each asked about when it is read
    (:mod:`.siblings`)."""

    def __init__(self) -> None:
        self._picked = Picked(part_run, _named_part)

    def add(self, children: list[Node]) -> None:
        """Take in the sub-sections of a section read."""
        self._picked.add(children)

    def __contains__(self, node: Node) -> bool:
        """Whether ``node`` is in the run of a section read."""
        return node in self._picked

    def apart(self, node: Node) -> bool:
        """Whether ``node`` is in the run of a section read beside other sections of that section."""
        return any(len(run) < len(children) for children, run in self._picked.picked_among(node))


def _named_part(node: Node) -> bool:
    """Whether ``node`` is headed by a STAR part's name, as every section :func:`part_run` picks is."""
    return node.head is not None and slot(node.head.text) in STAR_SLOTS


def _prompts_only(sections: list[Node]) -> bool:
    """Whether the text of ``sections`` asks the reader or advises them, line by line, and tells nothing."""
    asked: list[str] = []
    said: list[str] = []
    for section in sections:
        for block in section.blocks():
            if block.kind is BlockKind.RULE:
                continue
            if block.kind not in _TEXT or block.quoted:
                return False  # a table, a quoted sample, code, a sub-heading: more than prompts
            for line in (plain_words(raw).strip(" -*+•") for raw in block.text.split("\n")):
                if paces(line):
                    continue  # "Time: 10-15% of answer": how long to spend there, advice like the rest
                for sentence in (s.strip() for s in sentence_split(line) if s.strip()):
                    if tells(sentence):
                        return False
                    (asked if is_question(sentence) else said).append(sentence)
    return bool(asked or said) and (not said or instructs(said))
