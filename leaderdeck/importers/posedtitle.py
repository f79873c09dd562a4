"""A page whose question is given only in its front matter (``title: "Tell me about a time ..."``).

Site generators keep a page's title in its front matter and never repeat it in
the body; a coaching page then holds its story and coaching under headings such
as "How to structure your answer", with no question of its own. When the front
matter's ``question`` or ``title`` asks, and the body gives at most one note and
that note has no question of its own (a story standing under its own name, or
STAR parts under nothing, their Situation's opening standing in), the
front-matter text is the question the whole body answers: the body is read
again under it, as if it were the page's top heading. A title that quotes the
question it coaches (``How to Answer "Tell Me About Yourself"``, ``The 'Tell me
about yourself' interview question``) gives the question it quotes. A title that
neither asks nor quotes a question ("My notes") changes nothing. The front matter's ``tags`` (and ``competencies``
or ``skills``), a flow list (``[conflict, data]``) or a block list, are then that question's, as a ``Tags:`` line
right under it would be, and so is its ``topic`` or ``category`` (one name; one that is no topic of the taxonomy is
reported as such).
"""

from __future__ import annotations

from .base import ParseResult
from .blocks import Block, Document, HEADING, PARAGRAPH
from .listnames import list_names
from .outline import Node
from .text import is_criterion, is_question, quoted_question
from .unnamed import STAND_IN

_KEYS = ("question", "title")
# the label each key's list is read under; a topic is one name (the first of a list)
_FACTS = (("Topic", ("topic", "category")), ("Tags", ("tags",)), ("Competencies", ("competencies", "skills")))


def posed_question(doc: Document, result: ParseResult) -> Block | None:
    """The front matter's question as a heading over the whole body, when the body asks none of its own."""
    key, text, _ = _front_question(doc)
    if not text or not is_question(text) or is_criterion(text):
        return None
    if len(result.notes) > 1 or any(not note.untitled and STAND_IN not in note.reasons for note in result.notes):
        return None
    line = doc.meta_line(key)
    return Block(HEADING, line, line, text.strip(), level=1)


def quoted_title(doc: Document) -> bool:
    """The front matter's question is one its title quotes (``How to Answer "Tell Me About Yourself"``) or names
    (:func:`_named_in`): a page coaching that question."""
    return _front_question(doc)[2]


def _front_question(doc: Document) -> tuple[str, str, bool]:
    """``(key, text, quoted)``: the front matter's ``question`` (else its ``title``), its text, and whether that text
    quotes or names the question it coaches, then given in its place (``How to Answer "Tell Me About Yourself"``:
    the quoted words)."""
    key = next((k for k in _KEYS if doc.meta_value(k)), "")
    text = doc.meta_value(key) if key else ""
    quoted = (quoted_question(text) or _named_in(text, doc)) if text else ""
    return (key, quoted, True) if quoted else (key, text, False)


_OPENING = 6  # blocks of the body looked at for the question its title names


def _named_in(title: str, doc: Document) -> str:
    """The question a title names in its own words, unquoted and asking nothing (``Answering the Why Should We
    Hire You interview question``), when the body's opening paragraphs quote it (``The question "Why should we
    hire you?" is ...``); ``""`` otherwise."""
    if is_question(title) or '"' in title or "“" in title:
        return ""
    words = _words(title)
    for block in doc.blocks[:_OPENING]:
        if block.kind is PARAGRAPH and ('"' in block.text or "“" in block.text) \
                and (asked := quoted_question(block.text)) and f" {_words(asked)} " in f" {words} ":
            return asked
    return ""


def _words(text: str) -> str:
    """``text``'s words in lower case, without punctuation: a title and a quoted question compared."""
    return " ".join("".join(ch if ch.isalnum() or ch == "'" else " " for ch in text.casefold()).split())


def under(question: Block, tree: Node, doc: Document) -> Node:
    """``tree`` (a document's outline) with everything in it under ``question``, the front matter's tags and
    competencies first."""
    facts = [Block(PARAGRAPH, doc.meta_line(*keys), doc.meta_line(*keys), f"{label}: {names}", lead=label,
                   rest=names) for label, keys in _FACTS
             if (names := listed(doc.meta_value(*keys), whole=label != "Topic"))]
    return Node(None, 0, children=[Node(question, question.level, [*facts, *tree.body], tree.children)])


def listed(value: str, whole: bool = True) -> str:
    """A front-matter list as a line of names: ``[conflict, "data"]`` as ``conflict, data``; not ``whole``: its
    first name."""
    names = [n for n in (name.strip().strip("'\"") for name in list_names(value.strip().removeprefix("[")
                                                                         .removesuffix("]"))) if n]
    return ", ".join(names) if whole else next(iter(names), "")
