"""Round 18 (b3): a plain-text bank of STAR stories with no question. Each story is its own, titled or not: a
story named by a line of its own, or by words written inside a dashed separator (``------ name ------``, the
dashes and a leading ``for`` gone), is imported under that name; a story with no name is reported at the line of
its first part; a bank of untitled stories is refused naming every story. A STAR label typed in lower case
(``situation:``) is a part like ``Situation:``.

Fixtures are in our own words: invented stories about engineering teams.
"""

from __future__ import annotations

import pytest
from importing import imported, messages, skipped

from leaderdeck.importers.base import DocumentError
from leaderdeck.importers.storybank import stories_apart
from leaderdeck.importers.textreader import read_text_lines
from leaderdeck.importers.unit import Piece, Unit

FIRST = """Situation: Our nightly invoice export took five hours.

Task: Make it finish before the finance team logged in.

Action: Batched the ledger reads by customer.

Result: The export ran in twenty minutes.
"""

SECOND = """situation: the staging cluster kept running out of disk.

Task: Stop the weekly clean-up by hand.

Action:
- Added a retention job for old images.
- Alerted the owning team at eighty percent.

Result: Nobody cleaned staging by hand again.
"""


def test_an_untitled_story_does_not_swallow_the_named_one_after_it(taxonomy) -> None:
    text = f"{FIRST}\n\n---------------   for staging disk clean-up   ---------------\n\n\n{SECOND}"
    report = imported(text, taxonomy, name="stories.txt")
    assert [note.body.question for note in report.notes] == ["staging disk clean-up"]
    star = report.notes[0].body
    assert star.situation == "the staging cluster kept running out of disk."
    assert star.result == "Nobody cleaned staging by hand again."
    assert "line 1: STAR parts (no question or title above it)" in skipped(report)
    assert any("no question for story 'staging disk clean-up'" in line for line in messages(report))


def test_a_bank_of_untitled_stories_is_refused_naming_each(taxonomy) -> None:
    with pytest.raises(DocumentError) as error:
        imported(f"{FIRST}\n\n{SECOND}", taxonomy, name="stories.txt")
    message = str(error.value.problems[0])
    assert "found in: STAR parts at line 1, STAR parts at line 10)" in message


def test_named_stories_each_take_their_name(taxonomy) -> None:
    text = f"Invoice export speed-up\n\n{FIRST}\n==========  Staging disk  ==========\n\n{SECOND}"
    report = imported(text, taxonomy, name="stories.txt")
    assert [note.body.question for note in report.notes] == ["Invoice export speed-up", "Staging disk"]
    assert not any("=" in line for line in messages(report))


def test_a_separator_names_what_follows_without_its_dashes() -> None:
    blocks = read_text_lines(("-------- for the search rebuild --------", "~~~ About hiring ~~~", "-----"))
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("paragraph", "the search rebuild"), ("paragraph", "hiring"), ("rule", "")]


def test_a_star_label_in_lower_case_is_a_part_other_words_are_not() -> None:
    situation, note = read_text_lines(("situation: the pager fired all night.", "", "note: call Dana."))
    assert (situation.lead, situation.rest) == ("situation", "the pager fired all night.")
    assert note.lead == ""


def test_stories_apart_only_without_a_heading_and_a_question() -> None:
    def story(question: str = "") -> Unit:
        return Unit(1, question=question, pieces=[Piece("situation", 1, "S", "x"), Piece("action", 2, "A", "y")])
    assert stories_apart("", [story(), story()])
    assert not stories_apart("Migration", [story(), story()])
    assert not stories_apart("", [story(), story("Why?")])
    assert not stories_apart("", [story()])
