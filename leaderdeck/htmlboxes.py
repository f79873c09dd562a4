"""The coaching boxes of a saved web page: a labelled box after a story or an answer is its coaching, not its text.

A page sets its coaching apart in a box, a short label over the box's text:
``<div class="callout"><span class="label">Defensive frame</span><p>If asked ... — "..."</p></div>``. Turned into
Markdown as it is, the label is one more line and the box one more paragraph of the Result or answer above it. So,
before conversion, a box whose label names coaching is written under the label the Markdown reader knows for it:

- a label that warns (``Don't blame your manager``, ``Avoid``, ``Pitfall``, ``Red flag``) gives ``**Red flags:**``;
- a label saying why the answer works or what it shows (``Why this story works``, ``What it shows``), or what
  interviewers look for, gives ``**Signals:**``;
- a label naming advice on telling it (``Defensive frame``, ``Pro tip``, ``If pressed``, ``Strategy``) gives
  ``**Tips:**``; one naming follow-up questions gives ``**Follow-ups:**``.

A label that is more than that kind's name (``Defensive frame``, not ``Tip``) opens the box's first paragraph,
``Defensive frame: If asked ...``, so no word is lost. A box whose label names anything else (``Example``,
``My numbers``) is the writer's own content and is converted as it is. A box is an element (``div``, ``section``,
``blockquote``) whose first child is its label, a short text that does not ask (an inline element, or a block whose
class names a label or title, a bold paragraph or a small heading), and whose other children are blocks of text,
none of them another label (a run of labelled sections in one element is not a box).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .importers.labels import normalise, slot
from .lazyre import lazy_re

if TYPE_CHECKING:  # BeautifulSoup is imported by htmlmd alone, which hands its pages to this module
    from .htmlmd import BeautifulSoup, Tag

_BOXES = ("div", "section", "blockquote")
_INLINE_LABELS = frozenset({"span", "strong", "b", "em", "i", "label", "small", "mark"})
_BLOCK_LABELS = frozenset({"p", "div", "header", "h4", "h5", "h6"})
_BODY = frozenset({"p", "ul", "ol", "blockquote", "pre", "div", "table"})
_LABEL_CLASS = lazy_re(r"label|title|head|caption|name")
_MAX_LABEL_WORDS = 8
_MAX_LABEL_CHARS = 60

# What a box's label says of its text, by the label's words (first match wins).
_WARNS = lazy_re(r"^(?:don'?t|do not|never|avoid|beware|watch out|careful|caution|warning|red flags?|pitfalls?"
                 r"|traps?|common mistakes?|mistakes? to avoid|what not to)\b")
_SHOWS = lazy_re(r"^(?:why (?:this|it|that|the)(?: \w+)? (?:works|lands|is strong|stands out)"
                 r"|what (?:this|it|that|the)(?: \w+)? (?:shows|demonstrates|signals|proves))\b")
_ADVISES = lazy_re(r"\b(?:frame|framing|tips?|hints?|pointers?|advice|coach\w*|strategy|angle|pivot|positioning"
                   r"|if (?:asked|pressed|probed|challenged|pushed)|how to (?:tell|answer|frame|deliver|handle)"
                   r"|note to self|remember)\b")
_MARKDOWN_LABELS = {"redflags": "Red flags", "signals": "Signals", "tips": "Tips", "followups": "Follow-ups"}


def read_boxes(soup: BeautifulSoup, content: Tag) -> None:
    """Rewrite the coaching boxes of ``content`` (a page parsed as ``soup``) as the module docstring says."""
    for box in content.find_all(_BOXES):
        if box.parent is None:  # the label of a box rewritten already, taken out of the page
            continue
        found = _label_of(box)
        if found is None:
            continue
        label, text = found
        kind = box_kind(text)
        if kind is not None:
            _rewrite(soup, box, label, text, kind)


def box_kind(label: str) -> str | None:
    """The coaching a box's label names (``redflags``, ``signals``, ``tips``, ``followups``), or ``None``."""
    text = normalise(label)
    if not text or label.rstrip().endswith(("?", "？")):
        return None
    named = slot(text)
    if named in _MARKDOWN_LABELS:
        return named
    if _WARNS.match(text):
        return "redflags"
    if _SHOWS.match(text):
        return "signals"
    return "tips" if named is None and _ADVISES.search(text) else None


def _label_of(box: Tag) -> tuple[Tag, str] | None:
    """The label opening ``box`` and its text, when the rest of the box is blocks of text (see the module)."""
    children = [c for c in box.children if not (isinstance(c, str) and not c.strip())]
    if len(children) < 2 or isinstance(children[0], str):
        return None
    first, rest = children[0], children[1:]
    if any(isinstance(c, str) or c.name not in _BODY or not c.get_text().strip() for c in rest):
        return None
    if any(_another_label(c, first) for c in rest):
        return None  # labelled sections one after another ("What they test", then "Your answer"): not one box
    text = " ".join(first.get_text(" ").split())
    if not text or len(text) > _MAX_LABEL_CHARS or len(text.split()) > _MAX_LABEL_WORDS:
        return None
    if first.name in _INLINE_LABELS:
        return first, text
    if first.name in _BLOCK_LABELS and not first.find(_BODY) and _names_label(first):
        return first, text
    return None


def _another_label(block: Tag, label: Tag) -> bool:
    """Whether ``block``, after a box's label, labels a part of its own: the label's tag and class again, or a
    block whose class names a label or title."""
    classes = " ".join(block.get("class") or [])
    return (block.name, classes) == (label.name, " ".join(label.get("class") or [])) \
        or bool(_LABEL_CLASS.search(classes))


def _names_label(block: Tag) -> bool:
    """A block that is a box's label: a small heading, a class naming a label or title, or wholly bold."""
    if block.name in ("h4", "h5", "h6") or _LABEL_CLASS.search(" ".join(block.get("class") or [])):
        return True
    parts = [c for c in block.children if not (isinstance(c, str) and not c.strip())]
    return len(parts) == 1 and getattr(parts[0], "name", None) in ("strong", "b")


def _rewrite(soup: BeautifulSoup, box: Tag, label: Tag, text: str, kind: str) -> None:
    """``box`` as ``**Tips:**`` (or its kind's label) over its text, the label's own words opening it."""
    label.extract()
    heading = soup.new_tag("p")
    strong = soup.new_tag("strong")
    strong.string = f"{_MARKDOWN_LABELS[kind]}:"
    heading.append(strong)
    blocks = [c for c in box.children if not isinstance(c, str)]
    first = blocks[0]
    if slot(text) != kind and first.name == "p":
        first.insert(0, f"{text.rstrip(':：')}: ")
    box.replace_with(heading, *[b.extract() for b in blocks])
