"""Round 7 (fixtures in our own words): what an interviewer's guide holds besides its questions. Behaviour
indicators finishing a "do you…" line, third-person probes under a "Measure:" label, the interviewer's own
coaching under a question, empty STAR skeletons and the level a round's title, a section or a "(Manager)" tag
gives."""

from __future__ import annotations

from importing import imported, kinds, messages, skipped

from leaderdeck.model import Kind, Level


# 1. Behaviour indicators under an open "do you…" line

INDICATORS_MD = """# Moving fast

Speed matters when a choice can be undone.
What this looks like day to day
As a team lead do you… As an engineer do you…
· Unblock your reports the same day?
· Decide without waiting for perfect data? · Ask for help early?
· Follow through on what you promised?

1. Tell me about a time you made a call with half the facts. What happened?
2. Describe a risk you took because speed mattered.

# Raising the bar

How it shows:
- Do you review designs before they are built?
- How do you coach someone whose code keeps failing review?

1. Give me an example of a standard you refused to lower.
"""


def test_items_finishing_an_open_do_you_line_are_skipped_once(taxonomy) -> None:
    report = imported(INDICATORS_MD, taxonomy)
    assert [n.body.question for n in report.notes] == [
        "Tell me about a time you made a call with half the facts. What happened?",
        "Describe a risk you took because speed mattered.",
        "Do you review designs before they are built?",
        "How do you coach someone whose code keeps failing review?",
        "Give me an example of a standard you refused to lower.",
    ]
    assert [s for s in skipped(report) if "indicators" in s] == [
        "line 6: 'As a team lead do you… As an engineer do you…' "
        "(behaviour indicators to assess yourself against, not questions)"]
    assert not any("Unblock" in m or "Follow through" in m for m in messages(report))


INDICATORS_TXT = """Moving fast

As a team lead, do you:
· Unblock your reports the same day?
· Say no to work that can wait?

1. Tell me about a time you made a call with half the facts.
"""


def test_indicators_in_plain_text_are_skipped_too(taxonomy) -> None:
    report = imported(INDICATORS_TXT, taxonomy, name="doc.txt")
    assert [n.body.question for n in report.notes] == ["Tell me about a time you made a call with half the facts."]
    assert [s for s in skipped(report) if "indicators" in s] == [
        "line 4: 'As a team lead, do you:' (behaviour indicators to assess yourself against, not questions)"]
