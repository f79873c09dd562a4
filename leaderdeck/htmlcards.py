"""The cards of a saved web page: a question opening each card, what its header says beside it, key/value rows.

A coaching page often lays its questions out as cards built of styled ``<div>``s and ``<span>``s, with no heading:
``<div class="card"><div class="head"><div class="q">Tell me about ...</div><div>Prioritisation · Framing</div>
<span class="tag">Scope</span><span class="chev">▼</span></div><div class="body">...</div></div>``. Turned into
Markdown as it is, the question is one more paragraph, a plain label line over questions (``What they're testing``)
reads as a new question, and the header's subtitle, badge and toggle open the answer. So, before conversion:

- a lone toggle glyph (``▼``, ``▶``...) is dropped: a control, not words;
- a row made of two inline elements with nothing between them, a short key then its text
  (``<span>S</span><span>The release slipped.</span>``), is written ``**S:** The release slipped.``: the key labels
  the text (laid out as two columns by the page's style, it would otherwise be glued to it, ``SThe release``);
- a card's question is made a heading. A card is an element one of several siblings of the same tag and class, or
  whose question shares a header element with other text; its question is its first text, a question standing
  alone (:func:`only_questions`), with more text in the card after it. In the header, a line of phrases joined by
  a middle dot (``Influence · Alignment``) is written as the card's competencies; other short texts there (a badge)
  are dropped;
- the page's own text after its last card (a closing checklist, a callout) is no card's: when it opens on a short
  title line (``Ready? Check yourself``), after icons with no letters (``✅``), that line is made a heading one level
  above the cards' (its header's badges and the icons dropped), so the last card ends where the page's text begins.

A list is never a card's header: a list whose first item asks is the body it opens.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from .importers.text import only_questions

if TYPE_CHECKING:  # BeautifulSoup is imported by htmlmd alone, which hands its pages to this module
    from .htmlmd import BeautifulSoup, Tag

_TOGGLES = frozenset("▼▲▶◀▸◂▾▴►◄▽△▿▹⌄⌃")
_INLINE = frozenset({"span", "strong", "b", "em", "i", "code", "label", "small"})
_LISTS = frozenset({"ul", "ol"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MAX_KEY_WORDS = 3
_MAX_KEY_CHARS = 24
_MIN_VALUE_WORDS = 2
_MAX_BADGE_WORDS = 3
_MAX_HEADER_WORDS = 20  # words beside the question in a card's header
_DOT = " · "
_CARD_HEADING = "h3"
_PAGE_HEADING = "h2"  # a title of the page's own after its cards: above theirs
_MAX_TITLE_WORDS = 12


def read_cards(soup: BeautifulSoup, content: Tag) -> None:
    """Rewrite ``content`` (a page parsed as ``soup``) as the module docstring says."""
    for tag in [t for t in content.find_all(True) if len(t.contents) == 1 and isinstance(t.contents[0], str)
                and t.contents[0].strip() in _TOGGLES]:
        tag.decompose()
    for tag in content.find_all(True):
        _key_row(soup, tag)
    cards = _cards(content)
    for card, question in cards:
        _head_card(soup, card, question)
    if cards:
        order = {id(tag): index for index, tag in enumerate(content.find_all(True))}
        _title_after(soup, max((card for card, _ in cards), key=lambda card: order.get(id(card), -1)))


def _title_after(soup: BeautifulSoup, last: Tag) -> None:
    """The first text after the ``last`` card made a heading above the cards' when it is a short title line, the
    icons before it and the badges beside it dropped (see the module)."""
    icons: list[Tag] = []
    for node in last.next_elements:
        if not isinstance(node, str) or getattr(node, "PREFIX", "") or not node.strip() or _within(node, last) \
                or node.parent is None:
            continue  # markup, a comment (``<!-- ... -->``), space, or the card's own text
        leaf = node.parent
        if leaf.find(True) is not None or leaf.name in _HEADINGS:
            return  # text beside markup, or a heading of the page's already
        text = " ".join(leaf.get_text().split())
        if not any(char.isalpha() for char in text):
            icons.append(leaf)
            continue
        if len(text.split()) > _MAX_TITLE_WORDS or text[-1] in ".!:;,":
            return
        section = next((parent for parent in leaf.parents if _header(parent, leaf) is not None), None)
        if section is not None:
            _head_card(soup, section, leaf, _PAGE_HEADING)
        else:
            heading = soup.new_tag(_PAGE_HEADING)
            heading.string = text
            leaf.replace_with(heading)
        for icon in icons:
            if icon.parent is not None:
                icon.decompose()
        return


def _key_row(soup: BeautifulSoup, tag: Tag) -> None:
    """``<span>S</span><span>text</span>`` -> ``<strong>S:</strong> <span>text</span>`` (see the module)."""
    children = [c for c in tag.children if not (isinstance(c, str) and not c.strip())]
    if len(children) != 2 or any(getattr(c, "name", None) not in _INLINE for c in children):
        return
    key, value = children
    if value.previous_sibling is not key or key.find(True) is not None or key.get_text()[-1:].isspace() \
            or value.get_text()[:1].isspace():
        return  # space between them, or a key with markup of its own: left as written
    name = " ".join(key.get_text().split())
    if not name or len(name) > _MAX_KEY_CHARS or len(name.split()) > _MAX_KEY_WORDS or name[-1] in ".?!)" \
            or len(value.get_text().split()) < _MIN_VALUE_WORDS:
        return
    label = soup.new_tag("strong")
    label.string = name if name.endswith((":", "：")) else f"{name}:"
    key.replace_with(label)
    label.insert_after(" ")


def _cards(content: Tag) -> list[tuple[Tag, Tag]]:
    """The elements of ``content`` that are cards, each with its question (see the module)."""
    found: list[tuple[Tag, Tag]] = []
    for parent in [content, *content.find_all(True)]:
        siblings: dict[tuple[str, tuple[str, ...]], list[Tag]] = defaultdict(list)
        for child in parent.find_all(True, recursive=False):
            if child.get("class"):
                siblings[(child.name, tuple(child.get("class")))].append(child)
        for group in siblings.values():
            for card in group:
                question = _question_of(card)
                if question is not None and (len(group) > 1 or _header(card, question) is not None):
                    found.append((card, question))
    cards = {id(card) for card, _ in found}
    held = Counter(id(parent) for card, _ in found for parent in card.parents if id(parent) in cards)
    wrappers = {key for key, count in held.items() if count > 1}  # around several cards: no card itself
    inner = {id(card) for card, _ in found if any(id(p) in cards and id(p) not in wrappers for p in card.parents)}
    return [(card, question) for card, question in found if id(card) not in wrappers | inner]


def _question_of(card: Tag) -> Tag | None:
    """The element holding ``card``'s first text when that text is a question with more text after it."""
    first = next((t for t in card.descendants if getattr(t, "name", None) is not None
                  and any(isinstance(c, str) and c.strip() for c in t.children)), None)
    if first is None or first.name in _HEADINGS or first.find(True) is not None:
        return None
    return first if _text_after(card, first) and only_questions(" ".join(first.get_text().split())) else None


