"""Shapes of document a user may bring that the other importer tests do not cover (fixtures in our own words).

A story bank whose stories are named by a heading and list the questions they
answer, with ``Situation — text`` parts; a Markdown table with one note per
row; a topic guessed from the answer alone.
"""

from __future__ import annotations

import re

from click.testing import CliRunner

from conftest import FIXTURES
from importing import kinds, messages
from leaderdeck.cli import cli
from leaderdeck.importers import ImportReport, import_text
from leaderdeck.model import StarBody

IMPORT = FIXTURES / "import"


def imported(name: str, taxonomy, text: str | None = None, **options) -> ImportReport:
    text = (IMPORT / name).read_text(encoding="utf-8") if text is None else text
    return import_text(text, taxonomy, display=name, source=name, **options)


def validates(tmp_path, document: str) -> None:
    """Import ``document`` with the CLI into tmp_path, then ``leaderdeck validate`` the YAML it wrote."""
    runner = CliRunner()
    out = tmp_path / "out.yaml"
    result = runner.invoke(cli, ["import", str(IMPORT / document), "--out", str(out)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["validate", str(out)])
    assert result.exit_code == 0, result.output


# 1. Named stories listing the questions they answer


def test_named_stories_are_one_star_each_with_title_question_and_variants(taxonomy):
    report = imported("named-stories.md", taxonomy)
    assert kinds(report) == {"star": 4} and report.drafts == 1
    rota, build, launch, handover = (n.body for n in report.notes)
    assert all(isinstance(b, StarBody) for b in (rota, build, launch, handover))
    assert rota.title == "The On-Call Rota Nobody Wanted"  # without "Story:"
    assert rota.question == "Tell me about a time you changed a process your team disliked."
    assert report.notes[0].variants == ("How have you improved the health of an on-call rotation?",
                                        "Describe a time you used data to win an argument.")
    assert rota.situation.startswith("Six engineers shared pager duty")  # "Situation — ..." (em dash)
    assert rota.learning == "Measure the pain before you redesign the process around it."  # Reflection
    assert (build.title, build.question) == ("Shrinking the Build",
                                             "Describe a technical improvement you drove across teams.")
    assert report.notes[1].variants == ()
    assert build.task == "Get it under ten minutes in one quarter."  # "**Task** – ..." (en dash, bold)
    assert build.result.startswith("Builds ran in eight minutes")


def test_the_question_list_may_follow_the_story_and_sit_on_the_label_line(taxonomy):
    report = imported("named-stories.md", taxonomy)
    launch, handover = report.notes[2], report.notes[3]
    assert (launch.body.title, launch.body.question) == ("Losing the Launch Date",
                                                         "Tell me about a time you missed a commitment.")
    assert launch.variants == ("How do you deliver bad news to stakeholders?",)
    assert launch.body.action.startswith("I told the product lead")  # "Action - ..." (a hyphen)
    assert launch.body.learning == "Bad news ages badly, so share it early."  # Lesson
    assert (handover.body.title, handover.body.question) == ("Handing Over the Platform",
                                                             "How do you grow someone into your role?")
    assert handover.draft and not handover.body.result
    assert "line 40: 'How do you grow someone into your role?' is a draft: no Result" in messages(report)
    assert not report.skipped


def test_plain_text_story_with_dashed_parts_and_a_questions_list(taxonomy):
    text = ("Story: Calming a noisy launch\n\nQuestions it answers:\n"
            "- Tell me about a launch that went wrong.\n- How do you keep a team calm under pressure?\n\n"
            "Situation – Our launch doubled the error rate within an hour.\n"
            "Task – I was the incident lead that evening.\n"
            "Action – I froze deploys, split the team into fixers and communicators and posted updates hourly.\n"
            "Result – Errors were back to normal by midnight and customers heard from us first.\n")
    report = imported("story.txt", taxonomy, text)
    assert report.format == "plain text" and kinds(report) == {"star": 1} and not report.drafts
    note = report.notes[0]
    assert note.body.title == "Calming a noisy launch"  # "Story: name" names the story that follows
    assert note.body.question == "Tell me about a launch that went wrong."
    assert note.variants == ("How do you keep a team calm under pressure?",)
    assert note.body.action.startswith("I froze deploys")


def test_stories_one_after_another_without_headings(taxonomy):
    text = ("Story: Fewer interviews\nUse for: How have you improved hiring?\n"
            "Situation: Candidates waited three weeks for a decision.\nAction: I cut the loop to three interviews.\n"
            "Result: Offers went out within five days.\n\n"
            "Story: A quieter pager\nRelevant questions:\n- How do you reduce toil?\n- Tell me about a reliability win.\n"
            "Situation: Alerts woke someone up every night.\nAction: I deleted every alert nobody acted on.\n"
            "Result: Night pages dropped to one a week.\n")
    report = imported("two.txt", taxonomy, text)
    assert kinds(report) == {"star": 2}
    first, second = report.notes
    assert (first.body.title, first.body.question, first.variants) == (
        "Fewer interviews", "How have you improved hiring?", ())
    assert (second.body.title, second.body.question, second.variants) == (
        "A quieter pager", "How do you reduce toil?", ("Tell me about a reliability win.",))
    assert second.body.result == "Night pages dropped to one a week."


def test_a_story_told_before_numbered_questions_in_its_section_is_kept_and_named_by_the_heading(taxonomy):
    text = ("# Stories\n\n## The Billing Move\n\n- **Situation:** Billing ran on a database nobody supported.\n"
            "- **Task:** Move it without downtime.\n- **Action:** I ran old and new side by side for a month.\n"
            "- **Result:** We switched on a Sunday and no invoice changed.\n\n"
            "1. How do you say no to a senior stakeholder?\nWith numbers and an alternative.\n\n"
            "2. How do you plan a migration?\nBackwards from the day nobody notices.\n\n"
            "## The Flaky Builds\n\n- **Situation:** A third of builds failed.\n- **Action:** I quarantined flaky tests.\n"
            "- **Result:** Green builds went from 60% to 97%.\n")
    report = imported("bank.md", taxonomy, text)
    assert kinds(report) == {"star": 2, "qa": 2}
    assert report.skipped == ()
    story = report.notes[0]
    assert (story.body.question, story.origin.line) == ("The Billing Move", 3)  # its title, until a question is written
    assert story.body.result == "We switched on a Sunday and no invoice changed."
    assert [n.body.question for n in report.notes[1:3]] == [
        "How do you say no to a senior stakeholder?", "How do you plan a migration?"]
    assert "line 3: no question for 2 stories (lines 3, 16): each title is used; write the questions" in messages(report)


def test_a_dashed_subtitle_is_not_a_part_s_text(taxonomy):
    """``Situation – Context`` on its own line heads the situation (plain text), as it did before dashes counted."""
    text = ("Tell me about a hard call you made.\n\nSituation – Context\nWe had one week and two options.\n"
            "Action – What I Did\nI picked the smaller option and said why in writing.\n"
            "Result – Outcome\nThe release went out on time.\n")
    note = imported("call.txt", taxonomy, text).notes[0]
    assert note.body.situation == "We had one week and two options."
    assert note.body.action == "I picked the smaller option and said why in writing."


def test_a_question_bank_under_a_questions_label_stays_one_note_per_question(taxonomy):
    text = "# Practice\n\n**Questions:**\n\n- How do you run a retro?\n- How do you hire a lead?\n"
    report = imported("bank.md", taxonomy, text)
    assert kinds(report) == {"qa": 2}


def test_named_stories_validate_after_import(tmp_path):
    validates(tmp_path, "named-stories.md")


# 2. A Markdown table with one note per row


def test_a_table_with_a_question_column_is_one_note_per_row(taxonomy):
    report = imported("table-notes.md", taxonomy)
    assert report.format == "Markdown"
    assert kinds(report) == {"star": 2, "qa": 3} and report.drafts == 1
    peer, scope, one_on_one, bar, month = report.notes
    assert peer.body.question == "Tell me about a disagreement with another lead."
    assert peer.body.learning.startswith("Making people argue")  # a "Lesson" column
    assert scope.body.result.startswith("We launched on the new date") and not scope.body.learning
    assert (peer.origin.line, scope.origin.line) == (7, 8)  # each row's own line
    assert one_on_one.body.answer.startswith("Their agenda first") and not one_on_one.draft
    assert bar.draft and not bar.body.answer
    lines = report.lines()
    assert "  check line 15: 'What is your hiring bar?' is a draft: no answer" in lines
    assert "  skipped line 12: column 'Interviewer' (not read (--keep-columns keeps it as a coach tip))" in lines


def test_a_table_without_a_question_column_stays_text_of_its_note(taxonomy):
    month = imported("table-notes.md", taxonomy).notes[-1]
    assert month.body.question == "How should I plan my first month as a manager?"
    assert month.body.answer.startswith("| Week | Focus |") and month.body.answer.endswith("visible win.")


def test_a_table_reads_as_the_same_table_in_a_csv(taxonomy):
    rows = [["Question", "Situation", "Task", "Action", "Result", "Title", "Variants"],
            ["Tell me about a hard hire.", "We needed a staff engineer fast.", "Fill the role in a month.",
             "I asked our best engineers for referrals.", "We hired in three weeks.", "The Referral Sprint",
             "How do you hire senior people?"],
            ["How do you say no to a VP?", "", "", "", "", "", ""]]
    markdown = "\n".join("| " + " | ".join(row) + " |" for row in [rows[0], ["---"] * 7, *rows[1:]])
    csv = "\n".join(",".join(f'"{cell}"' for cell in row) for row in rows)
    from_table = imported("t.md", taxonomy, markdown + "\n")
    from_csv = imported("t.csv", taxonomy, csv + "\n")
    assert [(n.kind, n.body, n.variants, n.draft, n.id) for n in from_table.notes] == [
        (n.kind, n.body, n.variants, n.draft, n.id) for n in from_csv.notes]
    assert from_table.notes[0].body.title == "The Referral Sprint"
    assert from_table.notes[0].variants == ("How do you hire senior people?",)


def test_table_notes_validate_after_import(tmp_path):
    validates(tmp_path, "table-notes.md")


# 3. A topic only the answer points at


def test_a_topic_only_the_answer_supports_is_reported_weak(taxonomy):
    text = ("Q: What do you do in your first 90 days with a new team?\n"
            "A: I read the last quarter of incidents and postmortems, meet every engineer, and ship one small fix.\n\n"
            "Q: Tell me about an incident you led.\n"
            "A: I ran the call, rolled back within ten minutes and wrote the postmortem the next day.\n")
    report = imported("topics.txt", taxonomy, text)
    first, incident = report.notes
    assert first.topic.name == incident.topic.name == "Crisis & Incidents"
    weak = [m for m in messages(report) if "topic guessed" in m]
    assert len(weak) == 1 and weak[0].startswith(
        "line 1: topic guessed for 'What do you do in your first 90 days with a new team?': Crisis & Incidents (weak")
    assert re.search(r"\(weak: the answer points at it \(\d+%\), the question does not\); pass --topic or edit it$",
                     weak[0]), weak[0]


def test_a_heading_above_the_question_supports_the_topic(taxonomy):
    text = ("## Incidents\n\n### What do you do first when you join the call?\n\n"
            "I check the incident channel, name a lead and post the first update.\n")
    report = imported("call.md", taxonomy, text)
    assert report.notes[0].topic.name == "Crisis & Incidents"
    assert not [m for m in messages(report) if "topic" in m]
