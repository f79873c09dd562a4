"""Headings told as a story's parts, titles that quote their question, and titles asked again below them."""

from __future__ import annotations

from importing import imported, kinds, skipped
from leaderdeck.importers.text import is_question, lead_quoted_question

TIMED_PARTS = """# Failure stories

## Tell me about a time you failed.

### The Failure (20 seconds)

Last spring I pushed a schema migration on a Friday and it locked the orders table for forty minutes.

### What I Did About It (40 seconds)

I rolled it back, wrote the incident report the same night and walked the team through it on Monday.

### What I Learned (20 seconds)

Risky changes go out early in the week, behind a flag, with a rollback plan written first.
"""


def test_headings_told_as_parts_of_an_answer_are_its_sections_in_order(taxonomy):
    report = imported(TIMED_PARTS, taxonomy)
    assert kinds(report) == {"qa": 1}
    answer = report.notes[0].body.answer
    assert report.notes[0].body.question == "Tell me about a time you failed."
    told = [answer.index(words) for words in ("locked the orders table", "What I Did About It",
                                               "incident report", "What I Learned", "behind a flag")]
    assert told == sorted(told)  # the learning last, where the document tells it


def test_a_wh_word_before_the_teller_tells_not_asks():
    for told in ("What I Did About It (40 seconds)", "What we changed", "How I approached it", "Why I stayed"):
        assert not is_question(told), told
    for asked in ("What do I do first?", "What would we change?", "What I would do differently?",
                  "How would you handle it", "What did you learn from it"):
        assert is_question(asked), asked


QUOTED_TITLE = """# Answering "Why do you want to leave?"

This one is about motivation: keep it about what you are moving towards.

## Sample answer

I want to lead a platform team, and my company does not have one.
"""


def test_a_title_quoting_its_question_after_a_lead_asks_what_it_quotes(taxonomy):
    report = imported(QUOTED_TITLE, taxonomy)
    assert [note.body.question for note in report.notes] == ["Why do you want to leave?"]
    assert "platform team" in report.notes[0].body.answer
    assert lead_quoted_question('Handling: "What is your biggest weakness?"') == "What is your biggest weakness?"
    assert lead_quoted_question('Why do they ask "what is your biggest weakness?"') == ""  # the lead asks
    assert lead_quoted_question('She said "why not?" and left the room early') == ""  # words after the quote


TITLE_ASKED_AGAIN = """# How to answer "Tell me about yourself"

## Tell me about yourself.

I am a backend lead with eight years in payments.

## Walk me through your resume.

I started in support tooling, then moved to payments.
"""


def test_a_title_whose_question_is_asked_again_below_makes_no_draft(taxonomy):
    report = imported(TITLE_ASKED_AGAIN, taxonomy)
    assert [note.body.question for note in report.notes] == ["Tell me about yourself.", "Walk me through your resume."]
    assert not any(note.draft for note in report.notes)
    assert any("heading 'Tell me about yourself'" in line and "asked again" in line for line in skipped(report))


def test_a_title_with_text_of_its_own_stays_a_question(taxonomy):
    text = TITLE_ASKED_AGAIN.replace("\n\n## Tell me", "\n\nThey want your story in two minutes.\n\n## Tell me", 1)
    report = imported(text, taxonomy)
    assert len(report.notes) == 3


KEY_SKILLS = """# My story bank

## Story 1: The flaky test purge

**Key skills:** Ownership, Quality

**S**ituation - Our CI failed one run in four because of flaky tests, and people had stopped trusting it.
**T**ask - As the tech lead I set out to get the failure rate under one in fifty.
**A**ction - I tagged every flaky test, quarantined them in a separate job and gave each team a weekly list.
**R**esult - Within six weeks CI failed one run in sixty and merges per day went up by a third.
"""


def test_a_storys_key_skills_are_its_competencies(taxonomy):
    report = imported(KEY_SKILLS, taxonomy)
    assert kinds(report) == {"star": 1}
    assert report.notes[0].competencies == ("Ownership", "Quality")
    assert report.notes[0].body.result.startswith("Within six weeks")
    assert not skipped(report)


