"""A spreadsheet's header row -> the note field each column holds.

A header is read by its letters, whatever separates its words ("Ideal Answer", "ideal_answer", "IdealAnswer",
"answer_text"), then, when no column name matches, in the words documents use for labels (:func:`labels.slot`:
"Red Flags to Avoid", "Expected concepts", "What they look for"). ``--columns FIELD=HEADER`` comes first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .labels import slot
from .text import is_question
from ..lazyre import lazy_re

_HEADER_WORDS = lazy_re(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # "question_text", "QuestionText", "Question-Text"
_NAMES = {
    "question": "question questions prompt name front interviewquestion questionpattern samplequestion"
                " examplequestion typicalquestion",
    "answer": "answer idealanswer response shortanswer modelanswer sampleanswer back suggestedanswer",
    "situation": "situation", "task": "task", "action": "action actions", "result": "result results outcome",
    "learning": "learning learnings reflection lessonslearned lesson",
    "topic": "topic category theme area focusarea", "level": "level seniority",
    "role": "role roles jobtitle jobrole position targetrole",
    "tags": "tags keywords labels",
    "competencies": "competencies competency traits skills principle leadershipprinciple",
    "tips": "tips guideline guidelines guidance hints hint advice notes"
            " answeroutline answerstructure answerframework howtoanswer",  # how to shape a row's answer
    "redflags": "redflags redflag",
    "signals": "signals lookfor whattheylookfor whatinterviewerslookfor", "title": "title story storytitle",
    "variants": "variants variations alsoaskedas", "company": "company companies employer",
    "followups": "followups followup followupquestions probes",
    # a sheet of scenarios: each row's name (or scene), its challenges and what to discuss (:mod:`.scenerows`)
    "scenario": "scenario case casestudy", "challenges": "challenges challenge constraints complications",
    "discussion": "discussion discussionpoints talkingpoints pointstodiscuss",
}
FIELDS = tuple(_NAMES)
_POSSESSIVES = frozenset({"your", "my", "our"})
_MANY = frozenset({"tips", "signals", "redflags", "competencies", "tags", "followups"})  # several columns may hold them
_ASKED_HEADERS = frozenset({"question", "questions", "interviewquestion", "prompt"})
_NAMING_HEADERS = frozenset({"name"})  # a column read as the question unless another column holds it
ROLE_COLUMN = "a Role column"  # a row's job title: its level when it names a band, else only a tag
_BY_HEADER = {name: field for field, names in _NAMES.items() for name in names.split()}
_FIELD_MAP = {"Question": "question", "Answer": "answer", "Situation": "situation", "Task": "task",
              "Action": "action", "Result": "result", "Learning": "learning", "Topic": "topic", "Level": "level",
              "Competencies": "competencies", "Coach Tips": "tips", "Coach Signals": "signals"}


@dataclass(frozen=True, slots=True)
class Columns:
    """``--columns`` (field -> header) and ``--keep-columns``."""

    mapping: tuple[tuple[str, str], ...] = ()
    keep_unknown: bool = False

    @classmethod
    def parse(cls, spec: str, keep_unknown: bool = False) -> "Columns":
        """``"question=Name,answer=Response"``; a ``ValueError`` names what is wrong."""
        pairs = []
        for part in filter(None, (p.strip() for p in spec.split(","))):
            field, _, header = part.partition("=")
            if field.strip() not in FIELDS or not header.strip():
                raise ValueError(f"'{part}' is not FIELD=HEADER with FIELD one of: {', '.join(FIELDS)}")
            pairs.append((field.strip(), header.strip()))
        return cls(tuple(pairs), keep_unknown)


def header_mapping(header: list[str], columns: Columns = Columns()) -> tuple[dict[int, str], list[str]]:
    """Column index -> field for the headers it knows (``--columns`` first), and the headers it does not."""
    by_name = {h.casefold(): i for i, h in enumerate(header) if h}
    mapping: dict[int, str] = {by_name[name.casefold()]: field for field, name in columns.mapping
                               if name.casefold() in by_name}
    keys = [_header_key(name) for name in header]
    asked = any(key in _ASKED_HEADERS for key in keys)  # "Question" beside "Name": the name names the row
    letters = _star_letters(keys)
    kinds = [_kind_of_question(name) for name in header]
    kinds = kinds if kinds.count("question") == 1 else [None] * len(header)  # "Failure Question | Weakness ...": two
    for index, name in enumerate(header):  # kinds of question compared, not a column of them
        key = _FIELD_MAP.get(name) or _BY_HEADER.get(keys[index]) or _labelled(name) or kinds[index] \
            or _kind_of_answer(name) or ("tips" if asking_header(name) else None) \
            or ("signals" if answer_keywords(name) else None)
        if key == "question" and _PERIOD.match(name.strip()):
            key = None  # "Metric | Q1 | Q2": a quarter's figures, not its question
        if key in ("question", "title") and _NUMBERING.match(name.strip(" *_")):
            key = None  # "Q#", "Question No.", "Story #": each row's number, not its question or its story's name
        if key == "question" and asked and keys[index] in _NAMING_HEADERS:
            key = "title"  # "Name,Question,Situation,...": each row's story named, its question in its own column
        if key == "answer" and letters and keys[index] == "a":
            key = "action"  # "S,T,A,R": the story's letters, "A" its Action
        if index not in mapping and key and (key in _MANY or key not in mapping.values()):
            mapping[index] = key
    _scene_columns(keys, mapping)
    unknown = [h for i, h in enumerate(header) if h and i not in mapping and not h.startswith("#")]
    return mapping, unknown


_SCENE_KEYS = frozenset({"context", "background", "setting"})


def _scene_columns(keys: list[str], mapping: dict[int, str]) -> None:
    """A ``Context`` (or ``Background``) column beside a scenario's name or a story's told parts: each row's
    situation (a scenario's scene; CAR's Context), when no column holds the situation already."""
    fields = set(mapping.values())
    if "situation" in fields or not ("scenario" in fields or fields & {"action", "result"}):
        return
    told = bool(fields & {"action", "result"})  # a story's sheet: its "Context" is the story's, no scenario's
    index = next((i for i, key in enumerate(keys) if key in _SCENE_KEYS
                  and (i not in mapping or told and mapping[i] == "scenario")), None)
    if index is not None:
        mapping[index] = "situation"


_NUMBERING = lazy_re(r"^(?:q|question|story|scenario|case|prompt)\s*(?:#|no\.?|nr\.?|num(?:ber)?|n°)$", re.IGNORECASE)


# "Q1", "Q3 2025", "Q2'24", "Q4/FY25": a quarter named in a table of figures
_PERIOD = lazy_re(r"^Q[1-4](?:\s*['/-]?\s*(?:FY\s?)?\d{2,4})?$", re.IGNORECASE)


def _star_letters(keys: list[str]) -> bool:
    """Whether a header names a story's parts by their letters: ``S``, ``T`` and ``R`` columns (two at least)."""
    return sum(1 for key in keys if key in ("s", "t", "r")) >= 2


