"""More label words of real prep documents, in small documents of our own.

Coaching lead-ins under a question ("Focus on:", "Good answer includes:", "Structure:", "Important:") that are
coaching, not the answer; lists of what a story shows ("Maps to:", "Categories:"); practice-tracking lines that
are no interview content; STAR part synonyms ("Context", "Intervention", "My approach", "Retrospective"); and a
label with nothing after it, which is reported, never kept as a value.
"""

from __future__ import annotations

import pytest

from importing import kinds
from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.labels import slot, star_slot
from leaderdeck.model import Kind, QaBody, StarBody


def imported(text: str, taxonomy) -> ImportReport:
    return import_text(text, taxonomy, display="prep.md", source="prep.md")


@pytest.mark.parametrize(("label", "expected"), [
    ("Focus on", "signals"), ("Good answer includes", "signals"), ("A strong answer shows", "signals"),
    ("Structure", "tips"), ("Important", "tips"),
    ("Maps to", "competencies"), ("Categories", "competencies"), ("Demonstrates", "competencies"),
    ("Practice Count", "noise"), ("Last Practiced", "noise"), ("Times rehearsed", "noise"),
    ("Confidence level", "noise"),
    ("Intervention", "action"), ("2. The Intervention (what I did)", "action"), ("My Approach", "action"),
    ("Retrospective", "learning"), ("Retrospective / Learnings", "learning"),
    ("The Challenge", "challenges"),
])
def test_more_label_words(label, expected):
    assert star_slot(label) == expected


def test_noun_phrases_around_the_new_words_stay_unlabelled():
    assert slot("The team structure") is None
    assert slot("Important dates") is None
    assert slot("Focus areas") is None


