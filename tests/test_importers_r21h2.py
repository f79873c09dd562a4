"""Round 21 (h2): STAR keys glued to their text with a dash (``S-...``), stories under bare numbered headings,
group lines between stories, focus areas that state rather than ask, and plain-text prompt lists.

Fixtures are in our own words: invented questions and stories about engineering teams.
"""

from __future__ import annotations

from importing import imported, skipped

from leaderdeck.importers.gluedlabels import glued_star_labels
from leaderdeck.importers.reader import read_document_text
from leaderdeck.importers.statedareas import StatedAreas
from leaderdeck.importers.storylines import story_action

GLUED = """# stories

## Story1 SCHEMA
S-The data team wanted one schema for every event stream.
A-I wrote down both options with their costs and we settled it in one call.
R-We kept per-team schemas with a shared core.

## Story2 PAGER
S-Alerts for the queue service paged the wrong team every night.
the routing table had not changed since the reorg.
A-I traced the routing rules and moved the alerts to the owning team.
I also added a weekly check of who gets paged.
R-Night pages for my team fell from nine a week to one.
L-Check who actually gets paged before arguing about thresholds.
"""


def test_star_keys_glued_with_a_dash_are_a_storys_parts(taxonomy) -> None:
    report = imported(GLUED, taxonomy)
    assert [n.kind.value for n in report.notes] == ["star", "star"]
    schema, pager = report.notes
    assert schema.body.situation == "The data team wanted one schema for every event stream."
    assert schema.body.action.startswith("I wrote down both options")
    assert schema.body.result == "We kept per-team schemas with a shared core."
    assert pager.body.situation.endswith("the routing table had not changed since the reorg.")
    assert pager.body.action == ("I traced the routing rules and moved the alerts to the owning team.\n"
                                 "I also added a weekly check of who gets paged.")
    assert pager.body.learning == "Check who actually gets paged before arguing about thresholds."


def test_a_glued_key_alone_or_out_of_order_is_left_as_written() -> None:
    alone = ["A-list customers got the feature first and told us what broke."]
    assert glued_star_labels(alone) == alone
    backwards = ["R-squared of the model went up after the change we made.",
                 "S-curve adoption showed up in the second quarter of the year."]
    assert glued_star_labels(backwards) == backwards
    spaced = ["S-The build broke every Friday night.", "", "A-I pinned the compiler version for good."]
    assert glued_star_labels(spaced) == spaced
    assert glued_star_labels(["S-The build broke every Friday.", "R-It has not broken since then."]) == [
        "S: The build broke every Friday.", "R: It has not broken since then."]


def test_a_bare_a_label_after_a_part_carried_on_is_the_action() -> None:
    lines = ["S: The build broke every Friday.", "nobody owned the nightly job.", "A: I took the job over.",
             "R: It has not broken since."]
    assert story_action(lines, 2)
    assert not story_action(["Q: Why this team?", "some note", "A: I like the work."], 2)


GROUPED = """# stories

Conflict
## Story1 SCHEMA
S: The data team wanted one schema for every event stream.
A: I wrote down both options with their costs and we settled it in one call.
R: We kept per-team schemas with a shared core.

Growth
## Story1
Situation: I assumed the cache was shared between regions and it was not.
Details: I found it during the failover drill and rewrote the runbook.
## Story2
Situation: The CI pipeline ran the unit tests twice.
"""


def test_a_group_line_over_a_heading_names_the_group_and_ends_no_story(taxonomy) -> None:
    report = imported(GROUPED, taxonomy)
    schema = report.notes[0]
    assert schema.body.result == "We kept per-team schemas with a shared core."
    assert schema.competencies == ("Conflict",)
    assert not schema.body.learning


def test_a_situation_under_a_bare_story_heading_is_a_draft_story(taxonomy) -> None:
    report = imported(GROUPED, taxonomy)
    assert [(n.kind.value, n.body.question, n.draft) for n in report.notes] == [
        ("star", "Story1 SCHEMA", False), ("star", "Story1", True), ("star", "Story2", True)]
    first = report.notes[1]
    assert first.body.situation.startswith("I assumed the cache was shared")
    assert "rewrote the runbook" in first.body.situation
    assert not any("no question or title above it" in line for line in skipped(report))


def test_a_group_word_that_is_also_a_label_is_no_part_of_the_story_above(taxonomy) -> None:
    text = GROUPED.replace("Growth\n", "Results\n")
    report = imported(text, taxonomy)
    assert report.notes[0].body.result == "We kept per-team schemas with a shared core."
    assert len(report.notes) == 3


