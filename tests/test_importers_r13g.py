"""Round 13 (g), fixtures in our own words: a story's list of the principles it shows under a principles label,
numbered sub-questions nested under a numbered item in plain text, and plain-text banks whose prompts carry no
question mark (in Chinese, or after a STAR key at the top)."""

from __future__ import annotations

import pytest

from importing import imported, messages

from leaderdeck.importers.reader import read_document_text
from leaderdeck.model import Kind


# 1. A story's "Leadership Principles: A, B, C." line: the story's competencies

def _story(label: str, listed: str) -> str:
    return f"""### Story 1: Nightly builds that finish
- **Situation**: Our nightly build ran for nine hours and often failed by morning.
- **Task**: Bring it under two hours without new machines.
- **Action**: I split the build by module and cached the test images.
- **Result**: It ran in ninety minutes and failed twice in a quarter.
- **{label}**: {listed}

---

### Story 2: One on-call rota
- **Situation**: Three teams paged each other for the same alerts.
- **Task**: Agree one rota for the shared services.
- **Action**: I drew up the rota with the three leads and ran it for a month.
- **Result**: Pages per person fell by half.
- **{label}**: Earn Trust, Dive Deep.
"""


@pytest.mark.parametrize("label", ["Leadership Principles", "Principles", "LPs", "Competencies demonstrated",
                                   "Amazon LPs", "Values shown"])
def test_a_stories_principles_list_gives_its_competencies(taxonomy, label: str) -> None:
    report = imported(_story(label, "Ownership, Bias for Action, Learn and Be Curious."), taxonomy)
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.STAR]
    first, second = report.notes
    assert first.competencies == ("Ownership", "Bias for Action", "Learn and Be Curious")
    assert second.competencies == ("Earn Trust", "Dive Deep")
    assert "Ownership" not in first.body.result and not first.coach.tips
    assert not any("is not a topic" in m for m in messages(report))


def test_a_principles_label_over_advice_stays_tips(taxonomy) -> None:
    report = imported(_story("Principles", "own the failure, keep it under two minutes."), taxonomy)
    first = report.notes[0]
    assert first.competencies == ()
    assert first.coach.tips == ("own the failure, keep it under two minutes.",)


def test_a_category_naming_one_thing_is_still_a_topic_label(taxonomy) -> None:
    text = _story("Category", "Release engineering").replace("Earn Trust, Dive Deep.", "Platform work")
    report = imported(text, taxonomy)
    assert report.notes[0].competencies == ("Release engineering",)  # the writer's category, kept (round 34)
    assert any("'Release engineering' is not a topic" in m for m in messages(report))


def test_a_plain_text_story_lists_its_principles(taxonomy) -> None:
    text = ("Story: Faster release checks\nSituation: Releases waited two days for manual checks.\n"
            "Task: Cut the wait without adding people.\nAction: I wrote the checks as code and ran them on merge.\n"
            "Result: Releases went out the same day.\nLeadership principles: Ownership, Deliver Results.\n")
    report = imported(text, taxonomy, name="bank.txt")
    assert len(report.notes) == 1
    assert report.notes[0].competencies == ("Ownership", "Deliver Results")
    assert report.notes[0].body.result == "Releases went out the same day."


# 2. Plain text: "1)" … "N)" sub-questions nested under a numbered item, the first on the item's line after a label

NESTED_RUN_TXT = """1. why do you want to join us?
2. Onsite loop: 1) walk me through the last system you shipped
          a billing export, cut nightly run from six hours to one
       2) hardest outage you handled
          a cache stampede after a deploy
          we added jitter and a lock
       3) tell me about a time you disagreed with your manager
          I asked for a week to measure before we rewrote the queue
       4) why are you leaving?
3. What do you want to learn next?
   Running a team of my own.
"""


def test_nested_paren_run_gives_one_question_per_member(taxonomy) -> None:
    report = imported(NESTED_RUN_TXT, taxonomy, name="loop.txt")
    questions = [n.body.question for n in report.notes]
    assert questions == ["why do you want to join us?", "walk me through the last system you shipped",
                         "hardest outage you handled", "tell me about a time you disagreed with your manager",
                         "why are you leaving?", "What do you want to learn next?"]
    notes = {n.body.question: n for n in report.notes}
    assert "billing export" in notes["walk me through the last system you shipped"].body.answer
    assert "Onsite" not in " ".join(questions)
    outage = notes["hardest outage you handled"].body.answer
    assert "cache stampede" in outage and "jitter" in outage and "disagreed" not in outage
    assert "measure" in notes["tell me about a time you disagreed with your manager"].body.answer
    assert notes["why are you leaving?"].draft
    assert notes["What do you want to learn next?"].body.answer.strip("- \n") == "Running a team of my own."
    assert "line 9: 'why are you leaving?' is a draft: no answer" in messages(report)


