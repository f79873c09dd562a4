"""Where an answer ends, and lines that are not questions (fixtures in our own words, shaped like personal prep
notes): headings written without their space, an empty answer label, a bare link after a question, a STAR
framework written as bullets, plain-text questions numbered without a dot, self-check lists and questions to ask
the interviewer, and a coaching page's sample answers."""

from __future__ import annotations

from importing import skipped
from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.headings import spaced_headings
from leaderdeck.importers.mdreader import read_markdown
from leaderdeck.importers.blocks import BlockKind


def imported(name: str, taxonomy, text: str) -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def questions(report: ImportReport) -> list[str]:
    return [note.body.question for note in report.notes]


def answer(report: ImportReport, index: int = 0) -> str:
    return report.notes[index].body.answer


# Headings written without the space after the marks

def headings(text: str) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in read_markdown(tuple(text.split("\n"))) if b.kind is BlockKind.HEADING]


def test_marks_glued_to_a_word_at_the_start_of_a_line_are_a_heading():
    assert headings("# Notes\n\n###Delivery\n\nSome text.\n##Hiring plans\n") == [
        (1, "Notes"), (3, "Delivery"), (2, "Hiring plans")]


def test_a_line_of_several_hashtags_stays_text():
    assert headings("# Notes\n\n#leadership #hiring\n\n##ops #oncall\n") == [(1, "Notes")]


def test_one_mark_and_one_word_is_a_hashtag_but_two_marks_are_a_heading():
    assert headings("#leadership\n\n##Leadership\n") == [(2, "Leadership")]
    assert headings("#Team rituals\n") == [(1, "Team rituals")]


def test_glued_marks_inside_fenced_code_or_indented_or_before_a_digit_stay_as_written():
    text = "```\n##comment\n```\n\n    ##indented\n\n#1 priority\n~~~~\n#include thing\n~~~~\n"
    assert spaced_headings(tuple(text.split("\n"))) == tuple(text.split("\n"))


def test_an_empty_answer_label_over_glued_headings_leaves_the_question_a_draft(taxonomy):
    text = ("# Prep\n\n###Problems\n\n**Question:** How do you break down a vague problem?\n**Answer:**\n\n"
            "###Teams\n###Failures\n")
    report = imported("prep.md", taxonomy, text)
    assert questions(report) == ["How do you break down a vague problem?"]
    assert report.notes[0].draft and not answer(report)


def test_a_template_section_keeps_the_questions_its_labels_ask_and_drops_the_framework(taxonomy):
    text = ("# Prep\n\n- How do you handle a missed deadline?\n\n##STAR\n"
            "* Situation. Set the scene in a sentence or two.\n\n"
            "* Task. What was expected of you, and by whom?\n\n"
            "* Action. What you did, in the first person.\n\n* Result. What changed, with a number.\n\n"
            "Q&A:\n\n**Q**:Why are you leaving your current role?\n**A**: \n")
    report = imported("prep.md", taxonomy, text)
    assert questions(report) == ["How do you handle a missed deadline?", "Why are you leaving your current role?"]
    assert all(note.draft for note in report.notes)
    assert "section 'STAR' (a template, not an answer)" in " ".join(skipped(report))


# An empty answer label, and a line that is only a link

def test_an_answer_label_alone_on_its_line_takes_the_paragraph_below_it(taxonomy):
    text = "# Prep\n\n**Question:** How do you plan a quarter?\n**Answer:**\n\nI start from the goals we missed.\n"
    report = imported("prep.md", taxonomy, text)
    assert answer(report) == "I start from the goals we missed."


def test_an_empty_answer_label_then_a_rule_leaves_the_question_a_draft(taxonomy):
    text = ("# Prep\n\n**Question:** How do you plan a quarter?\n**Answer:**\n\n---\n\nOdds and ends\n\n"
            "**Question:** Why do you want this role?\n**Answer:** The scope is what I grew into.\n")
    report = imported("prep.md", taxonomy, text)
    assert questions(report) == ["How do you plan a quarter?", "Why do you want this role?"]
    assert report.notes[0].draft and not answer(report, 0)
    assert answer(report, 1) == "The scope is what I grew into."
    assert any("line 8: text under 'Prep'" in line for line in skipped(report))


def test_a_link_alone_after_the_last_question_of_a_list_is_not_its_answer(taxonomy):
    text = ("# Bank\n\n- Describe a time you pushed back on a deadline.\n- Why did you pick your last team?\n\n"
            "https://example.org/some/reading/list\n\n- How do you spend your first month?\n")
    report = imported("bank.md", taxonomy, text)
    assert questions(report) == ["Describe a time you pushed back on a deadline.",
                                 "Why did you pick your last team?", "How do you spend your first month?"]
    assert all(note.draft for note in report.notes)
    assert "line 6: a link (a reference, not the answer)" in skipped(report)


