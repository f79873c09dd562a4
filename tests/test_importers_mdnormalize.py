"""The Markdown reader normalizes the source itself (leaderdeck.importers.mdreader.normalized) and leaves out
markdown-it's ``normalize`` and ``text_join`` rules: the tokens are those the rules would give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import mdreader

# line endings of every kind, NUL and Markdown's marks, among ordinary text
_TEXT = st.lists(st.sampled_from(["\r\n", "\r", "\n", "\0", "#", "-", "*", "1.", "|", "`", ">", " ", "a", "Q?",
                                  "é", "\t"]), max_size=60).map("".join)


def _with_the_rules():
    return mdreader.MarkdownIt("commonmark", {"html": True}).enable("table").disable("inline")


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_tokens_are_those_the_normalize_rule_gives(text) -> None:
    assert mdreader.parser().parse(mdreader.normalized(text)) == _with_the_rules().parse(text)


def test_line_endings_and_nul_are_normalized() -> None:
    assert mdreader.normalized("a\r\nb\rc\n\0") == "a\nb\nc\n\ufffd"
