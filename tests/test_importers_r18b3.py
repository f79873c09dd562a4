"""Round 18 (b3): a plain-text bank of STAR stories with no question. Each story is its own, titled or not: a
story named by a line of its own, or by words written inside a dashed separator (``------ name ------``, the
dashes and a leading ``for`` gone), is imported under that name; a story with no name is reported at the line of
its first part (round 21: one told in full parts is a draft, its Situation's opening standing in for the question).
A STAR label typed in lower case (``situation:``) is a part like ``Situation:``.

Fixtures are in our own words: invented stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, messages, skipped

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
    # round 21: the untitled story told in full is a draft, its Situation's opening standing in for the question
    assert [note.body.question for note in report.notes] == ["Our nightly invoice export took five hours",
                                                             "staging disk clean-up"]
    assert report.notes[0].draft and not report.notes[1].draft
    star = report.notes[1].body
    assert star.situation == "the staging cluster kept running out of disk."
    assert star.result == "Nobody cleaned staging by hand again."
    assert not any("STAR parts" in line for line in skipped(report))
    assert any("no question for story 'staging disk clean-up'" in line for line in messages(report))


def test_a_bank_of_untitled_stories_told_in_full_gives_a_draft_each(taxonomy) -> None:
    # round 21: each story told in full parts is a draft whose Situation's opening stands in for the question
    report = imported(f"{FIRST}\n\n{SECOND}", taxonomy, name="stories.txt")
    assert [(n.body.question, n.draft) for n in report.notes] == [
        ("Our nightly invoice export took five hours", True), ("the staging cluster kept running out of disk", True)]
    drafts = [line for line in messages(report) if "Situation's opening stands in" in line]
    assert [line.split(":")[0] for line in drafts] == ["line 1", "line 10"]


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
