"""The fast path renders its subset exactly as python-markdown + the sanitiser do."""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import STARTER
from leaderdeck.fastmark import fast_block, fast_inline
from leaderdeck.loader import find_sources, load_sources
from leaderdeck.render import sanitize

_MARKDOWN = markdown.Markdown(extensions=["sane_lists", "tables", "fenced_code"], output_format="html")


def slow_block(text: str) -> str:
    _MARKDOWN.reset()
    return sanitize(_MARKDOWN.convert(text)).strip()


def slow_inline(text: str) -> str:
    html = slow_block(text)
    if html.startswith("<p>") and html.endswith("</p>") and "<p>" not in html[3:-4]:
        return html[3:-4]
    return html


PIECES = ["- ", "\n", "\n\n", "  ", "    ", "**", "*", "word", "I led", "1.", "2)", "=", "---", "&", "&amp;", "<b>",
          "R&D", "'", '"', "5%", "$3M", "é", "—", "x**y**z", " ", ">", "#", "_", "`", "\t", "+ ", "***", "a:b"]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=25).map("".join)


@settings(max_examples=3000, deadline=None)
@given(text=texts)
def test_fast_block_matches_python_markdown(text):
    fast = fast_block(text.strip())
    if fast is not None and text.strip():
        assert fast == slow_block(text.strip())


@settings(max_examples=2000, deadline=None)
@given(text=texts)
def test_fast_inline_matches_python_markdown(text):
    fast = fast_inline(text.strip())
    if fast is not None and text.strip():
        assert fast == slow_inline(text.strip())


def test_corpus_renders_the_same_both_ways(taxonomy):
    fields = []
    for note in load_sources(find_sources([STARTER]), taxonomy):
        body = note.body
        fields += [getattr(body, name) for name in ("situation", "task", "action", "result", "learning", "answer")
                   if getattr(body, name, "")]
    taken = [text for text in fields if fast_block(text) is not None]
    assert len(taken) > 0.9 * len(fields)
    assert [fast_block(text) for text in taken] == [slow_block(text) for text in taken]


def test_typical_fields():
    assert fast_block("- **Decide:** I rolled back\n  because it was safe.\n- **Talk:** I wrote updates.") == (
        "<ul>\n<li><strong>Decide:</strong> I rolled back\n  because it was safe.</li>\n"
        "<li><strong>Talk:</strong> I wrote updates.</li>\n</ul>")
    assert fast_block("Cost fell 30% & R&D grew.\n\nSecond paragraph.") == (
        "<p>Cost fell 30% &amp; R&amp;D grew.</p>\n<p>Second paragraph.</p>")
    for outside in ("a _b_ c", "see [x](y)", "`code`", "# Title", "> quote", "a *b* c", "- a\n\n- b", "x  \ny"):
        assert fast_block(outside) is None, outside
