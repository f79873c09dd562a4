"""HTML blocks the field converter would certainly keep as HTML go straight to the page conversion.

A block whose own tag carries an attribute the renderer never writes (``<blockquote class="tip">``) cannot
render back the same, so the exact round trip is not tried; what the block is read as does not change.
"""

from __future__ import annotations

import pytest

from leaderdeck import htmlmd
from leaderdeck.errors import LeaderdeckError
from leaderdeck.importers import htmlblocks
from leaderdeck.importers.htmlblocks import block_markdown
from leaderdeck.importers.reader import read_document_text

_NAMES = frozenset({"blockquote", "p", "ul", "ol"})

_KEPT = [
    '<blockquote class="hint"><p><strong><u>Hint</u></strong><br>\nName the pager rota the storage team rebuilt.</p>'
    "</blockquote>",
    '<ul class="wp-block-list">\n<li>First we paged the on-call lead</li>\n<li>Then we wrote the timeline</li>\n</ul>',
    '<p class="lead">The billing squad moved its queue in <em>two</em> weeks.</p>',
    '<ol start="3" data-kind="steps">\n<li>Drain the old cluster</li>\n<li>Flip the flag</li>\n</ol>',
    '<blockquote class="hint"><p>One</p></blockquote>\n<p>Plain words after it.</p>',
]
_NOT_KEPT = [
    "<blockquote><p>The pager rota was rebuilt in a week.</p></blockquote>",  # no attribute: may round-trip
    '<ol start="2">\n<li>Ship the fix</li>\n</ol>',  # an attribute the renderer writes
    '<p class="lead">The <span>pager</span> rota moved.</p>',  # a tag the renderer never writes inside
    '<div class="box"><p>A box of advice.</p></div>',  # not one of the names asked about
    "Just some words, <em>inline</em>.",
]


def _slow(markup: str) -> str:
    """What block_markdown read before the shortcut: the round trip first, the page conversion if it kept HTML."""
    try:
        converted = htmlmd.html_to_markdown(markup)
    except LeaderdeckError:
        converted = markup
    if not htmlblocks._KEPT_BLOCK.search(converted):
        return converted
    return htmlblocks._aligned_page(htmlmd.page_to_markdown(markup), markup)


@pytest.mark.parametrize("markup", _KEPT)
def test_certainly_kept_block_is_the_page_conversion(markup: str) -> None:
    assert htmlmd.kept_page_markdown(markup, _NAMES) == htmlmd.page_to_markdown(markup)
    assert htmlblocks._KEPT_BLOCK.search(htmlmd.html_to_markdown(markup))  # the round trip keeps it indeed


@pytest.mark.parametrize("markup", _NOT_KEPT)
def test_block_that_may_round_trip_is_not_shortcut(markup: str) -> None:
    assert htmlmd.kept_page_markdown(markup, _NAMES) is None


@pytest.mark.parametrize("markup", _KEPT + _NOT_KEPT)
def test_block_reads_as_before(markup: str) -> None:
    assert block_markdown(markup) == _slow(markup)


def test_kept_block_is_not_rendered_back(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(markup: str, *, exact: bool = True) -> str:
        raise AssertionError("round trip tried")

    monkeypatch.setattr(htmlmd, "html_to_markdown", refuse)
    read = block_markdown(_KEPT[0])
    assert read == "> **<u>Hint</u>**  \n>  Name the pager rota the storage team rebuilt."
    with pytest.raises(AssertionError):
        block_markdown(_NOT_KEPT[0])


def test_quoted_list_block_keeps_its_lines() -> None:
    assert block_markdown(_KEPT[1]) == "\n-   First we paged the on-call lead\n-   Then we wrote the timeline"


_DOCUMENT = """# Interview questions

<details>
<summary>How did you handle an outage?</summary>

<blockquote class="hint"><p><strong>Hint</strong><br>
Say what you changed afterwards.</p></blockquote>

<blockquote class="answer"><p><strong>Answer</strong><br>
Our checkout service fell over on a Friday; I led the rollback and wrote the runbook.</p></blockquote>
</details>
"""


def test_document_of_classed_quotes_is_read() -> None:
    blocks = read_document_text(_DOCUMENT, "outage.md").blocks
    quoted = [(block.line, block.lead) for block in blocks if block.quoted]
    assert quoted == [(6, ""), (9, "Answer")]
    assert "I led the rollback and wrote the runbook." in blocks[-1].text