def test_nested_paren_run_with_tabs_and_drifting_indents(taxonomy) -> None:
    text = ("1. describe a project you would redo?\n"
            "2. Team X: 1) dive into your latest project\n"
            "\t\t\t\tLatency, alerts, dashboards\n"
            "\t\t   2) give me an example where you pushed back\n"
            "\t\t\t\ta launch that slowed checkout\n"
            "\t\t  3) what is your ideal job\n"
            "\t\t  4) why do you want to leave?\n")
    report = imported(text, taxonomy, name="bq.txt")
    assert [n.body.question for n in report.notes] == [
        "describe a project you would redo?", "dive into your latest project",
        "give me an example where you pushed back", "what is your ideal job", "why do you want to leave?"]
    assert "Latency" in report.notes[1].body.answer
    assert "checkout" in report.notes[2].body.answer
    assert [n.draft for n in report.notes] == [True, False, False, True, True]


def test_a_numbered_list_of_reasons_inside_an_answer_stays_the_answer(taxonomy) -> None:
    text = ("1. Tell me about a hard bug?\n"
            "   Reasons it took long: 1) no logs on the box\n"
            "                         2) the bug only showed at night\n"
            "2. Why this team?\n")
    report = imported(text, taxonomy, name="bq.txt")
    assert [n.body.question for n in report.notes] == ["Tell me about a hard bug?", "Why this team?"]
    assert "only showed at night" in report.notes[0].body.answer


# 3. Plain-text banks whose prompts carry no question mark

CHINESE_BANK_TXT = """如何推动跨团队的项目
先找到对方的痛点，再一起定里程碑，每周同步一次。

上线前发现严重Bug怎么办
我先评估影响范围，和产品经理商量推迟还是降级发布。

最难忘的Oncall
半夜数据库主从切换失败，我带着两个同事回滚并补了演练。
"""


def test_chinese_prompts_without_their_mark_over_answers_are_questions(taxonomy) -> None:
    report = imported(CHINESE_BANK_TXT, taxonomy, name="bank.txt")
    assert [n.body.question for n in report.notes] == ["如何推动跨团队的项目", "上线前发现严重Bug怎么办", "最难忘的Oncall"]
    assert [n.kind for n in report.notes] == [Kind.QA] * 3
    assert report.notes[0].body.answer.strip() == "先找到对方的痛点，再一起定里程碑，每周同步一次。"
    assert "主从切换" in report.notes[2].body.answer
    assert not any(n.draft for n in report.notes)


KEYED_BANK_TXT = """STAR
S: Situation
T: Task
A: Action
R: Result

Biggest migration you drove
ans: Moving billing off the old queue. I mapped every consumer before we cut over.

Walk me through a release you rolled back
The search index broke on a schema change; I rolled back within the hour and added a contract test.

Hardest hire you made
We needed a staff engineer for storage; I rewrote the loop around a real design problem.
"""


def test_unmarked_prompts_after_a_star_key_are_questions_and_the_key_is_skipped(taxonomy) -> None:
    report = imported(KEYED_BANK_TXT, taxonomy, name="bq.txt")
    assert [n.body.question for n in report.notes] == [
        "Biggest migration you drove", "Walk me through a release you rolled back", "Hardest hire you made"]
    assert report.notes[0].body.answer.strip() == \
        "Moving billing off the old queue. I mapped every consumer before we cut over."
    assert "contract test" in report.notes[1].body.answer and "staff engineer" not in report.notes[1].body.answer
    assert any("line 2: STAR parts (no question or title above it)" in s for s in map(str, report.skipped))


def test_titled_stories_without_any_prompt_mark_are_not_made_questions() -> None:
    text = ("The billing move\nWe moved billing off the old queue over two sprints.\n\n"
            "The search rollback\nThe index broke on a schema change and we rolled back.\n")
    assert not any(b.prompt for b in read_document_text(text, "notes.txt").blocks)
    marked = text.replace("The search rollback", "How did the search rollback go")
    assert [b.line for b in read_document_text(marked, "notes.txt").blocks if b.prompt] == [1]


def test_titles_in_doubled_angle_brackets_are_no_blanks(taxonomy) -> None:
    text = ("Which team would you like to join?\n"
            "The games team. I grew up on <<Night Harbor>> and <<Paper Kites>>, and I want to build the next one.\n")
    report = imported(text, taxonomy, "notes.txt")
    note, = report.notes
    assert not note.draft
    assert note.body.answer.startswith("The games team.")
    template = imported("Which team would you like to join?\nThe <team name> team, for <reason>.\n",
                                  taxonomy, "notes.txt")
    assert template.notes[0].draft  # single angle brackets are still blanks to fill