def _text_after(card: Tag, first: Tag) -> bool:
    """``card`` holds text after its element ``first``."""
    for node in first.next_elements:
        if isinstance(node, str):
            if node.strip() and not _within(node, first):
                return _within(node, card)
        elif not _within(node, card):
            return False
    return False


def _within(node, element: Tag) -> bool:
    """``node`` is ``element`` or inside it (by identity: a tag's ``==`` compares markup)."""
    return node is element or any(parent is element for parent in node.parents)


def _header(card: Tag, question: Tag) -> Tag | None:
    """The child of ``card`` that holds its ``question`` and other text beside it, over a body (a card's header)."""
    children = card.find_all(True, recursive=False)
    index = next((i for i, child in enumerate(children) if _within(question, child)), None)
    if index is None or children[index] is question or not any(c.get_text().strip() for c in children[index + 1:]):
        return None  # the question alone, or no body after the element holding it: no header
    header = children[index]
    if header.name in _LISTS:
        return None  # a list's first item holds the question: the list is the body, not a header
    beside = len(header.get_text().split()) - len(question.get_text().split())
    return header if 0 < beside <= _MAX_HEADER_WORDS else None  # a subtitle and badges, not the card's body


def _head_card(soup: BeautifulSoup, card: Tag, question: Tag, level: str = _CARD_HEADING) -> None:
    """Make ``card``'s ``question`` a heading (``level``); its header's subtitle its competencies, its badges
    gone."""
    header = _header(card, question)
    heading = soup.new_tag(level)
    heading.string = " ".join(question.get_text().split())
    if header is None:
        question.replace_with(heading)
        return
    replacement = [heading]
    for leaf in [t for t in header.find_all(True) if t is not question and not t.find(True)]:
        text = " ".join(leaf.get_text().split())
        if _DOT in text:
            facts = soup.new_tag("p")
            label = soup.new_tag("strong")
            label.string = "Competencies:"
            facts.append(label)
            facts.append(" " + ", ".join(part.strip() for part in text.split(_DOT)))
            replacement.append(facts)
        elif text and len(text.split()) > _MAX_BADGE_WORDS:
            kept = soup.new_tag("p")
            kept.string = text
            replacement.append(kept)
    header.replace_with(*replacement)
