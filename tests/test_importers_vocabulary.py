"""Label words that name a part of a note, read from small documents in our own words.

What an interviewer tests for, best practices and anti-patterns, the questions a story is best used for, an
example question and its likely follow-ups; STAR labels that name a part only in their real forms ("Actions
taken", "Action (first week)") and not in noun phrases that start with the same word ("Action plans",
"Outcome-based"); a lettered section ("A - Hiring and Growth") that is not the STAR letter.
"""

from __future__ import annotations

import pytest

from importing import kinds
from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.labels import slot, star_lead
from leaderdeck.model import QaBody, StarBody


def imported(text: str, taxonomy) -> ImportReport:
    return import_text(text, taxonomy, display="bank.md", source="bank.md")


# 1. What an interviewer is testing for: the coach's signals


@pytest.mark.parametrize("label", ["What you're testing", "What we’re testing", "What this tests",
                                   "Strong Principal Signals", "What they're looking for",
                                   "What they’re looking for", "Why it matters"])
def test_what_a_question_tests_is_the_coach_s_signals(taxonomy, label):
    text = (f"### How do you decide when to pay down technical debt?\n\n**{label}:**\n\n"
            "- Weighs cost against the roadmap\n- Names who pays for the delay\n\n"
            "**Answer:** I price each item in lost weeks and trade it against features with product.\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.coach.signals == ("Weighs cost against the roadmap", "Names who pays for the delay")
    assert note.body.answer == "I price each item in lost weeks and trade it against features with product."


# 2. Best practices, anti-patterns and a solution approach under a question


def test_best_practices_anti_patterns_and_a_solution_approach(taxonomy):
    text = ("### How do you run a blameless review after an outage?\n\n"
            "**Why it matters:** Reviews show whether a team learns or hunts for culprits.\n\n"
            "**Solution approach:**\n\n1. Collect the timeline before the meeting\n"
            "2. Ask what made the mistake easy to make\n3. Track every follow-up item to done\n\n"
            "**Best practices:**\n\n- Invite the people closest to the alarm\n\n"
            "**Anti-patterns:**\n\n- Naming a person as the root cause\n\n"
            "**Antipatterns:** Skipping the review when nobody was paged.\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"qa": 1} and report.drafts == 0
    note = report.notes[0]
    assert note.coach.signals == ("Reviews show whether a team learns or hunts for culprits.",)
    assert note.body.answer.startswith("1. Collect the timeline before the meeting")
    assert "**" not in note.body.answer  # the label is not part of the answer
    assert note.coach.tips == ("Invite the people closest to the alarm", "Red flag: Naming a person as the root cause",
                               "Red flag: Skipping the review when nobody was paged.")


# 3. The questions a story is used for, an example question, likely follow-ups


@pytest.mark.parametrize("label", ["Best Used For", "Usable for Questions About", "Good for questions about"])
def test_what_a_story_is_best_used_for_gives_its_question_and_variants(taxonomy, label):
    text = (f"## The warehouse that would not scale\n\n**{label}:**\n"
            "- Tell me about a system you rescued\n- How do you handle scaling limits?\n\n"
            "**Situation:** Nightly loads ran past the morning reports.\n\n"
            "**Action:** I split the loads by region and moved two to the afternoon.\n\n"
            "**Result:** Reports were ready by seven every day.\n\n"
            "**Potential Follow-ups:**\n- What would you do with twice the data?\n- Who did you have to convince?\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"star": 1}  # the follow-ups are not notes of their own
    note = report.notes[0]
    assert (note.body.title, note.body.question) == ("The warehouse that would not scale",
                                                     "Tell me about a system you rescued")
    assert note.variants == ("How do you handle scaling limits?",)
    assert note.coach.tips == ("Follow-up: What would you do with twice the data?",
                               "Follow-up: Who did you have to convince?")


@pytest.mark.parametrize("label", ["Example Question", "Sample question", "Typical question"])
def test_an_example_question_is_the_question(taxonomy, label):
    text = (f"**{label}:** Tell me about a time you changed your mind after data proved you wrong.\n\n"
            "**Answer:** I backed a cache we later removed when the hit rate stayed under ten percent.\n\n"
            "**Likely follow-ups:**\n- How did you tell the team?\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"qa": 1}
    note = report.notes[0]
    assert note.body.question == "Tell me about a time you changed your mind after data proved you wrong."
    assert note.coach.tips == ("Follow-up: How did you tell the team?",)


@pytest.mark.parametrize("label", ["Potential Follow-ups", "Likely follow-ups", "Possible follow-up questions",
                                   "Follow-ups to prepare for"])
def test_follow_up_labels(label):
    assert slot(label) == "followups"


# 4. STAR labels in their real forms, not noun phrases starting with the same word


@pytest.mark.parametrize(("label", "part"), [
    ("Actions taken", "action"), ("Action I took", "action"), ("What I did", "action"),
    ("Action (Immediate Response)", "action"), ("Results achieved", "result"), ("Result and impact", "result"),
    ("Outcome", "result"), ("Lessons learned", "learning"), ("Key learnings", "learning"),
    ("Situation and context", "situation"), ("Results for 2 mins", "result")])
def test_star_labels_in_their_real_forms(label, part):
    assert slot(label) == part


@pytest.mark.parametrize("label", ["Action Plans", "Action items", "Outcome-based, not task-based",
                                   "Learning session", "Result-oriented culture"])
def test_noun_phrases_starting_with_a_star_word_name_no_part(label):
    assert slot(label) is None


def test_a_story_with_qualified_part_labels(taxonomy):
    text = ("## The flaky release train\n\n**Situation:** Two of five releases a month were rolled back.\n\n"
            "**Action (first week):** I froze merges on Fridays and paired on every rollback.\n\n"
            "**Results achieved:** One rollback in the next quarter.\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"star": 1}
    body = report.notes[0].body
    assert isinstance(body, StarBody)
    assert body.action == "**First week:**\nI froze merges on Fridays and paired on every rollback."
    assert body.result == "One rollback in the next quarter."


def test_bold_noun_phrases_in_an_answer_stay_in_the_answer(taxonomy):
    text = ("### How do you set goals for a new team?\n\n"
            "- **Outcome-based, not output-based:** goals name a customer result, not a feature list.\n"
            "- **Learning session:** each quarter ends with a review of what the goals taught us.\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"qa": 1} and report.drafts == 0
    body = report.notes[0].body
    assert isinstance(body, QaBody)
    assert "Outcome-based, not output-based" in body.answer and "Learning session" in body.answer


# 5. A lettered section is not the STAR letter


def test_a_lettered_section_heading_is_not_a_star_part(taxonomy):
    text = ("# Director questions\n\n## A - Strategy, Vision & Long Range Planning\n\n"
            "1. How do you build a three-year engineering plan?\n\n2. How do you retire a platform?\n\n"
            "## B - People and Organisation\n\n1. How do you split a team that grew too big?\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"qa": 3}
    assert [n.body.question for n in report.notes] == ["How do you build a three-year engineering plan?",
                                                       "How do you retire a platform?",
                                                       "How do you split a team that grew too big?"]


@pytest.mark.parametrize(("label", "expected"), [
    ("A - Strategy and long range planning", None), ("S - Situation", "situation"), ("S:", "situation"),
    ("**S:**", "situation"), ("Situation – Context", "situation")])
def test_single_letters_with_a_dash(label, expected):
    assert slot(label) == expected


def test_dashed_letters_telling_a_story_in_plain_text_still_read(taxonomy):
    text = ("Story: The missing runbook\n"
            "S - Nobody on call knew how to restore the search index.\n"
            "A - I wrote the runbook with the two people who had done it.\n"
            "R - The next restore took twenty minutes.\n")
    report = import_text(text, taxonomy, display="story.txt", source="story.txt")

    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.action == "I wrote the runbook with the two people who had done it."


def test_a_dashed_letter_before_a_short_title_in_plain_text_is_not_a_part():
    assert not star_lead("A", "Strategy and long range planning")
    assert star_lead("A", "I moved the batch to hourly jobs.")


# 7. Keywords and tags


@pytest.mark.parametrize("label", ["**Keywords:**", "**Tags:**"])
def test_keywords_and_tags_are_the_note_s_tags(taxonomy, label):
    text = (f"## The cost review\n\n{label} budgeting, cloud\n\n"
            "**Situation:** Our cloud bill doubled in a year.\n\n**Action:** I gave each team its own bill.\n\n"
            "**Result:** Spend fell by a third.\n")
    report = imported(text, taxonomy)

    assert kinds(report) == {"star": 1}
    assert report.notes[0].tags == ("budgeting", "cloud")
