"""HTML -> Markdown (leaderdeck.htmlmd): rendering the Markdown again gives the same HTML."""

from __future__ import annotations

import re

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import STARTER
from leaderdeck.htmlmd import html_to_markdown
from leaderdeck.render import Renderer

RENDERER = Renderer()

# Words with the characters Markdown gives meaning to, so escaping is exercised.
WORD = st.one_of(
    # a literal asterisk or underscore is written escaped: a bare one between emphasis makes python-markdown
    # itself write broken HTML ("<em> </em>", leaked placeholders) that no Markdown renders to
    st.sampled_from(["team", "plan", "Q3", "ship", "a", "I", "we", "12", "3.", "4)", "#", "-", "+", "\\*", "\\_", "`",
                     "[x]", "(y)", "a < b", "x > y", "&", "&amp;", "a_b", "2\\*3", ">", "|", "\\", "~~", "=", "!", "{", "}",
                     "'", '"', ":", "http://example.com", "é", "🚀", "x\u00a0y"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="*_"),
            min_size=1, max_size=6),
)
SAFE = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
INLINE = st.lists(
    st.one_of(
        WORD,
        # emphasis around words without Markdown's own marks: python-markdown garbles "**2*3**" by itself
        SAFE.map(lambda w: f"**{w}**"),
        SAFE.map(lambda w: f"*{w}*"),
        WORD.map(lambda w: f"`{w}`"),
        WORD.map(lambda w: f"[{w}](https://example.com/{len(w)})"),
        SAFE.map(lambda w: f"<u>{w}</u>"),
        SAFE.map(lambda w: f"<kbd>{w}</kbd>"),
    ),
    min_size=1, max_size=8,
).map(" ".join)
PARAGRAPH = st.lists(INLINE, min_size=1, max_size=3).map("\n".join)


@st.composite
def lists(draw, depth: int = 0) -> str:
    ordered = draw(st.booleans())
    loose = draw(st.booleans())
    items = draw(st.lists(INLINE, min_size=1, max_size=4))
    pad = " " * (4 * depth)
    lines = []
    for number, item in enumerate(items, start=draw(st.integers(1, 3)) if ordered else 1):
        marker = f"{number}." if ordered else draw(st.sampled_from(["-", "*", "+"]))
        lines.append(f"{pad}{marker} {item}")
        if depth < 2 and draw(st.integers(0, 4)) == 0:
            lines.append(draw(lists(depth + 1)))
    return ("\n\n" if loose else "\n").join(lines)


BLOCK = st.one_of(
    PARAGRAPH,
    lists(),
    st.tuples(st.integers(1, 6), INLINE).map(lambda t: "#" * t[0] + " " + t[1]),
    PARAGRAPH.map(lambda p: "\n".join("> " + line for line in p.split("\n"))),
    st.tuples(st.sampled_from(["", "python", "yaml"]), st.text(max_size=40)).map(
        lambda t: f"```{t[0]}\n{t[1].replace('```', '')}\n```"),
    st.lists(st.tuples(WORD, WORD), min_size=1, max_size=3).map(
        lambda rows: "| a | b |\n|---|---|\n" + "\n".join(f"| {x} | {y} |" for x, y in rows)),
    st.just("---"),
    INLINE.map(lambda s: s + "  \nnext line"),
)
DOCUMENT = st.lists(BLOCK, min_size=1, max_size=5).map("\n\n".join)


# A line break between a closing block tag and the next tag changes nothing on the card: raw HTML in a field
# (`0<p>0`) renders as `<p>0</p><p>0</p>`, its Markdown again as `<p>0</p>\n<p>0</p>`.
_AFTER_BLOCK = re.compile(r"(</(?:p|h[1-6]|ul|ol|li|blockquote|pre|table|div)>|<hr ?/?>)\n(?=<)")


def _blocks(html: str) -> str:
    return _AFTER_BLOCK.sub(r"\1", html)


def round_trips(markdown: str) -> None:
    rendered = RENDERER.block(markdown)
    assert _blocks(RENDERER.block(html_to_markdown(rendered))) == _blocks(rendered)
    inline = RENDERER.inline(markdown)
    assert _blocks(RENDERER.inline(html_to_markdown(inline))) == _blocks(inline)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT)
def test_rendering_the_markdown_again_gives_the_same_html(markdown):
    round_trips(markdown)


# What a source file can hold: YAML reads no control characters but line breaks and tabs.
YAML_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="\n\t"),
                    max_size=200)


@settings(max_examples=150, deadline=None)
@given(YAML_TEXT)
@example("0<P>0")  # raw HTML that opens a paragraph mid-line: the same blocks, a line break between them
@example(".HTM")  # text that looks like a file name or a URL: Beautiful Soup warns about it
@example("notes.txt")
@example("https://example.com/story")
def test_arbitrary_text_round_trips(text):
    round_trips(text)


def _corpus_texts():
    for path in sorted((STARTER).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        yield from _strings(data)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_every_text_of_the_starter_corpus_round_trips_as_markdown():
    texts = list(_corpus_texts())
    assert len(texts) > 1000
    for text in texts:
        round_trips(text)
        converted = html_to_markdown(RENDERER.block(text))
        assert not re.search(r"<(p|ul|ol|li|pre|blockquote|table|h[1-6])\b", converted), (text, converted)


@pytest.mark.parametrize(("markup", "markdown"), [
    ("<p>We shipped <strong>two</strong> weeks <em>early</em>.</p>", "We shipped **two** weeks *early*."),
    ("<ul>\n<li>Situation</li>\n<li>Task</li>\n</ul>", "-   Situation\n-   Task"),
    ("<ol start=\"3\">\n<li>one</li>\n<li>two</li>\n</ol>", "3.  one\n4.  two"),
    ("<h3>Result</h3>\n<p>Done.</p>", "### Result\n\nDone."),
    ("<pre><code class=\"language-yaml\">a: 1\n</code></pre>", "```yaml\na: 1\n```"),
    ("<p>Use <code>make test</code> &amp; relax</p>", "Use `make test` & relax"),
    ("<p>2 * 3 and a_b</p>", "2 \\* 3 and a\\_b"),
    ("<p>a <u>marked</u> word</p>", "a <u>marked</u> word"),
    ("<blockquote>\n<p>said so</p>\n</blockquote>", "> said so"),
    ("<p><a href=\"https://example.com\" rel=\"noopener noreferrer nofollow\">site</a></p>",
     "[site](https://example.com)"),
    ("Tell me about <strong>a time</strong>", "Tell me about **a time**"),
    ("", ""),
])
def test_known_html_reads_as_plain_markdown(markup, markdown):
    assert html_to_markdown(markup) == markdown


def test_html_not_from_the_renderer_still_becomes_markdown():
    assert html_to_markdown("<div>one</div><div>two<br>three</div>") == "one\n\ntwo  \nthree"
