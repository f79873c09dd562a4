"""Markdown -> safe HTML for card fields, and the STAR speaking-time estimate."""

from __future__ import annotations

import unicodedata
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.speech import speaking_time
from leaderdeck.model import StarBody
from leaderdeck.render import Renderer, plain, sanitize

RENDERER = Renderer()  # one instance, as the builder uses it: state must not leak between fields
REL = 'rel="noopener noreferrer nofollow"'

FORBIDDEN_TAGS = frozenset({"script", "style", "iframe", "img", "object", "embed", "frame", "frameset", "svg",
                            "math", "form", "input", "button", "link", "meta", "base", "video", "audio", "source"})
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "srcset", "poster"})
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")


# --- what the safety properties mean --------------------------------------------------------------


class _StartTags(HTMLParser):
    """Every start tag with its attributes, as a browser-like tokenizer reads them (entities decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def _squeeze(url: str) -> str:
    text = url.strip().lower()
    return "".join(ch for ch in text if not (ch.isspace() or unicodedata.category(ch) in {"Cc", "Cf"}))


def unsafe_parts(html: str) -> list[str]:
    """Everything in ``html`` that could run script or load something; empty when the HTML is inert."""
    parser = _StartTags()
    parser.feed(html)
    parser.close()
    found = []
    for tag, attrs in parser.tags:
        if tag in FORBIDDEN_TAGS:
            found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                found.append(f"<{tag} {name}=...>")
            if name in URL_ATTRIBUTES and value is not None and _squeeze(value).startswith(BAD_SCHEMES):
                found.append(f"<{tag} {name}={value!r}>")
            if name in {"style", "srcdoc"}:
                found.append(f"<{tag} {name}=...>")
    return found


@pytest.mark.parametrize("html", [
    "<script>alert(1)</script>",
    "<p><img src=x></p>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" JaVa\tScRiPt:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="data:text/html,x">x</a>',
    "<b onclick=x>b</b>",
    "<IFRAME SRC=x></IFRAME>",
    "<p style='color:red'>x</p>",
])
def test_the_checker_itself_spots_unsafe_html(html):
    assert unsafe_parts(html)


@pytest.mark.parametrize("html", [
    "<p>plain</p>",
    f'<a href="https://example.com/on-call?x=javascript:" {REL}>ok</a>',
    "<ul><li>one</li></ul>",
    "<p>onerror=alert(1) as text</p>",
])
def test_the_checker_itself_accepts_inert_html(html):
    assert unsafe_parts(html) == []


# --- Markdown renders ----------------------------------------------------------------------------


def test_bullet_list():
    assert RENDERER.block("- one\n- two\n") == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"


def test_numbered_list():
    assert RENDERER.block("1. first\n2. second") == "<ol>\n<li>first</li>\n<li>second</li>\n</ol>"


def test_bold_and_emphasis_inline():
    assert RENDERER.inline("**bold** and *em*") == "<strong>bold</strong> and <em>em</em>"
    assert RENDERER.block("**bold** and *em*") == "<p><strong>bold</strong> and <em>em</em></p>"


def test_inline_code():
    assert RENDERER.inline("run `make test` first") == "run <code>make test</code> first"


def test_fenced_code_block_keeps_its_language_class():
    assert RENDERER.block("```python\nprint(1)\n```") == '<pre><code class="language-python">print(1)\n</code></pre>'


def test_code_block_shows_markup_as_text():
    assert RENDERER.block("```\n<script>alert(1)</script>\n```") == (
        "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>")


def test_table():
    assert RENDERER.block("| a | b |\n|---|---|\n| 1 | 2 |") == (
        "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n"
        "<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>")


def test_blockquote():
    assert RENDERER.block("> quoted") == "<blockquote>\n<p>quoted</p>\n</blockquote>"


def test_paragraphs_stay_paragraphs_inline():
    assert RENDERER.inline("one\n\ntwo") == "<p>one</p>\n<p>two</p>"


def test_special_characters_are_escaped():
    assert RENDERER.inline("a < b & c") == "a &lt; b &amp; c"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_blank_text_renders_nothing(text):
    assert RENDERER.block(text) == ""
    assert RENDERER.inline(text) == ""


def test_https_and_mailto_links_are_kept_with_rel():
    assert RENDERER.inline("[site](https://example.com)") == f'<a href="https://example.com" {REL}>site</a>'
    assert RENDERER.inline("[me](mailto:a@b.example)") == f'<a href="mailto:a@b.example" {REL}>me</a>'
    assert RENDERER.inline("<http://example.com>") == f'<a href="http://example.com" {REL}>http://example.com</a>'


def test_items():
    assert RENDERER.items(("**a**", "b")) == "<ul><li><strong>a</strong></li><li>b</li></ul>"
    assert RENDERER.items(("a",), "chips") == '<ul class="chips"><li>a</li></ul>'
    assert RENDERER.items(()) == ""
    assert RENDERER.items((), "chips") == ""


def test_renderer_state_does_not_leak_between_fields():
    renderer = Renderer()
    renderer.block("text with a footnote-like [ref]\n\n[ref]: https://example.com")
    assert renderer.block("[ref]") == "<p>[ref]</p>"


def test_plain_escapes():
    assert plain("R&D <team>") == "R&amp;D &lt;team&gt;"


# --- dangerous input is removed ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("<script>alert(1)</script>hi", "hi"),
    ("<SCRIPT SRC=http://evil.example/x.js></SCRIPT>hi", "hi"),
    ("<img src=x onerror=alert(1)>ok", "ok"),
    ('<img src="http://evil.example/track.png">ok', "ok"),
    ('<p onclick="steal()">p</p>', "p"),
    ('<b onmouseover="steal()">b</b>', "<b>b</b>"),
    ('<a href="javascript:alert(1)">x</a>', f"<a {REL}>x</a>"),
    ("[x](javascript:alert(1))", f"<a {REL}>x</a>"),
    ('<a href=" JaVaScRiPt:alert(1)">x</a>', f"<a {REL}>x</a>"),
    ('<a href="jav&#x09;ascript:alert(1)">x</a>', f"<a {REL}>x</a>"),
    ('<a href="https://ok.example" onclick="x()" target="_blank">l</a>', f'<a href="https://ok.example" {REL}>l</a>'),
    ('<iframe src="http://evil.example"></iframe>ok', "ok"),
    ("<style>body{color:red}</style>ok", "ok"),
    ('<object data="evil.swf"></object>ok', "ok"),
    ('<embed src="evil.swf">ok', "ok"),
    ("<svg onload=alert(1)>x</svg>", "x"),
    ("[d](data:text/html;base64,PHNjcmlwdD4=)", f"<a {REL}>d</a>"),
    ('<a href="data:text/html,<script>alert(1)</script>">d</a>', f"<a {REL}>d</a>"),
    ("<!-- hidden -->x", "x"),
    ('<p style="background:url(javascript:alert(1))">x</p>', "x"),
])
def test_dangerous_markup_is_removed(text, expected):
    assert RENDERER.inline(text) == expected
    assert unsafe_parts(RENDERER.block(text)) == []


def test_image_markdown_leaves_no_image():
    out = RENDERER.block("![tracker](http://evil.example/t.png)")
    assert "<img" not in out
    assert "evil.example" not in out


def test_sanitize_directly():
    assert sanitize('<div onclick="x"><b>b</b><u>u</u></div>') == "<b>b</b><u>u</u>"
    assert sanitize("<script>alert(1)</script><p>p</p>") == "<p>p</p>"
    assert sanitize("<style>p{}</style><p>p</p>") == "<p>p</p>"
    assert sanitize('<img src="http://x.example/a.png" onerror="y">') == ""
    assert sanitize('<iframe src="https://x.example"></iframe>') == ""
    assert sanitize('<a href="javascript:alert(1)" title="t">x</a>') == f'<a title="t" {REL}>x</a>'
    assert sanitize('<a href="data:image/png;base64,AAAA">x</a>') == f"<a {REL}>x</a>"
    assert sanitize('<code class="language-go">x</code>') == '<code class="language-go">x</code>'
    assert sanitize('<table><tr><td align="left" onclick="x">c</td></tr></table>') == (
        '<table><tbody><tr><td align="left">c</td></tr></tbody></table>')


def test_items_are_sanitized():
    out = RENDERER.items(("<script>alert(1)</script>safe", '<img src=x onerror="alert(1)">', "[x](javascript:y)"))
    assert out == f"<ul><li>safe</li><li></li><li><a {REL}>x</a></li></ul>"


# --- property: nothing that can run or load ever comes out ---------------------------------------


FRAGMENTS = [
    "<script>", "</script>", "<SCRIPT>", "alert(1)", "onerror=", "onclick=", " onload=", "javascript:",
    "JaVaScRiPt:", "java\tscript:", "java&#x09;script:", "&#106;avascript:", "javascript&colon;", "data:",
    "data:text/html;base64,PHNjcmlwdD4=", "vbscript:", "<img src=x onerror=alert(1)>",
    "<a href='javascript:alert(1)'>", '<a href="data:text/html,x">', "<a href=", "</a>", "<img", "<iframe src=x>",
    "<style>", "</style>", "<object data=x>", "<embed src=x>", "<svg onload=alert(1)>", "<math>", "<form action=",
    "<p style=", "<!--", "-->", "<![CDATA[", "]]>", "[x](", "](javascript:alert(1))", "![i](", "<http://x>",
    "<", ">", "/>", '"', "'", "=", "`", "```", "```\n", "**", "*", "_", "- ", "1. ", "> ", "| a | b |\n|---|---|\n",
    "#", "\n", "\n\n", "    ", " ", "\t", "&", "&amp;", "&lt;", "\x00", "\x0b", "\u200b", "\ufeff",
]

mixed_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=25).map("".join)
any_text = st.one_of(st.text(), mixed_text)


def _assert_inert(html: str) -> None:
    problems = unsafe_parts(html)
    assert problems == [], f"{problems} in {html!r}"


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_block_output_is_inert(text):
    _assert_inert(RENDERER.block(text))


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_inline_output_is_inert(text):
    _assert_inert(RENDERER.inline(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(any_text, max_size=5).map(tuple))
def test_items_output_is_inert(items):
    _assert_inert(RENDERER.items(items))


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_sanitize_output_is_inert(text):
    _assert_inert(sanitize(text))


# --- speaking time -------------------------------------------------------------------------------


def _words(count: int) -> str:
    return " ".join(["word"] * count)


def test_speaking_time_150_words_is_about_a_minute():
    assert speaking_time(StarBody(question="q", situation=_words(150))).label == "about 1 min"


def test_speaking_time_300_words_is_about_two_minutes():
    assert speaking_time(StarBody(question="q", situation=_words(300))).label == "about 2 min"


def test_speaking_time_counts_every_star_part():
    body = StarBody(question="q", situation=_words(60), task=_words(60), action=_words(60), result=_words(60),
                    learning=_words(60))
    assert speaking_time(body).label == "about 2 min"


def test_speaking_time_rounds_to_half_minutes():
    assert speaking_time(StarBody(question="q", situation=_words(225))).label == "about 1.5 min"


@pytest.mark.parametrize(("words", "expected"), [(0, "under 1 min"), (10, "under 1 min"), (112, "under 1 min"),
                                                 (113, "about 1 min")])
def test_speaking_time_short_answers(words, expected):
    assert speaking_time(StarBody(question="q", situation=_words(words))).label == expected


def test_speaking_time_ignores_the_question():
    assert speaking_time(StarBody(question=_words(1000), situation=_words(10))).label == "under 1 min"


def test_speaking_time_does_not_count_markdown_bullets_as_words():
    """100 spoken words in 20 bullets is under a minute; the '-' markers are not spoken."""
    action = "\n".join(f"- {_words(5)}" for _ in range(20))
    assert speaking_time(StarBody(question="q", action=action)).label == "under 1 min"