REFLECTION = """# Reflection

## Tell me about a time you led without authority.

**Situation:** Three teams owned parts of the checkout flow and nobody owned its latency.
**Task:** I wanted checkout under one second at the 95th percentile.
**Action:** I set up a weekly review with the three leads and published a shared latency dashboard.
**Result:** Latency fell from 2.4 s to 0.9 s in a quarter.

### Questions to reflect on

1. What would you do differently next time?
2. Who else could have led this?
"""


def test_questions_to_reflect_on_under_a_story_are_its_follow_ups_not_drafts(taxonomy):
    report = imported(REFLECTION, taxonomy)
    assert kinds(report) == {"star": 1}
    tips = report.notes[0].coach.tips
    assert "Follow-up: What would you do differently next time?" in tips
    assert "Follow-up: Who else could have led this?" in tips


STORY_TABLE = """# Engineering manager interview prep

| Story | Situation | Task | Action | Result |
|---|---|---|---|---|
| Payments outage | Card payments failed for 30 minutes on launch day | Restore service and find the cause | Rolled back the config push and ran the incident call | Service back in 12 minutes |
| Hiring plan | We had six open roles and one recruiter | Fill the roles in a quarter | Ran a referral drive and trained four interviewers | Filled five of six roles in ten weeks |
"""


def test_a_table_of_named_stories_without_a_question_column_is_a_story_bank(taxonomy):
    report = imported(STORY_TABLE, taxonomy)
    assert kinds(report) == {"star": 2}
    assert [note.body.question for note in report.notes] == ["Payments outage", "Hiring plan"]
    assert report.notes[1].body.result == "Filled five of six roles in ten weeks"
    assert any("no question for 2 stories" in str(item) for item in report.attention)


def test_a_spreadsheet_of_named_stories_imports_each_row_as_a_story(taxonomy):
    sheet = ("Story,Situation,Task,Action,Result,Learning\r\n"
             "Payments outage,Card payments failed on launch day,Restore service,\"Rolled back, then ran the call\","
             "Back in 12 minutes,Two approvals for config\r\n"
             "Untold,,,,,\r\n")
    report = imported(sheet, taxonomy, name="stories.csv")
    assert kinds(report) == {"star": 1}
    assert report.notes[0].body.action == "Rolled back, then ran the call"
    assert report.notes[0].body.learning == "Two approvals for config"


def test_a_table_with_a_name_and_one_part_is_no_story_bank(taxonomy):
    text = "# Teams\n\n| Story | Result |\n|---|---|\n| Payments | Fine |\n\n## Why this team?\n\nBecause it ships.\n"
    report = imported(text, taxonomy)
    assert [note.body.question for note in report.notes] == ["Why this team?"]


WHOLE_SCENARIO = """# Scenario: The slipping platform migration

## Context

You lead three teams. A database migration planned for one quarter is now in its third quarter and 40% done.

## Constraints

- No new hires this year
- The licence cannot be extended

## What would you do?

Walk through your first two weeks, who you talk to and what you would cut.

## Follow-up questions

- What if the CTO insists on shipping the features?
- How do you keep morale up on a long migration?
"""


def test_a_scenario_filling_the_document_with_a_question_heading_is_one_scenario(taxonomy):
    report = imported(WHOLE_SCENARIO, taxonomy)
    assert kinds(report) == {"scenario": 1}
    note = report.notes[0]
    assert note.body.title == "The slipping platform migration"
    assert note.body.challenges == ("No new hires this year", "The licence cannot be extended")
    assert note.body.discussion[0].heading == "What would you do?"
    assert "Follow-up: How do you keep morale up on a long migration?" in note.coach.tips


