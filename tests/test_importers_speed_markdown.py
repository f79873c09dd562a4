"""The Markdown reader leaves out the block rules that cannot match a text (leaderdeck.importers.mdreader.unused_rules):
the tokens are those of the parser with every rule, for texts drawn by hypothesis from lines of every block's marks,
for the fixtures, the shared samples and seeds, and for texts where each left-out rule would have mattered."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from leaderdeck.importers import mdreader
from leaderdeck.importers.document import clean

SHARED = Path(__file__).resolve().parents[2] / "shared"
DOCUMENTS = sorted([*(FIXTURES / "import").glob("*.md"), *(SHARED / "seeds").glob("*.txt"),
                    *(p for p in (SHARED / "samples").glob("*.md") if p.name != "INDEX.md")])

# pieces of lines: the marks each block rule looks for (underlines, quotes, lists, tables, fences, HTML, link
# references, rules, headings), indents and text
_PIECE = st.sampled_from(["Title", "a b", "Q?", "---", "===", "-", "=", " --", "- -", "***", "> ", ">", "- ", "* ",
                          "1. ", "2) ", "   ", "    ", "\t", "| a | b |", "|---|---|", "|", ":-", "```", "~~~", "`",
                          "<div>", "</div>", "<!-- x -->", "[x]: /u", "[x]", "# ", "## H", "#", " ", "- [ ] "])
_TEXT = st.lists(st.lists(_PIECE, max_size=4).map("".join), max_size=14).map("\n".join)


def _tokens_both_ways(text: str) -> tuple[list, list]:
    source = mdreader.normalized(text)
    return mdreader.parser(mdreader.unused_rules(source)).parse(source), mdreader.parser().parse(source)


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_a_parser_without_the_unused_rules_gives_the_same_tokens(text) -> None:
    fewer, every = _tokens_both_ways(text)
    assert fewer == every


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name[:40] for p in DOCUMENTS])
def test_every_document_gives_the_same_tokens(path) -> None:
    fewer, every = _tokens_both_ways("\n".join(clean(path.read_text(encoding="utf-8")).lines))
    assert fewer == every


# for each rule, a text it reads, whose tokens differ without it
_NEEDED = {
    "lheading": ["Title\n---", "Title\n===", "> Title\n> ---", "- item\n\n  Title\n  ---", "a\n  ===  \t"],
    "table": ["| a | b |\n|---|---|\n| 1 | 2 |", "a | b\n--|--"],
    "fence": ["```\ncode\n```", "~~~\ncode\n~~~", "- x\n\n  ```\n  # in\n  ```"],
    "blockquote": ["> quoted", "text\n> quoted", "- > quoted"],
    "reference": ["[x]: /url\n\ntext"],
    "html_block": ["<div>\n\n# in\n\n</div>", "<!-- a comment -->"],
    "hr": ["---", "text\n\n* * *", "___  ", "- a\n- - -\n- b", "> ***\t", "- ---"],
}


@pytest.mark.parametrize(("rule", "text"), [(rule, text) for rule, texts in _NEEDED.items() for text in texts])
def test_a_rule_a_text_needs_is_kept(rule, text) -> None:
    source = mdreader.normalized(text)
    assert mdreader.parser(frozenset({rule})).parse(source) != mdreader.parser().parse(source)  # it matters here
    assert rule not in mdreader.unused_rules(source)


def test_a_plain_story_bank_needs_none_of_them() -> None:
    text = "# Bank\n\n## Outage\n\n**Situation:** The pager went off.\n\n- **Task:** fix it\n- *Action*: rolled back\n"
    assert mdreader.unused_rules(text) == frozenset(_NEEDED)
