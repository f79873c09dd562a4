"""Round 14 leftovers: a lettered bank's last answer running on into the writer's notes, a remark closing a
question, a checklist over stories, numbered exercise prefixes on scenario titles, closing lessons."""

from __future__ import annotations

from leaderdeck.importers import import_text
from leaderdeck.model import Kind


def _import(text: str, taxonomy, name: str = "notes.md"):
    return import_text(text, taxonomy, display=name, source=name)


LETTERED = """Keep it short.

a. 你的项目延期了，你怎么向团队解释。
I told the team the plan had slipped and why, then split the work again.

b. 你和同事对设计意见不一致，你应该怎么做。 类似的题目还有很多，记不全了。

I wrote both designs down and we ran a spike on each, then picked the faster one.

Keep the promise you made.



后来又想到几个经理问过的题目。说说你最近读过的书。

Cache layer
redis vs memcached

Queue
kafka partitions
"""


def test_last_lettered_answer_stops_at_a_note_in_another_script(taxonomy):
    report = _import(LETTERED, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.QA, Kind.QA]
    last = report.notes[1]
    assert last.body.answer == ("I wrote both designs down and we ran a spike on each, then picked the faster one."
                                "\n\nKeep the promise you made.")
    skipped = [(s.line, s.what) for s in report.skipped]
    assert (14, "text") in skipped


def test_remark_after_a_lettered_question_is_a_tip_not_the_question(taxonomy):
    report = _import(LETTERED, taxonomy)
    last = report.notes[1]
    assert last.body.question == "你和同事对设计意见不一致，你应该怎么做。"
    assert last.coach.tips == ("类似的题目还有很多，记不全了。",)
    assert report.notes[0].body.question == "你的项目延期了，你怎么向团队解释。"
    assert report.notes[0].coach.tips == ()


SAME_SCRIPT = LETTERED.replace("后来又想到几个经理问过的题目。说说你最近读过的书。", "Later I remembered the rest.")


def test_a_note_in_the_answer_script_after_blank_lines_stays_in_the_answer(taxonomy):
    report = _import(SAME_SCRIPT, taxonomy)
    assert "Later I remembered the rest." in report.notes[1].body.answer


STORY_BANK = """# My stories

### Night of the full queue

**Situation:** Our billing queue filled up during a sale.
**Task:** I had to get payments flowing again.
**Action:** I drained the backlog and added a second consumer.
**Result:** Payments caught up within the hour.

## Story Readiness Checklist
- [ ] Numbers confirmed
- [ ] Names removed
- [ ] Trade-offs explained
- [ ] Practice each story twice

## Appendix

Nothing else here.
"""


def test_boxes_to_tick_under_a_story_heading_are_no_story(taxonomy):
    report = _import(STORY_BANK, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.STAR]
    assert any(s.line == 11 and s.what == "text under 'Story Readiness Checklist'" for s in report.skipped)


def test_the_same_lines_without_boxes_are_still_terse_notes_of_a_story(taxonomy):
    report = _import(STORY_BANK.replace("- [ ] ", "- "), taxonomy)
    assert [n.kind for n in report.notes] == [Kind.STAR, Kind.QA]
    assert report.notes[1].body.question == "Story Readiness Checklist"


SCENARIO = """# Assignment 2: Platform Reliability Push

## Scenario
You have been Director of Engineering at a freight startup for one month. Two outages hit customers last week and
the board wants a plan.

## Competing Priorities

### 1. Pager Fatigue
**What happened:** The on-call rota has three people and each was paged nine times last week.

### 2. Launch Date
**What happened:** Sales promised a new tracking feature to the largest customer by the end of the quarter.

## Your Task
How would you split the team's time over the next six weeks, and what would you tell the board?
"""


def test_numbered_assignment_prefix_is_not_part_of_a_scenario_title(taxonomy):
    report = _import(SCENARIO, taxonomy)
    assert [n.kind for n in report.notes] == [Kind.SCENARIO]
    assert report.notes[0].body.title == "Platform Reliability Push"
    assert not any("is not a topic" in a.message for a in report.attention)


def test_a_title_whose_label_is_no_numbered_place_keeps_it(taxonomy):
    report = _import(SCENARIO.replace("Assignment 2: ", "Freight: "), taxonomy)
    assert report.notes[0].body.title == "Freight: Platform Reliability Push"


STORIES = """# Stories

## The stuck migration

- **S** — Our nightly schema migration hung and locked the orders table.
- **T** — I had to unlock it before the morning rush.
- **A** — I killed the blocking session, split the migration in batches and reran it.
- **R** — Orders flowed again by six. Lesson: a long migration needs batches and a lock timeout.

## The silent alert

- **S** — An alert had stopped firing for a month.
- **T** — I owned the monitoring rota.
- **A** — I traced the rule to a renamed metric and fixed it.
- **R** — We caught the next disk spike early; the lesson: renames break alerts quietly.

## The noisy neighbour

**Situation:** A batch job starved the API of CPU.
**Task:** I had to protect the API.
**Action:** I moved the job to its own pool.
**Result:** Latency went back to normal. Takeaway: isolate batch work.
**Learning:** I now ask for a resource budget on every new job.
"""


def test_closing_lesson_label_in_a_result_starts_the_learning(taxonomy):
    report = _import(STORIES, taxonomy)
    first = report.notes[0].body
    assert first.result == "Orders flowed again by six."
    assert first.learning == "a long migration needs batches and a lock timeout."


def test_lesson_inside_a_sentence_or_beside_an_own_learning_stays_in_the_result(taxonomy):
    report = _import(STORIES, taxonomy)
    second, third = report.notes[1].body, report.notes[2].body
    assert second.result == "We caught the next disk spike early; the lesson: renames break alerts quietly."
    assert second.learning == ""
    assert third.result == "Latency went back to normal. Takeaway: isolate batch work."
    assert third.learning == "I now ask for a resource budget on every new job."
