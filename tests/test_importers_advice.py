"""One rule for a list of advice where an answer would be (leaderdeck.importers.advice): under a question's
heading and in a note's own text alike. Fixtures are our own words."""

from __future__ import annotations

from importing import imported

from leaderdeck.importers.advice import is_advice_list
from leaderdeck.importers.blocks import Block, BlockKind


def _items(*texts: str, indent: int = 0) -> list[Block]:
    return [Block(BlockKind.ITEM, line, line, text, indent=indent) for line, text in enumerate(texts, start=1)]


def test_imperatives_and_words_to_the_reader_are_advice() -> None:
    assert is_advice_list(_items("Name the deadline you missed", "Say what you told the people waiting",
                                 "Keep the apology short"))
    assert is_advice_list(_items("Your answer should show the trade-off", "Close on what you changed"))


def test_a_list_told_in_the_first_person_or_asking_or_mostly_facts_is_not_advice() -> None:
    assert not is_advice_list(_items("Name the deadline", "We moved the launch by a week"))
    assert not is_advice_list(_items("Name the deadline", "What did the customer say?"))
    assert not is_advice_list(_items("Keep it short", "The launch moved a week", "The vendor was late"))
    assert not is_advice_list(_items("Keep it short"))  # one item: a line of text, not a list


def test_requests_alone_may_be_prompts_not_advice() -> None:
    assert not is_advice_list(_items("Describe the outage", "Explain the fix"))
    assert is_advice_list(_items("Describe the outage", "Keep the blame out of it"))


def test_only_the_outer_items_are_judged() -> None:
    blocks = [*_items("Say why the plan changed", "Name who had to hear it first"),
              *_items("we told sales on Monday", indent=2)]
    assert is_advice_list(blocks)


SAME_RULE_MD = """# Questions

### How do you handle a launch that slips?
- Say what slipped and why in one sentence
- Name who you told first
- The launch was the billing rewrite

**Question:** Tell me about a hard handover.

- Start with what was at stake
- Keep the names of people out of it
- Close with what the next team kept doing
"""


def test_the_heading_and_the_note_text_read_a_list_by_the_same_rule(taxonomy) -> None:
    slipped, handover = imported(SAME_RULE_MD, taxonomy).notes
    # two of three items advise: tips, and the question is still to answer
    assert slipped.draft and slipped.body.answer == ""
    assert "Name who you told first" in slipped.coach.tips
    assert handover.draft and handover.body.answer == ""
    assert handover.coach.tips == ("Start with what was at stake", "Keep the names of people out of it",
                                   "Close with what the next team kept doing")
