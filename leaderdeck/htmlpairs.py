"""A heading of a saved web page that quotes two questions or more: each is a question of its own.

A page may put related questions under one heading, each in quotes, joined by a slash:
``<h2>"Why this company?" / "Why are you leaving?" (HR round)</h2>``. Read as it is, the heading is one question,
quotes and slash kept, and the second question is lost. So, before conversion, such a heading is split by the
structure of its section:

- when the section holds one sub-heading (one level down) for each question, in the questions' order, each sharing
  words with its own question more than with the others (``<h3>Why this company</h3>``, ``<h3>Why leaving</h3>``),
  the sections pair up: each sub-heading becomes its question's heading, at the level of the heading, so each
  question is answered by its own sub-section;
- otherwise the first question is the heading's question and the others its variants, written as an
  ``**Also asked as:**`` list at the end of its section.

The quotes go; a remark after the last quote (``(HR round)``) stays after each question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazyre import lazy_re

if TYPE_CHECKING:  # BeautifulSoup is imported by htmlmd alone, which hands its pages to this module
    from .htmlmd import BeautifulSoup, Tag

_HEADINGS = ("h1", "h2", "h3", "h4", "h5")
_QUOTED = r"[\"“”]([^\"“”]{3,}?[?？])[\"“”]"
_JOINED = lazy_re(rf"^\s*{_QUOTED}(?:\s*/\s*{_QUOTED})+(?P<remark>\s*[(\[][^()\[\]]*[)\]])?\s*$")
_QUESTION = lazy_re(_QUOTED)
_WORD = lazy_re(r"[^\W\d_]{3,}")
_COMMON = frozenset({"why", "what", "how", "are", "you", "your", "the", "this", "that", "did", "does", "was",
                     "were", "tell", "about", "time", "when", "who", "which", "would", "have", "has", "for", "and"})


def split_questions(soup: BeautifulSoup, content: Tag) -> None:
    """Rewrite each heading of ``content`` that quotes several questions, as the module docstring says."""
    for heading in content.find_all(_HEADINGS):
        text = " ".join(heading.get_text(" ").split())
        match = _JOINED.match(text)
        if match is None:
            continue
        questions = [q.strip() for q in _QUESTION.findall(text)]
        remark = match.group("remark") or ""
        section = _section(heading)
        subheadings = [t for t in section if t.name == _level_below(heading.name)]
        level = heading.name
        _retitle(heading, questions[0] + remark)
        if _pair(questions, [" ".join(s.get_text(" ").split()) for s in subheadings]):
            subheadings[0].decompose()
            for subheading, question in zip(subheadings[1:], questions[1:]):
                subheading.name = level
                _retitle(subheading, question + remark)
        else:
            _add_variants(soup, section[-1] if section else heading, questions[1:])


def _section(heading: Tag) -> list[Tag]:
    """The elements after ``heading`` up to the next heading of its level or above."""
    found: list[Tag] = []
    for sibling in heading.find_next_siblings(True):
        if sibling.name in _HEADINGS and sibling.name <= heading.name:
            break
        found.append(sibling)
    return found


def _level_below(name: str) -> str:
    return f"h{int(name[1]) + 1}"


def _retitle(heading: Tag, text: str) -> None:
    heading.clear()
    heading.append(text)


def _words(text: str) -> set[str]:
    return {w for w in (m.casefold() for m in _WORD.findall(text)) if w not in _COMMON}


def _pair(questions: list[str], titles: list[str]) -> bool:
    """Whether the sub-headings ``titles`` answer ``questions`` one each, in order (see the module)."""
    if len(titles) != len(questions):
        return False
    asked = [_words(q) for q in questions]
    for index, title in enumerate(titles):
        shared = [len(_words(title) & words) for words in asked]
        if shared[index] == 0 or any(n >= shared[index] for i, n in enumerate(shared) if i != index):
            return False
    return True


def _add_variants(soup: BeautifulSoup, last: Tag, variants: list[str]) -> None:
    """``**Also asked as:**`` over the list of ``variants``, after ``last``."""
    label = soup.new_tag("p")
    strong = soup.new_tag("strong")
    strong.string = "Also asked as:"
    label.append(strong)
    items = soup.new_tag("ul")
    for variant in variants:
        item = soup.new_tag("li")
        item.string = variant
        items.append(item)
    last.insert_after(label)
    label.insert_after(items)