def test_coaching_bullets_under_a_bold_question_make_a_draft(taxonomy):
    text = ("# Prep\n\n## Teams\n\n"
            "**Q: Tell me about a time you steered a team through a late launch.**\n"
            "- Focus on: Delegation, pacing, morale\n"
            "- Good answer includes: Headcount, dates, what slipped\n"
            "- Structure: Goal → Obstacle → Move → Outcome\n"
            "- Important: Name your own mistake\n\n"
            "**Q: Describe a time you changed a peer's mind.**\n"
            "- Focus on: Listening, evidence\n"
            "- Avoid: Winning the argument at any cost\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"qa": 2} and report.drafts == 2
    first, second = report.notes
    assert first.body == QaBody(question="Tell me about a time you steered a team through a late launch.")
    assert first.coach.signals == ("Delegation, pacing, morale", "Headcount, dates, what slipped")
    assert first.coach.tips == ("Goal → Obstacle → Move → Outcome", "Name your own mistake")
    assert second.body.question == "Describe a time you changed a peer's mind."
    assert second.coach.signals == ("Listening, evidence",)
    assert second.coach.tips == ("Red flag: Winning the argument at any cost",)


def test_a_structure_point_inside_an_answer_stays_in_the_answer(taxonomy):
    text = ("### How do you run your weekly check-ins?\n"
            "**Answer:**\n"
            "- **Cadence:** Every week, half an hour.\n"
            "- **Structure:**\n"
            "    1. **Health:** How is the person doing?\n"
            "    2. **Blockers:** What is in the way?\n"
            "- **Anti-Pattern:** Reading out ticket status.\n")
    report = imported(text, taxonomy)

    note = report.notes[0]
    assert "**Structure:**" in note.body.answer and "**Blockers:** What is in the way?" in note.body.answer
    assert note.coach.tips == ("Red flag: Reading out ticket status.",)


_STORY = ("## Story 1: The Billing Rewrite\n\n"
          "**Categories:** Ownership, \"Bias, for action\", Delivery\n"
          "**Maps to:** Deliver results\n\n"
          "### Situation\nOur invoices went out two days late every month.\n\n"
          "### Task\nI had to make the run finish overnight.\n\n"
          "### Action\nI split the batch by region and moved it to a queue.\n\n"
          "### Result\n- **Impact:** Invoices leave on the first of the month.\n"
          "- **Learning:** Measure before you cut.\n\n"
          "**Keywords:** billing, queues  \n"
          "**Practice Count:** 2/5  \n"
          "**Last Practiced:** last Tuesday\n")


def test_story_metadata_after_the_result_is_not_learning(taxonomy):
    report = imported(_STORY, taxonomy)

    assert kinds(report) == {"star": 1} and report.drafts == 0
    note = report.notes[0]
    assert note.body.learning == "Measure before you cut."
    assert note.competencies == ("Ownership", "Bias, for action", "Delivery", "Deliver results")
    assert note.tags == ("billing", "queues")
    assert {(s.what, s.why) for s in report.skipped} >= {("'Practice Count'", "not interview content"),
                                                         ("'Last Practiced'", "not interview content")}


def test_a_category_named_leadership_is_a_skill_not_a_level(taxonomy):
    text = _STORY.replace("**Categories:** Ownership,", "**Categories:** Leadership, Ownership,")
    report = imported(text, taxonomy)

    assert report.notes[0].level.value == "senior"
    assert "Leadership" in report.notes[0].competencies


def test_empty_labels_are_reported_not_kept(taxonomy):
    text = ("### Question: How do you decide what to drop when a sprint overflows?\n\n"
            "**Reviewer Notes:**\n\n![screenshot](notes.png)\n\n"
            "**Categories:**\n\n"
            "**Answer (STAR):**\n"
            "- S: Two launches landed in the same sprint.\n"
            "- T: I had to pick one without losing either customer.\n"
            "- A: I asked both customers which date was firm and moved the other.\n"
            "- R: Both shipped within the month.\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"star": 1}
    note = report.notes[0]
    assert note.competencies == ()
    assert ("'Reviewer Notes'", "a label with no text after it") in {(s.what, s.why) for s in report.skipped}


def test_context_beside_a_situation_is_part_of_the_situation(taxonomy):
    text = ("# Case: Turning Around a Release Train\n\n"
            "**Context:** A platform group of thirty people shipping twice a year.\n\n"
            "## 1. The Situation\n- Releases slipped every quarter.\n\n"
            "## 2. The Intervention (what I did)\n### A. A shared goal\nI set one reliability target for all teams.\n\n"
            "## 3. The Result\n- Releases went monthly within half a year.\n\n"
            "## 4. Retrospective / Learnings\n- I should have asked the leads first.\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"star": 1}
    body = report.notes[0].body
    assert isinstance(body, StarBody)
    assert body.situation.startswith("A platform group of thirty people shipping twice a year.")
    assert "Releases slipped every quarter." in body.situation
    assert body.task == ""
    assert "one reliability target" in body.action
    assert body.learning == "- I should have asked the leads first."


# Sample answers given by level: the strongest is the answer, the weakest a red flag


def test_answers_by_level_give_the_strongest_as_the_answer(taxonomy):
    text = ("# Platform Lead Questions\n\n"
            "## 1. Paging Load\n\n"
            "**Scenario:** The on-call rota is burning people out.\n\n"
            "**Question:** How do you cut the paging load of a team?\n\n"
            "**Key Concepts:** `Reliability`, `Team health`\n\n"
            "### Candidate Response Paths\n"
            "*   **Senior**: Rank alerts by how often they need a human and delete the rest.\n"
            "*   **Junior**: Add more people to the rota.\n"
            "*   **Mid-level**: Tune the thresholds of the noisiest alerts.\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"qa": 1} and report.drafts == 0
    note = report.notes[0]
    assert note.body == QaBody(question="How do you cut the paging load of a team?",
                               answer="Rank alerts by how often they need a human and delete the rest.")
    assert note.competencies == ("Reliability", "Team health")
    assert note.coach.tips == ("Context: The on-call rota is burning people out.",
                               "Red flag: Add more people to the rota.",
                               "Mid-level: Tune the thresholds of the noisiest alerts.")


def test_graded_samples_under_a_question(taxonomy):
    text = ("### How do you tell a team its project is cancelled?\n\n"
            "- **Weak answer**: By email, after the decision is public.\n"
            "- **Strong answer**: In person first, with the reason and what happens to each of them.\n")
    note = imported(text, taxonomy).notes[0]

    assert note.body.answer == "In person first, with the reason and what happens to each of them."
    assert note.coach.tips == ("Red flag: By email, after the decision is public.",)


def test_a_list_with_one_level_word_is_an_ordinary_answer(taxonomy):
    text = ("### How do you grow an engineer into a lead?\n\n"
            "- **Senior**: give them a project with a deadline.\n"
            "- **Mentor**: meet weekly about it.\n")
    note = imported(text, taxonomy).notes[0]

    assert note.body.answer.startswith("- **Senior**: give them")
    assert "**Mentor**" in note.body.answer


# A company a question was asked at is a tag of the note


def test_the_company_a_story_was_asked_at_is_a_tag(taxonomy):
    text = ("### 1. Describe a time you rescued a slipping project.\n\n"
            "**Difficulty:** Hard\n\n**Company:** Initech\n\n**Sample STAR Answer:**\n\n"
            "**Situation:** The launch was a month late.\n\n**Task:** I had to land it by the quarter's end.\n\n"
            "**Action:** I cut two features and paired the team on the rest.\n\n**Result:** It shipped on time.\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"star": 1} and report.drafts == 0
    assert report.notes[0].tags == ("Initech",)
    assert [s.what for s in report.skipped] == ["'Difficulty'"]


# Question text without the prefixes and tags around it


def test_a_worded_question_number_is_not_part_of_the_question(taxonomy):
    text = ("## Practice answers\n\n"
            "### Behavioural Question 1 : Describe a time you had to learn a tool in a week.\n\n"
            "- S: A migration needed a build tool nobody knew.\n- T: I had to run it by Friday.\n"
            "- A: I paired with its maintainer for a day.\n- R: The migration ran on time.\n\n"
            "### Behavioural Question 2 : Tell me about a time you worked under pressure\n\n"
            "- S: An audit moved forward by a month.\n- T: I owned the evidence.\n"
            "- A: I split it across three people.\n- R: We passed.\n")
    report = imported(text, taxonomy)

    assert [n.body.question for n in report.notes] == [
        "Describe a time you had to learn a tool in a week.", "Tell me about a time you worked under pressure"]
    assert not any("title is used" in a.message or "not a topic" in a.message for a in report.attention)


def test_a_bold_name_before_a_dash_is_the_title(taxonomy):
    text = ("# Prep\n\n* Lists:\n"
            "  * Q: **Quiet Hire** - Imagine a new hire who never asks for help. What do you do?\n"
            "  * Q: **Team Clash** - Describe a time two of your engineers clashed.\n")
    report = imported(text, taxonomy)

    assert [n.body.question for n in report.notes] == [
        "Imagine a new hire who never asks for help. What do you do?",
        "Describe a time two of your engineers clashed."]
    assert [n.id for n in report.notes] == ["qa-quiet-hire", "qa-team-clash"]


def test_round_tags_and_a_kind_of_document_prefix_are_dropped(taxonomy):
    text = ("# Interview Loop\n\n### Ownership [Round 1] [Round 2]\n\n"
            "- Why are you leaving your current team? [Round 1]\n\n"
            "# Platform Case Study: Halving the Build Time\n\n"
            "## Situation\nBuilds took forty minutes.\n\n## Action\nI cached the dependency layer.\n\n"
            "## Result\nBuilds take eighteen minutes.\n")
    report = imported(text, taxonomy)

    questions = [n.body.question for n in report.notes]
    assert questions == ["Why are you leaving your current team?", "Halving the Build Time"]
    assert not any("is not a topic" in a.message for a in report.attention)


# The same question asked more than once in a document


def test_a_question_asked_twice_is_reported(taxonomy):
    text = ("## conflict_resolution\n\n### 1. How do you settle a disagreement between two leads?\n\nI ask each to "
            "argue the other's case.\n\n### 2. How do you settle a disagreement between two leads?\n\nI set a "
            "deadline for a decision.\n\n### 3. How do you pick a tech stack?\n\nI write down what would make us "
            "change it.\n")
    report = imported(text, taxonomy)

    assert len(report.notes) == 3  # both kept
    assert [(a.line, a.message) for a in report.attention if "is asked" in a.message] == [
        (3, "'How do you settle a disagreement between two leads?' is asked 2 times (lines 3, 7): each is kept as "
            "a note of its own; delete the ones you do not want")]


def test_two_named_stories_told_for_one_question_are_not_repeats(taxonomy):
    text = ("## Tell me about a time you failed.\n\n### The lost backups\n\n**Situation:** Our nightly copy had "
            "stopped a month before.\n**Action:** I restored what I could and added an alarm.\n**Result:** We "
            "have not missed a copy since.\n\n### The late launch\n\n**Situation:** The launch slipped twice.\n"
            "**Action:** I cut the scope in half.\n**Result:** We shipped the smaller version on the third date.\n")
    report = imported(text, taxonomy)

    assert [n.body.title for n in report.notes] == ["The lost backups", "The late launch"]
    assert {n.body.question for n in report.notes} == {"Tell me about a time you failed."}
    assert not any("is asked" in a.message for a in report.attention)


def test_untitled_stories_for_one_question_are_repeats_only_when_they_tell_the_same(taxonomy):
    story = ("**Situation:** {}\n**Action:** I rewrote the runbook with the on-call team.\n"
             "**Result:** Pages fell by half.\n\n")
    told = "## Tell me about a time you went beyond your role.\n\n" + story.format("Alerts woke us nightly.") \
        + story.format("Our runbook was a year out of date.")
    copied = "## Tell me about a time you went beyond your role.\n\n" + story.format("Alerts woke us nightly.") * 2

    assert not any("is asked" in a.message for a in imported(told, taxonomy).attention)
    assert [a.message for a in imported(copied, taxonomy).attention if "is asked" in a.message] == [
        "'Tell me about a time you went beyond your role.' is asked 2 times (lines 1, 7): each is kept as a note "
        "of its own; delete the ones you do not want"]


def test_a_category_key_heading_is_the_topic(taxonomy):
    text = ("## conflict_resolution\n\n### 1. How do you settle a disagreement between two leads?\n\n"
            "I ask each to argue the other's case.\n")
    note = imported(text, taxonomy).notes[0]

    assert note.topic.name == "Conflict & Influence"


def test_a_plural_role_in_the_title_names_the_level(taxonomy):
    text = ("# Interviewing Engineering Managers\n\n## Behaviour\n\n"
            "- Why do you want to manage people?\n- How do you run a one-on-one?\n")
    report = imported(text, taxonomy)

    assert {n.level.value for n in report.notes} == {"manager"}


def test_a_guess_the_question_gives_no_evidence_for_is_no_topic_found(taxonomy):
    from leaderdeck.importers.base import Parsed
    from leaderdeck.importers.classify import Guess
    from leaderdeck.importers.evidence import note_topic

    hiring = taxonomy.topics[-1]

    class Headings:
        """The question's heading points at a topic; the question's own words point nowhere."""

        def classify(self, *texts):
            return Guess(hiring, 0.9) if any("Hiring" in t for t in texts) else None

        def points_at(self, topic, *texts):
            return True

        def mentions(self, topic, *texts):
            return False

    item = Parsed(Kind.QA, QaBody(question="How have you worked with lab staff?"), line=1, topic_hint="Hiring")
    decided = note_topic(item, taxonomy, Headings())

    assert (decided.value, decided.how, decided.confidence) == (hiring, "default", 0.0)
