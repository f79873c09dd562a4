"""A question heading without the labels around it.

Authors put a label before the question a heading asks, and a competency after it:

    ### Q11. Scenario: You just joined a new team. What do you do first?
    ### If They Press: "What is wrong with your current job?"
    ## Gap 4: "Things you would change about your work"
    ### 1. Tell me about a time you disagreed with a peer. (Conflict Resolution)

The question is what is left: a short leading ``Word:`` / ``Word N:`` label (not a STAR part, not a sentence)
goes when a quoted prompt or a question follows it, quotes around the whole prompt go, and a Title Case
parenthetical after the question's final punctuation is the question's competency. Such a label over a
quoted prompt, or a heading right over a ``### Your Answer:`` sub-heading, is a question however it ends; and
a story's name closing on a Title Case parenthetical (``THE QUIET OUTAGE (Debugging)``) names its competencies.
Any other remark in brackets after a question's mark (``Why now? （先讲背景）``) is a note to self: a tip.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .blocks import Block
from .labels import STAR_SLOTS, normalise, slot
from .leveltag import level_tag
from .orprompts import heading_alternatives
from .outline import Node
from .parts import label_of
from .storytable import star_rows
from .questions import question_of
from .scenes import opens_on_scene
from .text import (ASK, OPENING_QUOTES, clean_title, follow_ups, is_question, lead_quoted_question, marked_question,
                   quoted_question, unquote)
from .unit import Piece
from ..lazyre import lazy_re

# "Scenario: ...", "Case 3: ...", "If They Press: ...": a label of up to three words (and a number) and a colon
_LABEL = lazy_re(r"^(?P<label>[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?(?:\s+#?\d{1,3})?)\s*[:：]\s+"
                 r"(?P<rest>\S.*)$")
# a word of a competency: "Conflict", "User-Centric"; "FoodMesh" or "AWS" (a name, an acronym) is not one
_THEME_WORD = r"[A-Z][a-z]+(?:['’-][A-Za-z][a-z]*)*"
# "... coworker. (Conflict Resolution)": Title Case words in parentheses after the final punctuation
_COMPETENCY = lazy_re(rf"^(?P<asked>.*?[.!{ASK}][\"”’]?)\s*\((?P<name>{_THEME_WORD}(?:(?:\s+|\s*[&/]\s*)"
                      rf"(?:{_THEME_WORD}|and|of|or|the|in|under|with|for|to))*)\)$")
_MAX_COMPETENCY_WORDS = 5
# "... help a peer? (ownership)": up to three lower-case words in parentheses after a question mark
_LOWER_COMPETENCY = lazy_re(rf"^(?P<asked>.*?[{ASK}][\"”’]?)\s*\((?P<name>[a-z]{{3,}}(?:(?:\s+|\s*[&/-]\s*)[a-z]{{2,}}){{0,2}})\)$")
# "... the status quo. (Invent and simplify)", "(Are right, a lot)": a principle named in sentence case (its first
# word capitalised, up to four more in lower case) in parentheses after the final punctuation
_SENTENCE_COMPETENCY = lazy_re(rf"^(?P<asked>.*?[.!{ASK}][\"”’]?)\s*\((?P<name>[A-Z][a-z]{{2,}}"
                               r"(?:(?:\s+|\s*[,;&/]\s*)[a-z]{1,}){1,4})\)$")
# "... the status quo. **(Invent and simplify)**": the parenthetical after the question set in bold or italics
_WRAPPED_TAIL = lazy_re(r"\s*(\*\*|__|\*|_)\s*([(（][^()（）\n]{1,120}[)）])\s*\1\s*$")


def unwrapped_tail(question: str) -> str:
    """``question`` with the emphasis round a parenthetical closing it dropped (``... quo. **(Ownership)**`` ->
    ``... quo. (Ownership)``), so the parenthetical is read as it is when written plainly."""
    if not question.endswith(("*", "_")):
        return question  # no emphasis closing it: most questions
    return _WRAPPED_TAIL.sub(r" \2", question)
# asides that say how to answer or how hard the question is, not what it shows
_NOT_COMPETENCY = frozenset("optional bonus required mandatory hard easy medium tricky common classic rare follow "
                            "followup up tough short long brief example examples briefly".split())
# a pronoun or a number in brackets speaks to the reader or sizes the answer ("keep it positive", "two minutes"): a
# remark, never a competency's name
_REMARK_WORDS = frozenset("it its them they you your yours me my our this that these those be is are was one two three "
                          "four five ten minute minutes min mins second seconds hour hours max most".split())


def labelled_prompt(title: str, marked: bool = False) -> str:
    """The prompt after a leading label (``GAP 1: "Why switch?"`` -> ``Why switch?``), or ``""`` when the
    title does not start with such a label over a quoted prompt or a question (any sentence, when the heading
    numbers itself as a question: ``Q13. Scenario: Your team missed a deadline.``)."""
    match = _leading_label(title.strip())
    return _prompt_after(match, marked) if match is not None else ""


def _leading_label(title: str) -> re.Match[str] | None:
    """:data:`_LABEL` matched at the start of ``title``; a title with no colon (most headings) is not searched, as
    the pattern's backtracking over its first words costs far more than looking for one."""
    return _LABEL.match(title) if ":" in title or "：" in title else None