FOCUS = """# onsite focus areas

- Why you moved between teams, and what drew you to
each new one.
- The hardest call made on a project led by the team.
    - chose to delay the launch two weeks to fix data loss in the importer
- Your approach to disagreement. How do you give and take
feedback? What came out of those talks.
    - argued for a queue over cron; we ran both for a week and kept the queue
- Ship fast: we like small releases. Tell us about times you
cut a deadline short.
- How do you work without a clear spec?
    - wrote a one-page plan and got sign-off before coding
- Make sure your examples are recent.
- I still need a story for this one
"""


def test_focus_areas_stated_beside_questions_are_prompts(taxonomy) -> None:
    report = imported(FOCUS, taxonomy)
    questions = [n.body.question for n in report.notes]
    assert questions == [
        "Why you moved between teams, and what drew you to each new one.",
        "The hardest call made on a project led by the team.",
        "Your approach to disagreement. How do you give and take feedback? What came out of those talks.",
        "Ship fast: we like small releases. Tell us about times you cut a deadline short.",
        "How do you work without a clear spec?"]
    moved, hardest, disagree, ship, spec = report.notes
    assert moved.draft and ship.draft
    assert hardest.body.answer == "- chose to delay the launch two weeks to fix data loss in the importer"
    assert disagree.body.answer.startswith("- argued for a queue over cron")


def test_stated_items_need_two_asking_siblings_and_no_teller() -> None:
    one = read_document_text("- Your reasons for changing teams.\n- The hardest call on a project.\n"
                             "    - the importer launch\n- How do you work without a spec?\n", "doc.md").blocks
    areas, blocks = StatedAreas(), list(one)
    assert [areas.at(blocks, i, b, False) for i, b in enumerate(blocks)] == [None] * len(blocks)
    two = read_document_text("- Your reasons for changing teams.\n- I still need a story about my old team.\n"
                             "- Be ready to talk about your failures.\n- Why this team?\n- How do you plan?\n",
                             "doc.md").blocks
    areas, blocks = StatedAreas(), list(two)
    assert [areas.at(blocks, i, b, False) for i, b in enumerate(blocks)] == [
        "Your reasons for changing teams.", None, None, None, None]


PROMPT_LIST = """Questions:
Why do you want to join the platform group?
Tell me about a time you missed a deadline.
Pushed back on a launch date
Handled an angry customer
带新人的经验
最难的技术决定
你为什么想换工作？
I still need a story for the outage

Some notes on preparing.
"""


def test_a_labelled_list_of_prompts_is_one_prompt_a_line(taxonomy) -> None:
    report = imported(PROMPT_LIST, taxonomy, name="bank.txt")
    assert [n.body.question for n in report.notes] == [
        "Why do you want to join the platform group?", "Tell me about a time you missed a deadline.",
        "Pushed back on a launch date", "Handled an angry customer", "带新人的经验", "最难的技术决定", "你为什么想换工作？"]
    assert all(n.draft for n in report.notes[:-1])
    assert report.notes[-1].body.answer.startswith("I still need a story for the outage")


def test_prompts_without_a_label_over_them_keep_their_answers(taxonomy) -> None:
    text = "Why do you want to join the platform group?\nPushed back on a launch date\nHandled an angry customer\n"
    report = imported(text, taxonomy, name="bank.txt")
    assert len(report.notes) == 1
    assert "Pushed back on a launch date" in report.notes[0].body.answer


def test_a_cjk_line_ending_a_sentence_is_not_wrapped_onto_the_next(taxonomy) -> None:
    text = "问题：\n描述一次你带项目的经历。\n你怎么激励团队？\n你为什么想换工作？\n"
    report = imported(text, taxonomy, name="bank.txt")
    assert [n.body.question for n in report.notes] == ["描述一次你带项目的经历。", "你怎么激励团队？", "你为什么想换工作？"]


KEY = """Why do you want to join the platform group?
Tell me about a time you cut scope.

STAR
{s}
    what was going on
{t}
    what you owned
{a}
    what you did
{r}
    how it ended


My rule: ship the smallest safe fix first, then the real one.

Bias for action
Nobody waited for the full design; the rollback switch shipped the same day.
"""


def test_a_star_key_in_plain_text_is_a_template_and_the_rest_is_read_on_its_own(taxonomy) -> None:
    for labels in (("Scene 场景", "Task 任务", "Action 行动", "Result 结果"), ("Situation", "Task", "Action", "Result")):
        text = KEY.format(s=labels[0], t=labels[1], a=labels[2], r=labels[3])
        report = imported(text, taxonomy, name="bank.txt")
        cut = report.notes[1]
        assert cut.kind.value == "qa" and cut.body.question == "Tell me about a time you cut scope."
        assert cut.draft and cut.body.answer == ""
        lines = skipped(report)
        assert "line 4: 'STAR' (a template, not an answer)" in lines
        assert "line 15: text (not part of a question)" in lines
        assert "line 17: text under 'Bias for action' (not part of a question)" in lines
        assert all("My rule" not in note.body.answer for note in report.notes if note.kind.value == "qa")
