"""The front matter of a page holding one note: that note's tags, competencies, topic and story name.

A story bank kept as one file a story (Obsidian, Jekyll, Hugo) writes what the story is about in the file's front
matter and its question in the body:

    ---
    title: The contract tests
    tags: [conflict, influence]
    ---
    **Question:** Describe a conflict with a peer.
    **Situation:** ...

When the body gives exactly one note, the front matter speaks of it: its ``tags`` and ``competencies`` (or
``skills``) join the note's own, its ``topic`` is the note's topic when the body names none (a site's ``category``
is the page's section on the site, not read), and
its ``title`` names the story (a story's title, the memory hook on its card) when the story has no name of its own
and the title does not ask (a title that asks is the page's question: :mod:`.posedtitle`). A page of several notes
is left alone: its front matter speaks of the page.
"""

from __future__ import annotations

import dataclasses

from .base import ParseResult
from .blocks import Document
from .posedtitle import listed
from .text import clean_title, is_question
from ..model import Kind

_TITLE_WORDS = 12  # a story's name is short; a longer title is the page's description


def front_facts(doc: Document, result: ParseResult) -> ParseResult:
    """``result`` with its one note given what the front matter says of it (see the module docstring)."""
    if len(result.notes) != 1 or not doc.meta:
        return result
    (note,) = result.notes
    changes: dict = {}
    tags = [t for t in listed(doc.meta_value("tags")).split(", ") if t and t not in note.tags]
    if tags:
        changes["tags"] = (*note.tags, *tags)
    skills = [c for c in listed(doc.meta_value("competencies", "skills")).split(", ")
              if c and c not in note.competencies]
    if skills:
        changes["competencies"] = (*note.competencies, *skills)
    topic = listed(doc.meta_value("topic"), whole=False)  # a site's "category" is its section, not the note's topic
    if topic and not note.topic_labels:
        changes["topic_labels"] = (topic,)
    title = clean_title(doc.meta_value("title"))
    if note.kind is Kind.STAR and title and not note.body.title and not is_question(title) \
            and len(title.split()) <= _TITLE_WORDS and title.casefold() != note.body.question.casefold():
        changes["body"] = dataclasses.replace(note.body, title=title)
    if not changes:
        return result
    return dataclasses.replace(result, notes=(dataclasses.replace(note, **changes),))