def _prompt_after(match: re.Match[str], marked: bool) -> str:
    """The prompt after the leading label ``match`` found in a title (:func:`labelled_prompt`), or ``""``."""
    label, rest = match.group("label"), match.group("rest").strip()
    if slot(label) in (*STAR_SLOTS, "question", "answer", "title") or is_question(label):
        return ""  # "Situation: ...", "Question: ..." and "Story: ..." are read by their own rules
    quoted = rest[0] in OPENING_QUOTES and unquote(rest) != rest
    if quoted:
        return unquote(rest)
    # an unquoted prompt: only after a one-word label ("Scenario:", "Case 3:"), the prompt a sentence of its own
    one_word = len(label.split()) - bool(re.search(r"\d$", label)) == 1
    if one_word and rest[0].isupper() and (marked or is_question(rest)):
        return rest
    return ""


def competency_suffix(question: str) -> tuple[str, str]:
    """``(question, competency)``: a Title Case parenthetical after the question's final punctuation split off
    (``"Describe a failure. (Handling Failure)"`` -> ``("Describe a failure.", "Handling Failure")``), one of
    up to three lower-case words after a question mark (``"... help a peer? (ownership)"``), or a principle named
    in sentence case (``"... the status quo. (Invent and simplify)"``); not an aside on
    how to answer (``(optional)``, ``(if any)``)."""
    match = _COMPETENCY.match(question.strip())
    if match is None and (match := _LOWER_COMPETENCY.match(question.strip())
                          or _SENTENCE_COMPETENCY.match(question.strip())) is not None:
        said = re.split(r"[\s,;&/-]+", match.group("name").casefold())
        match = None if said[0] in _NOT_THEME or _NOT_COMPETENCY.intersection(said) \
            or _REMARK_WORDS.intersection(said) else match
    if match is None or len(match.group("name").split()) > _MAX_COMPETENCY_WORDS or level_tag(question)[1]:
        return question, ""
    return match.group("asked").strip(), match.group("name").strip()


# "Why now? （先讲背景）", "What would you change? (two minutes at most)": a remark in brackets after the mark; after
# the full stop closing a prompt that asks too ("Give an example of a hard sell.(Vendor switch)"); up to an answer's
# length ("Which ...? (Shipping with no way back, because ...)": :mod:`.bracketanswer`)
_ASIDE = lazy_re(rf"^(?P<asked>.*?[{ASK}.。][\"”’]?)\s*[（(](?P<note>[^()（）\n]{{0,600}})[)）](?P<stop>[.。]?)$",
                 re.DOTALL)
_NUMBERS = lazy_re(r"^[\d\s,;&/-]+$")  # "(1,11,14)": the numbers of what the question maps to elsewhere


def question_aside(question: str) -> tuple[str, str]:
    """``(question, remark)``: a note the writer left in brackets after the question's last mark (a full stop may
    close it), or after the full stop closing a prompt when it names something (``Give an example of a hard
    sell.(Vendor switch)``; ``... a failure. (even if small)`` runs on in lower case: the prompt's own), split off
    as a tip; a bracket of numbers only (``(1,11,14).``, a cross-reference) is dropped;
    ``(question, "")`` when there is none, when it is the question's own aside (``(if any)``, ``(optional)``), or
    when the brackets give the note's level (``(Manager)``) or competency (``(Conflict Resolution)``), which other
    rules read."""
    if not question.rstrip().rstrip(".。").endswith((")", "）")):
        return question, ""  # no bracket closing it: most questions
    match = _ASIDE.match(question.strip())
    if match is None or level_tag(question)[1] or competency_suffix(question)[1]:
        return question, ""
    if match.group("asked").rstrip("\"”’").endswith((".", "。")) \
            and (match.group("note").lstrip()[:1].islower() or not is_question(match.group("asked"))):
        return question, ""  # "We cut the scope. (Q3)" asks nothing; "... a failure. (even if small)" runs on
    note = match.group("note").strip()
    said = note.casefold().split()
    if not said:
        return match.group("asked").strip(), ""  # "Why did you leave? ( )": empty brackets, nothing to keep
    if said[0] in _NOT_THEME and len(said) <= 2 or said[0] in _NOT_COMPETENCY:
        return question, ""  # "(if any)", "(optional)": an aside of the question's own, kept with it
    return match.group("asked").strip(), "" if _NUMBERS.match(note) else note


def heading_question(head: str, line: int) -> tuple[str, tuple[str, ...], list[Piece], str]:
    """``(question, follow-ups, facts, note to self)`` a question heading gives, its competency a fact, a remark
    in brackets after its mark (``Why now? (two minutes at most)``) a note to self."""
    asked, competency = competency_suffix(unwrapped_tail(clean_title(head)))
    asked = labelled_prompt(asked, marked_question(head)) or lead_quoted_question(asked) or asked
    question, extra = follow_ups(asked if is_question(asked) or heading_alternatives(asked) else quoted_question(asked)
                                 or unquote(asked).rstrip(" :："))  # "3. Received harsh feedback:": its prompt
    question, aside = question_aside(question)
    return question, extra, [Piece("competencies", line, "Competency", competency)] if competency else [], aside


