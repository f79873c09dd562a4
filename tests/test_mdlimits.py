"""Markdown that python-markdown would take minutes on is refused with a message; everything
else renders as before (issue 11, item 10). Speed is measured by bench/markdown_limits.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import STARTER
from leaderdeck.errors import LeaderdeckError
from leaderdeck.loader import find_sources, load_sources
from leaderdeck.mdlimits import MAX_CHARS, MAX_DEPTH, markdown_problem
from leaderdeck.render import Renderer

PATHOLOGICAL = {
    "stray brackets": "[" * 2_000,
    "brackets between words": "see [this " * 400,
    "unclosed link targets": "[a](" * 400,
    "rules without blank lines": "***\n" * 3_000,
    "setext underlines": "a\n===\n" * 2_000,
    "headings without blank lines": "# h\n" * 3_000,
    "nested lists": "".join("    " * i + "- x\n" for i in range(40)),
    "nested quotes": "".join("> " * i + "x\n" for i in range(40)),
    "entities": "&amp;" * 40_000,
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_text_is_refused_by_the_check_and_the_renderer(name):
    text = PATHOLOGICAL[name]
    problem = markdown_problem(text)
    assert problem
    with pytest.raises(LeaderdeckError, match="^text "):
        Renderer().block(text)


def test_the_messages_say_what_to_change():
    assert markdown_problem("[" * 2_000) == ("has too many unclosed or widely spread '[' brackets to render; "
                                             "escape stray ones as '\\['")
    assert markdown_problem("# h\n" * 3_000).startswith("has too many heading, rule or underline lines")
    assert markdown_problem("".join("> " * i + "x\n" for i in range(40))) == \
        f"nests lists or quotes 39 levels deep; at most {MAX_DEPTH} are rendered"
    assert markdown_problem("_x_ " * 6_000) == (
        f"is 24,000 characters long; text with Markdown beyond paragraphs, '- ' lists and bold is limited to "
        f"{MAX_CHARS:,} characters per field: split it")


def test_plain_text_of_any_length_takes_the_fast_path_and_is_not_bounded():
    assert markdown_problem(" ".join(["A sentence of plain prose."] * 10_000)) is None


@pytest.mark.parametrize("text", [
    "See [the runbook](https://example.com/runbook) and [the dashboard](https://example.com/d).",
    "# Plan\n\n- step one\n- step two\n\n---\n\n## Result\n\nDone.",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "> quoted\n> > nested once",
    "```\ncode [with brackets\n```",
    "".join("    " * i + "- level\n" for i in range(8)),
])
def test_ordinary_markdown_is_within_the_bounds(text):
    assert markdown_problem(text) is None
    assert Renderer().block(text)


def test_every_field_of_the_corpus_is_within_the_bounds(taxonomy):
    notes = load_sources(find_sources([STARTER]), taxonomy)
    fields = [getattr(n.body, name) for n in notes
              for name in ("situation", "task", "action", "result", "learning", "answer") if getattr(n.body, name, "")]
    assert fields and [f for f in fields if markdown_problem(f)] == []


MARKUP = ["[", "]", "(", ")", "!", "*", "_", "`", "#", ">", "-", "=", "|", "&amp;", "<", "\n", "\n\n", "    ",
          "- ", "1. ", "word ", "**", "\\", "~~~", "```"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKUP) | st.text(max_size=5), max_size=400).map("".join))
def test_any_markup_is_rendered_or_refused_with_a_message(text):
    problem = markdown_problem(text)
    if problem is None:
        Renderer().block(text)
    else:
        with pytest.raises(LeaderdeckError):
            Renderer().block(text)


def _bracket_cost_by_character(block: str) -> int:
    """The bracket cost as its definition reads, one character at a time (the model)."""
    cost, squares, rounds, escaped, previous = 0, [], [], False, ""
    for index, char in enumerate(block):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            squares.append(index)
        elif char == "]" and squares:
            cost += index - squares.pop()
        elif char == "(" and (previous == "]" or rounds):
            rounds.append(index)
        elif char == ")" and rounds:
            cost += index - rounds.pop()
        previous = char
    return cost + sum(len(block) - start for start in squares + rounds)


@settings(max_examples=2000)
@given(st.text(alphabet="[]()\\ax\n", max_size=60))
def test_the_bracket_cost_visits_only_brackets_and_means_the_same(block):
    from leaderdeck.mdlimits import _bracket_cost

    assert _bracket_cost(block) == _bracket_cost_by_character(block)

