"""A page's own FAQ: questions its readers ask about the page, not questions of an interview.

A README or article often closes with ``## FAQ`` (``Frequently asked questions``): ``**Can I translate this?**
Yes, ...``, ``### Is this list enough to pass?``. Such a section, outside any question, whose questions put
nothing to "you" (an interview's questions are put to the one asked: "How do you ...?", "Tell me about your ..."),
is the page's own: reported as a whole, never notes.
"""

from __future__ import annotations

from .blocks import HEADING, ITEM, PARAGRAPH
from .outline import Node
from .text import clean_title, plain_words
from .voice import to_you
from ..lazyre import lazy_re

PAGE_FAQ = "the page's questions from its readers, not interview questions"
_FAQ = lazy_re(r"^(?:faqs?|f\.a\.q\.?|frequently asked questions|(?:common|reader|readers') questions)$")
_ASKED = 200  # a question is looked for in the opening characters of a block


def page_faq(node: Node) -> bool:
    """Whether ``node`` is headed as a FAQ and holds questions, none of them put to "you" (see the module)."""
    if node.head is None or not _FAQ.match(" ".join(plain_words(clean_title(node.head.text)).casefold().split())):
        return False
    asked = [question for block in node.blocks() if (question := _question(block))]
    return bool(asked) and not any(to_you(question) for question in asked)


def _question(block) -> str:
    """The question a heading, paragraph or list item opens with (up to its first question mark), else ``""``."""
    if block.kind not in (HEADING, PARAGRAPH, ITEM):
        return ""
    head = block.text[:_ASKED]
    mark = head.find("?")
    return plain_words(head[:mark + 1]) if mark > 0 else ""