def _tells(block: Block) -> bool:
    """A block that asks the section's question (``Question: ...``) or tells a story's part."""
    found = label_of(block)
    return found is not None and found[0] in ("question", *STAR_SLOTS) or bool(star_rows(block)) \
        or question_of(block) is not None


# "Your Answer:", "My answer", "Sample answer", "Answer": one answer ("Sample answers", "Answer framework" are not)
_ANSWER_LABEL = lazy_re(r"^(?:[a-z]+ )?(?:answer|response)$")


def _names_answer(heading: str) -> bool:
    """An answer label's heading (``### Your Answer:``, ``Response``); a heading holding neither word is read no
    further (a bank's hundreds of story headings)."""
    folded = heading.casefold()
    return ("answer" in folded or "response" in folded) and slot(heading) == "answer" \
        and bool(_ANSWER_LABEL.match(normalise(heading)))


def _answer_below(node: Node) -> bool:
    """Whether a sub-section of ``node`` names an answer (``### Your Answer:``) and none before it asks: a question
    set above the answer (a bold "**Why ...?**" line read as a sub-heading) is what the answer answers."""
    heads = [child.head.text for child in node.children if child.head is not None]
    # the first that names an answer, found by its words alone; only those before it are read for a question
    named = next((index for index, head in enumerate(heads) if _names_answer(head)), None)
    return named is not None and not any(is_question(clean_title(head)) for head in heads[:named])


def prompting(node: Node) -> bool:
    """A heading that is a question whatever its punctuation: a label over a quoted prompt (``Gap 4: "Things
    you would change"``), or a heading right over an answer-label sub-heading (``### Your Answer:``); not when
    its own text asks a question or tells a story's parts."""
    if node.head is None or slot(node.head.text) is not None or opens_on_scene(node.head.text, node.body):
        return False  # "## Scenario 3" over a scene that asks, then "### Answer": the scene asks, not the heading
    title = clean_title(node.head.text)
    asks = (match := _leading_label(title)) and match.group("rest")[0] in OPENING_QUOTES \
        and _prompt_after(match, False) \
        or _answer_below(node)
    # 'Frugality: "The shared cluster"' over a question or story of its own names it (read last: it reads every block)
    return bool(asks) and not any(_tells(block) for block in node.body)


# "THE QUIET OUTAGE (Debugging)", "Library Adoption (Collaboration/Influence)": a story's name, its competencies
_NAMED_COMPETENCIES = lazy_re(rf"^.*\S\s*\((?P<themes>{_THEME_WORD}(?:(?:\s+|\s*[/&,]\s*)"
                              rf"(?:{_THEME_WORD}|and|of|or|under|with))*)\)$")
_NOT_THEME = frozenset("without from with for in at of on by to even if not and the a an via after before".split())


@lru_cache(maxsize=1024)  # a story's name is read three times: its competencies, its company, its theme
def named_competencies(name: str) -> tuple[str, ...]:
    """The competencies a Title Case parenthetical closing a story's name gives, split at ``/``, ``&`` and commas
    (``"Library Adoption (Collaboration/Influence)"`` -> ``("Collaboration", "Influence")``); ``()`` for any
    other name ("Being Mentored (Without Authority)", "(FROM THE KAFKA PROJECT)", "(FoodMesh)")."""
    name = name.strip()
    match = _NAMED_COMPETENCIES.match(name) if name.endswith(")") else None  # most names close no bracket
    if match is None or match.group("themes").split()[0].casefold() in _NOT_THEME \
            or len(match.group("themes").split()) > _MAX_COMPETENCY_WORDS:
        return ()
    return tuple(t.strip() for t in re.split(r"\s*[/&,]\s*", match.group("themes")) if t.strip())


# endings of the abstract nouns and adjectives competencies are named by ("Ownership", "Adaptability",
# "Perseverance", "Cross-functional")
_ABSTRACT = lazy_re(r"(?:ship|tion|sion|ment|ity|ing|ness|ance|ence|ancy|ency|ism|ure|th|work|ery|acy|ogy|thy"
                    r"|omy|ics|ive|age|al|ous|ful|less|able|ible|ic|ed|ly)$", re.IGNORECASE)
_PLAIN_COMPETENCIES = frozenset("conflict trust impact influence feedback judgment judgement grit focus speed scale "
                                "quality vision craft ambiguity strategy empathy delivery execution".split())


def named_company(name: str) -> str:
    """The company a story's name gives in brackets (``"Moving Billing to Queues (Initech)"`` -> ``"Initech"``):
    one capitalised word that does not read as a competency (no abstract noun's ending); ``""`` otherwise."""
    themes = named_competencies(name)
    if len(themes) != 1 or " " in themes[0] or "-" in themes[0] or not themes[0][:1].isupper():
        return ""
    word = themes[0]
    return "" if _ABSTRACT.search(word) or word.casefold() in _PLAIN_COMPETENCIES else word