def test_a_link_between_the_paragraphs_of_an_answer_is_dropped_and_the_answer_goes_on(taxonomy):
    text = ("# Prep\n\n## How do you handle an underperformer?\n\nI name the gap early.\n\n"
            "<https://example.org/a-post>\n\nThen we agree a plan with dates.\n")
    report = imported("prep.md", taxonomy, text)
    assert answer(report) == "I name the gap early.\n\nThen we agree a plan with dates."
    assert "line 7: a link (a reference, not the answer)" in skipped(report)


def test_a_link_in_a_sentence_stays_in_the_answer(taxonomy):
    text = "# Prep\n\n## What do you read?\n\nMostly [this blog](https://example.org/blog) and papers.\n"
    report = imported("prep.md", taxonomy, text)
    assert "https://example.org/blog" in answer(report)


# A STAR framework written as a list

FRAMEWORK = """# Prep

- Tell me about a launch that slipped.

{name}

* Situation. Sketch the setting in a line or two.
* Task. What were you on the hook for, and who asked?
* Action. Walk through the steps you took yourself.
* Result. Close with what changed and by how much.

- How do you grow senior engineers?
"""


def test_a_star_framework_list_under_a_line_naming_it_is_a_template(taxonomy):
    for name in ("The STAR way:", "**STAR framework:**", "Answer structure"):
        report = imported("prep.md", taxonomy, FRAMEWORK.format(name=name))
        assert questions(report) == ["Tell me about a launch that slipped.", "How do you grow senior engineers?"]
        assert all(note.draft for note in report.notes), name
        assert any("line 5" in line and "(a template, not an answer)" in line for line in skipped(report)), name


def test_a_story_told_in_labelled_parts_under_a_star_line_is_still_a_story(taxonomy):
    text = ("# Stories\n\n## Tell me about a migration you led.\n\nSTAR:\n\n"
            "- Situation: our billing ran on a server we could not patch.\n"
            "- Task: I had to move it without a missed invoice.\n"
            "- Action: I ran both systems side by side for a month.\n"
            "- Result: we switched over with no missed invoice.\n")
    report = imported("stories.md", taxonomy, text)
    assert len(report.notes) == 1
    assert report.notes[0].body.action.startswith("I ran both systems")


# Plain text: the next question numbered without its dot, an entry left without a question

NUMBERED = """1. What are you proudest of?

The rollout of our new build system.
It cut release time in half.

2. Why this team?

The product is one I use every day.
3 how would you spend your first month here?
Meeting each engineer one to one.
4 teams asked me to help after that.

3.
Dear hiring team,
thanks for your time.
"""


def test_a_question_carrying_the_next_number_without_a_dot_starts_the_next_question(taxonomy):
    report = imported("notes.txt", taxonomy, NUMBERED)
    assert questions(report) == ["What are you proudest of?", "Why this team?",
                                 "how would you spend your first month here?"]
    assert answer(report, 1) == "The product is one I use every day."
    assert "Meeting each engineer one to one." in answer(report, 2)


def test_a_line_that_only_starts_with_a_number_stays_in_the_answer(taxonomy):
    report = imported("notes.txt", taxonomy, NUMBERED)
    assert "4 teams asked me to help after that." in answer(report, 2)


def test_a_bare_number_after_the_questions_ends_the_answer_and_what_follows_is_reported(taxonomy):
    report = imported("notes.txt", taxonomy, NUMBERED)
    assert "Dear hiring team" not in answer(report, 2)
    assert "line 14: text (not part of a question)" in skipped(report)


def test_a_number_without_a_dot_that_is_not_the_next_one_is_text(taxonomy):
    text = "1. Why this team?\n\nThe product is one I use every day.\n7 what else would you ask me?\n"
    report = imported("notes.txt", taxonomy, text)
    assert questions(report) == ["Why this team?"]
    assert "7 what else would you ask me?" in answer(report)


# A self-check list

def test_closed_questions_under_a_line_about_feedback_are_a_self_check_list_not_questions(taxonomy):
    text = ("# Stories\n\n## How do you handle a stalled project?\n\nI reset the scope with the owner.\n\n"
            "## Practice\n\nRecord yourself telling each story, then review:\n"
            "- Did you stay under two minutes?\n- Was your own part clear?\n- Did you name a number?\n"
            "- Pace and tone\n")
    report = imported("stories.md", taxonomy, text)
    assert questions(report) == ["How do you handle a stalled project?"]
    assert "line 9: 'Record yourself telling each story, then review' (not interview content)" in skipped(report)


def test_open_questions_under_a_review_line_stay_questions(taxonomy):
    text = ("# Prep\n\nBefore the loop, review:\n- How do you set goals with a new report?\n"
            "- Why do you want to manage managers?\n")
    report = imported("prep.md", taxonomy, text)
    assert questions(report) == ["How do you set goals with a new report?", "Why do you want to manage managers?"]
    assert not any("not interview content" in line for line in skipped(report))