# "Behavioral question", "Interview Questions", "Main prompt": a question column named by its kind; not the
# questions that follow one up or that the candidate asks ("Follow-up questions", "Questions to ask them"), nor
# the kinds of question a story fits beside its name ("Story | Applicable Questions": "leadership, pressure")
_KIND_OF_QUESTION = lazy_re(r"^(?!(?:follow|followup|followups|clarifying|probing|reverse|probe|my|your"
                            r"|applicable|relevant|suitable|matching|answerable)\b)"
                            r"(?:[a-z][a-z-]*\s+){1,2}(?:question|questions|prompt)$")


def _kind_of_question(header: str) -> str | None:
    """``question`` for a header naming a question column by its kind (see :data:`_KIND_OF_QUESTION`)."""
    words = " ".join(w.casefold() for w in _HEADER_WORDS.findall(header))
    return "question" if words.endswith(("question", "questions", "prompt")) and _KIND_OF_QUESTION.match(words) \
        else None


# "My STAR answer", "Full answer", "Draft response": an answer column named by its kind; not an answer to avoid
_KIND_OF_ANSWER = lazy_re(r"^(?!.*\b(?:bad|weak|poor|wrong|avoid|question|questions)\b)"
                          r"(?:[a-z][a-z-]*\s+){1,2}(?:answer|answers|response)$")


def _kind_of_answer(header: str) -> str | None:
    """``answer`` for a header naming an answer column by its kind (see :data:`_KIND_OF_ANSWER`)."""
    words = " ".join(w.casefold() for w in _HEADER_WORDS.findall(header))
    return "answer" if words.endswith(("answer", "answers", "response")) and _KIND_OF_ANSWER.match(words) else None


# "expected_keywords", "Ideal Answer Keywords", "answerKeywords", "keywords to mention": the words a good answer
# uses, not the row's own tags (a bare "Keywords" column stays its tags)
_ANSWER_KEYWORDS = lazy_re(r"^(?:(?:expected|ideal|model|sample|answer|key)\s+){1,2}key\s*words?$"
                           r"|^key\s*words?\s+(?:to|they|we|interviewers?)\b.*$")


def answer_keywords(header: str) -> bool:
    """Whether a header names the key words an answer is expected to use (see :data:`_ANSWER_KEYWORDS`): a sheet
    from an interview-practice tool that scores an answer by them. Each row's cell is read as one signal."""
    words = " ".join(w.casefold() for w in _HEADER_WORDS.findall(header))
    return "key" in words and bool(_ANSWER_KEYWORDS.match(words))


def asking_header(header: str) -> bool:
    """A header that asks a question of every row ("What would you do?"): its cells answer it, each kept as a tip
    under the question; a scenario's row with no prompt of its own is put that question."""
    text = header.strip()
    return text.endswith(("?", "？")) and is_question(text)


def named_by_label(header: str) -> bool:
    """Whether a header was read in the words of a label ("Metrics to Mention"), not as a column's name ("Notes"):
    a tip from it keeps the header, which says what the tip is."""
    return not (_FIELD_MAP.get(header) or _BY_HEADER.get(_header_key(header)))


def _header_key(header: str) -> str:
    """A header's letters, whatever separates its words, without a trailing "text" or a leading "your", "my" or
    "our": "Question_Text" -> "question", "Your Story" -> "story"."""
    words = [w.casefold() for w in _HEADER_WORDS.findall(header)]
    if len(words) > 1 and words[-1] == "text":
        words.pop()
    if len(words) > 1 and words[0] in _POSSESSIVES:  # "Your Story", "My_Answer": the column's own name after it
        words.pop(0)
    return "".join(words)


def _labelled(header: str) -> str | None:
    """The field a header names in the words documents use for labels ("My answer", "What they look for",
    "Red Flags to Avoid"), its words separated however the header separates them ("Expected_Concepts")."""
    if not header or header.startswith("#"):
        return None
    spaced = " ".join(_HEADER_WORDS.findall(header))
    found = slot(header) or (slot(spaced) if spaced else None)
    if found == "followups":
        return "tips"  # "Follow-ups", "Probes": the interviewer's next questions, kept as tips under the header's name
    return found if found in _NAMES else None