def test_a_rows_story_text_and_lone_part_are_its_answer_not_dropped(taxonomy):
    sheet = ("Competency,Question,My Story,Result\n"
             "Ownership,Tell me about a time you fixed something nobody owned.,"
             "\"The nightly export failed for months; I traced it, fixed it and added an alert.\",No failed exports since\n"
             "Conflict,Tell me about a disagreement with a peer.,Payments outage,\n"
             "Focus,How do you plan a quarter?,,\n")
    report = imported(sheet, taxonomy, name="bank.csv")
    first, second, third = report.notes
    assert first.body.answer == ("The nightly export failed for months; I traced it, fixed it and added an alert."
                                 "\n\n**Result:** No failed exports since")
    assert not first.draft
    assert second.draft and not second.body.answer  # the name of the story to tell is no answer, but kept
    assert second.coach.tips == ("**My Story:** Payments outage",)
    assert third.draft and not third.body.answer and not third.coach.tips


INDENTED_ANSWERS = """Manager questions

1. How do you handle an underperformer?
   First I make sure they know the gap.
   Then we agree a plan with dates.
   - weekly check-ins
   - a written summary

2. How do you grow senior engineers?
   I give them problems with no clear owner and back them when they take one.

3. What is your approach to hiring?
"""


def test_plain_text_answers_indented_under_numbered_questions_are_text_not_bullets(taxonomy):
    report = imported(INDENTED_ANSWERS, taxonomy, name="bank.txt")
    assert kinds(report) == {"qa": 3}
    first, second, third = report.notes
    assert first.body.answer == ("First I make sure they know the gap.\n\nThen we agree a plan with dates.\n\n"
                                 "- weekly check-ins\n- a written summary")
    assert second.body.answer == "I give them problems with no clear owner and back them when they take one."
    assert third.draft


def test_british_spellings_meet_the_keywords_spelt_the_american_way(taxonomy):
    from leaderdeck.importers.classify import _american, classifier_for

    assert [_american(w) for w in ("prioritise", "prioritisation", "organised", "analyse", "behaviour", "favourite")] \
        == ["prioritize", "prioritization", "organized", "analyze", "behavior", "favorite"]
    assert [_american(w) for w in ("your", "four", "hour", "raise", "noise", "this")] \
        == ["your", "four", "hour", "raise", "noise", "this"]
    classifier = classifier_for(taxonomy)
    british = classifier.classify("How do you prioritise when everything is urgent?")
    american = classifier.classify("How do you prioritize when everything is urgent?")
    assert british == american and british.topic.name == "Delivery & Prioritization"
    report = imported("# Q\n\n## How do you prioritise when everything is urgent?\n\nI rank by what breaks first.\n",
                      taxonomy)
    assert report.notes[0].topic.name == "Delivery & Prioritization"
    assert not [item for item in report.attention if "topic guessed" in str(item)]  # named: no guess to check


def test_a_question_naming_two_topics_is_a_weak_guess(taxonomy):
    report = imported("# Q\n\n## How do you handle a disagreement with your product manager?\n\n"
                      "I ask what problem each of us is solving.\n", taxonomy)
    weak = [str(item) for item in report.attention if "topic guessed" in str(item)]
    assert len(weak) == 1 and "it also names" in weak[0]
    assert report.notes[0].topic.name in ("Product Collaboration", "Conflict & Influence")


def test_a_keyword_inside_the_guessed_topics_own_keyword_names_no_second_topic(taxonomy):
    # "error budget" (reliability) holds "budget" (org design): one topic named, by one phrase
    report = imported("# Q\n\n## How do you spend an error budget?\n\n"
                      "We stop feature work when the budget runs out and fix what burned it.\n", taxonomy)
    assert report.notes[0].topic.name == "Quality & Reliability"
    assert not [item for item in report.attention if "it also names" in str(item)]


def test_why_a_weak_sample_is_weak_is_a_red_flag_not_the_answer(taxonomy):
    text = ("# Weakness\n\n## What is your biggest weakness?\n\n**Weak answer:** \"I work too hard.\"\n\n"
            "**Why it's weak:** It dodges the question and sounds rehearsed.\n\n"
            "**Strong answer:** I used to take on too much; now I keep a written list of priorities.\n")
    note = imported(text, taxonomy).notes[0]
    assert note.body.answer == "I used to take on too much; now I keep a written list of priorities."
    assert "Red flag: It dodges the question and sounds rehearsed." in note.coach.tips