def test_closed_questions_a_line_calls_questions_stay_questions(taxonomy):
    text = ("# Prep\n\nQuestions they use to evaluate you:\n- Have you ever let someone go?\n"
            "- Did you ever miss a launch date?\n")
    report = imported("prep.md", taxonomy, text)
    assert questions(report) == ["Have you ever let someone go?", "Did you ever miss a launch date?"]
    assert not any("not interview content" in line for line in skipped(report))


# Questions to ask the interviewer, under plain group lines

TO_ASK = """Why do you want to join us?
The team ships to millions of people.

-----
Qs for the platform engineers
How long does a release take?
On-call load?
Pairing culture?
---
Questions for Sam Lee (hiring manager):
How is success measured in the first year?
Team size?
"""


def test_plain_lines_naming_whom_the_writer_will_ask_head_questions_to_ask_not_notes(taxonomy):
    report = imported("notes.txt", taxonomy, TO_ASK)
    assert questions(report) == ["Why do you want to join us?"]
    assert answer(report) == "The team ships to millions of people."
    assert "line 5: 'Qs for the platform engineers' (questions to ask the interviewer)" in skipped(report)
    assert "line 10: 'Questions for Sam Lee (hiring manager)' (questions to ask the interviewer)" in skipped(report)


def test_questions_for_a_level_head_a_bank_of_questions_to_answer(taxonomy):
    text = "# Bank\n\n## Questions for senior managers\n\n- How do you grow managers of managers?\n"
    report = imported("bank.md", taxonomy, text)
    assert questions(report) == ["How do you grow managers of managers?"]


def test_a_line_over_a_separator_right_under_other_lines_is_not_a_heading_in_plain_text(taxonomy):
    text = "Why do you want to join us?\nThe product, mostly.\n---\nHow do you handle pressure?\nI plan ahead.\n"
    report = imported("notes.txt", taxonomy, text)
    assert questions(report) == ["Why do you want to join us?", "How do you handle pressure?"]


# A coaching page's numbered sample answers

SAMPLES = """Why should we give you the platform lead role?

Hiring panels ask this to see whether the candidate knows the role.

How to Answer
-------------

1. **Tie it to the role:** name what the role needs.

Sample Answers
--------------

### Example 1

I have run the platform on-call for two years and I know where it hurts.

### Example 2

My last team moved to the platform first, so we know its rough edges.

Keep in mind, when answering this question, to stay concrete and brief.
"""


def test_numbered_samples_under_a_sample_answers_heading_are_separate_answers(taxonomy):
    report = imported("page.md", taxonomy, SAMPLES)
    assert questions(report) == ["Why should we give you the platform lead role?"] * 2
    assert answer(report, 0) == "I have run the platform on-call for two years and I know where it hurts."
    assert answer(report, 1) == "My last team moved to the platform first, so we know its rough edges."
    assert "Sample Answers" not in answer(report, 0)


def test_advice_closing_the_samples_is_a_tip_and_the_pages_introduction_a_signal(taxonomy):
    report = imported("page.md", taxonomy, SAMPLES)
    coach = report.notes[0].coach
    assert "Keep in mind, when answering this question, to stay concrete and brief." in coach.tips
    assert any(s.startswith("Hiring panels ask this") for s in coach.signals)
    assert "Keep in mind" not in answer(report, 1)


def test_sub_sections_that_are_not_numbered_alike_stay_one_answer(taxonomy):
    text = ("# How do you run a retro?\n\n## Before\n\nI collect notes from everyone.\n\n"
            "## During\n\nI keep it to one hour.\n")
    report = imported("page.md", taxonomy, text)
    assert len(report.notes) == 1
    assert "I collect notes" in answer(report) and "one hour" in answer(report)


def test_phases_numbered_alike_are_one_answer_not_samples(taxonomy):
    text = ("# How would you spend your first ninety days as the team's manager?\n\n"
            "## Month 1\n\nI would meet every engineer and read the last six incident reviews.\n\n"
            "## Month 2\n\nI would agree on two goals with my manager.\n\n"
            "## Month 3\n\nI would run the first planning round myself.\n")
    report = imported("page.md", taxonomy, text)
    assert len(report.notes) == 1
    assert "six incident reviews" in answer(report) and "first planning round" in answer(report)


def test_two_runs_of_numbered_samples_the_one_written_first_wins(taxonomy):
    text = ("# Why do you want this role?\n\n### Sample 1\n\nI want to grow the platform team.\n\n"
            "### Example 1\n\nWe ran our own platform for years.\n\n### Sample 2\n\nI like hard migrations.\n\n"
            "### Example 2\n\nOur last platform taught me patience.\n")
    report = imported("page.md", taxonomy, text)
    assert [answer(report, i).splitlines()[0] for i in (0, 1)] == [
        "I want to grow the platform team.", "I like hard migrations."]
