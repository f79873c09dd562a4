"""Round 17 (Z2): two wordings of one question joined by a slash in a heading (``"Q1? / Q2?"``: the first is the
question, the second a variant); a story opened by an outline (a bullet with a point nested under it, above its
``Problem:``) keeps it as its opening, not as competency chips; an ``**Answer**`` label alone in a quoted box over a
list is the answer's label, not its first line.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, skipped

from leaderdeck.importers.pairedasks import paired_asks

PAIRED = """# Story sheet

## Frage 1: "Wie gehen Sie mit Zeitdruck um? / Was lassen Sie zuerst weg?"

**Story: Der verschobene Release**

*   **S (Situation):** "Zwei Wochen vor dem Release fiel unser Tester aus."
*   **T (Task):** "Ich musste entscheiden, was wir noch liefern."
*   **A (Action):** "Ich habe die Liste mit dem Team in einer Stunde gekürzt."
*   **R (Result):** "Wir lieferten pünktlich, mit drei statt fünf Funktionen."

## How do you prioritise? / What do you drop first?

I rank the work by what customers lose if it slips, then cut from the bottom.
"""


def test_a_heading_with_two_questions_joined_by_a_slash_takes_the_second_as_a_variant(taxonomy) -> None:
    report = imported(PAIRED, taxonomy)
    assert [note.body.question for note in report.notes] == ["Wie gehen Sie mit Zeitdruck um?",
                                                             "How do you prioritise?"]
    assert [note.variants for note in report.notes] == [("Was lassen Sie zuerst weg?",),
                                                        ("What do you drop first?",)]
    assert report.notes[0].body.title == "Der verschobene Release"
    assert report.notes[1].body.answer.startswith("I rank the work")


def test_a_slash_that_does_not_join_two_questions_stays_in_the_question() -> None:
    assert paired_asks("Why did you pick Go / Rust?") == ("Why did you pick Go / Rust?", [])
    assert paired_asks("How do you plan a quarter? / Roadmaps") == ("How do you plan a quarter? / Roadmaps", [])
    assert paired_asks("Design/build a rate limiter?") == ("Design/build a rate limiter?", [])
    assert paired_asks('"Why leave? / Why us? / Why now?"') == ("Why leave?", ["Why us?", "Why now?"])


OUTLINED = """# Stories

### Worst outage
  - Payments queue stalled on a Friday
    - rolled back the consumer
  - Problem:
    - Orders piled up for forty minutes
  - Action:
    - Paged the owner and read the consumer logs
  - Result:
    - Rolled back and added a lag alarm
"""


def test_an_outline_above_a_storys_parts_opens_its_situation_and_is_no_competency(taxonomy) -> None:
    report = imported(OUTLINED, taxonomy)
    assert len(report.notes) == 1
    note = report.notes[0]
    assert note.competencies == ()
    assert note.body.situation.startswith("- Payments queue stalled on a Friday\n    - rolled back the consumer")
    assert "Orders piled up for forty minutes" in note.body.situation
    assert note.body.action == "- Paged the owner and read the consumer logs"
    assert not [line for line in skipped(report) if "Payments queue" in line]


CHIPS = """# Stories

### Tell me about a migration you led.

Leadership

Ownership

**Situation:** Our billing ran on a mainframe nobody wanted to touch.

**Action:** I moved one invoice type a week, each behind a switch.

**Result:** We turned the mainframe off after nine weeks.
"""


def test_short_lines_side_by_side_above_the_parts_stay_competencies(taxonomy) -> None:
    report = imported(CHIPS, taxonomy)
    assert report.notes[0].competencies == ("Leadership", "Ownership")
    assert report.notes[0].body.situation == "Our billing ran on a mainframe nobody wanted to touch."


def _folded(summary: str, answer: str) -> str:
    """A folded question of a blog theme: a tip box, then the answer box opening with its label."""
    return (f"<details>\n<summary>{summary}</summary>\n\n"
            "<blockquote class=\"prompt-tip\"><p><strong><u>Answer Tip</u></strong><br>\n"
            "This question checks whether you finish what you start.</p></blockquote>\n\n"
            f"<blockquote class=\"prompt-info\"><p><strong><u>Answer</u></strong><br>\n{answer}</p></blockquote>\n"
            "</details>\n\n")


BOXES = "# Prep\n\n## Questions\n\n" + _folded(
    "What did your hackathon team build?",
    "- a pager that groups alerts by service <br />\n- a weekly digest of noisy alerts <br />\n<br />\n"
    "We won second place because the on-call team used it the next week.") + _folded(
    "Why did you join the platform team?",
    "I wanted my work to make other teams faster.")

QUOTED = """# Prep

## What did you change in your first month?

> **Answer**
>
> - moved stand-up to the afternoon
> - wrote down who owns each alert
"""


def test_an_answer_label_alone_over_a_list_in_its_box_is_dropped(taxonomy) -> None:
    report = imported(BOXES, taxonomy)
    answers = [note.body.answer for note in report.notes]
    assert answers[0].startswith("- a pager that groups alerts by service\n- a weekly digest of noisy alerts")
    assert "We won second place" in answers[0]
    assert answers[1] == "I wanted my work to make other teams faster."
    assert not any("Answer" in answer for answer in answers)
    quoted = imported(QUOTED, taxonomy).notes[0].body.answer
    assert quoted == "- moved stand-up to the afternoon\n- wrote down who owns each alert"
