"""Markdown -> safe HTML for card fields.

python-markdown turns prose into HTML; nh3 then keeps only an explicit
allowlist: no scripts, no event handlers, no ``javascript:`` URLs and no
elements that load anything (images, frames, media, styles).
"""

from __future__ import annotations

import html
import re

import markdown
import nh3

from .errors import LeaderdeckError
from .fastmark import fast_block, fast_inline
from .mdlimits import markdown_problem
from .lazyre import lazy_re

ALLOWED_TAGS = frozenset({
    "p", "br", "hr", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark", "sub", "sup", "small",
    "code", "pre", "kbd", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "a", "abbr",
    "table", "thead", "tbody", "tr", "th", "td", "caption",
})
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
    "code": {"class"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
_PARAGRAPH = lazy_re(r"^<p>(.*)</p>$", re.DOTALL)
_EMPTY_PARAGRAPH = lazy_re(r"<p>\s*</p>")


def sanitize(fragment: str) -> str:
    """Keep only allowlisted, inert HTML."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        clean_content_tags={"script", "style"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


class Renderer:
    """One Markdown instance, reset between fields."""

    def __init__(self) -> None:
        self._markdown = markdown.Markdown(
            extensions=["sane_lists", "tables", "fenced_code"], output_format="html"
        )

    def block(self, text: str) -> str:
        """Prose field: paragraphs, lists, quotes, code."""
        if not text.strip():
            return ""
        fast = fast_block(text)
        if fast is not None:
            return fast
        problem = markdown_problem(text)
        if problem:  # the loader reports this with the field's line; text from elsewhere stops here
            raise LeaderdeckError(f"text {problem}")
        self._markdown.reset()
        return _EMPTY_PARAGRAPH.sub("", sanitize(self._markdown.convert(text))).strip()

    def inline(self, text: str) -> str:
        """A line of prose without its paragraph wrapper."""
        fast = fast_inline(text)
        if fast is not None:
            return fast
        rendered = self.block(text)
        match = _PARAGRAPH.match(rendered)
        if match and "<p>" not in match.group(1):
            return match.group(1)
        return rendered

    def items(self, items: tuple[str, ...], css_class: str = "") -> str:
        """A list field as ``<ul>``; empty when there are no items."""
        if not items:
            return ""
        attribute = f' class="{css_class}"' if css_class else ""
        body = "".join(f"<li>{self.inline(item)}</li>" for item in items)
        return f"<ul{attribute}>{body}</ul>"


def plain(text: str) -> str:
    """Text shown as-is (levels, topics, ids)."""
    return html.escape(text, quote=False)
