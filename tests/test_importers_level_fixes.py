"""Levels read per section and from what titles really say; criteria closing a section; blanks in answers.

Fixtures are in our own words: invented stories about engineering teams.
"""

from __future__ import annotations

import pytest

from importing import messages
from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.bands import band
from leaderdeck.importers.output import chunks
from leaderdeck.model import Level


def imported(text: str, taxonomy, name: str = "bank.md") -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def levels(report: ImportReport) -> list[Level]:
    return [note.level for note in report.notes]


_ANSWERED = ("### How do you handle an engineer who keeps missing commitments?\n\n"
             "I met them one to one, asked what was in the way, and we agreed on smaller commitments with a weekly "
             "check. Within two months they delivered what they promised.\n")


# 2. Other professions' managers name no band


@pytest.mark.parametrize("title", ["Product Manager", "Project Manager", "Program Manager", "Account Manager",
                                   "Senior Product Manager", "Technical Program Manager", "the hiring manager",
                                   "Working with your manager", "Hiring my first manager"])
def test_another_profession_s_manager_or_someone_s_boss_names_no_band(taxonomy, title):
    assert band(title, taxonomy) is None


@pytest.mark.parametrize("title", ["Engineering Manager", "EM", "Manager of engineers", "Software Engineering Manager",
                                   "Dev manager", "Senior Engineering Manager", "a first-time manager", "Manager",
                                   "people manager", "Senior Manager"])
def test_an_engineering_manager_s_title_names_the_manager_band(taxonomy, title):
    assert band(title, taxonomy) is Level.MANAGER


def test_a_product_manager_s_row_is_not_manager_level_and_not_reported_as_a_level(taxonomy):
    text = ("question,answer,role\n"
            "How do you say no to a feature request?,I show the roadmap cost and offer a smaller slice.,"
            "Product Manager\n"
            "How do you plan a migration?,We moved one service a week behind a flag.,Project Manager\n")
    report = imported(text, taxonomy, "bank.csv")
    assert levels(report) == [Level.SENIOR, Level.SENIOR]
    assert not any("level label" in m or "manager" in m.split(":")[-1] for m in messages(report))


def test_a_dev_manager_s_row_is_manager_level(taxonomy):
    text = ("question,answer,role\n"
            "How do you run your one-to-ones?,Their agenda first; I keep notes we both can read.,Dev manager\n")
    assert levels(imported(text, taxonomy, "bank.csv")) == [Level.MANAGER]


def test_a_product_manager_page_title_gives_no_level(taxonomy):
    report = imported(f"# Product Manager interview questions\n\n{_ANSWERED}", taxonomy)
    assert levels(report) == [Level.SENIOR]
    assert any("no level stated for 1 note; set to senior" in m for m in messages(report))


# 1. Sections that name a level


_PER_LEVEL = """# Behavioural interview bank

## Senior Engineer questions

### Tell me about a time you untangled a flaky build.

Our nightly build failed one run in five. I bisected the test order, found two tests sharing a temp folder, and gave
each its own; the failures stopped.

## Staff Engineer questions

### How did you get three teams to agree on one API style?

I wrote a short proposal with real examples from each team, ran a review where each lead could object, and we shipped
a linter that enforced the outcome.

## Engineering Manager questions

### How do you handle an engineer who keeps missing commitments?

I met them one to one, asked what was in the way, and we agreed on smaller commitments with a weekly check.

## For Directors

### How would you split a platform group that has grown to forty people?

I would map services to the customers using them, keep on-call sane, and name a manager per team before announcing it.
"""


def test_each_section_naming_a_level_sets_the_level_of_its_notes(taxonomy):
    report = imported(_PER_LEVEL, taxonomy)
    assert levels(report) == [Level.SENIOR, Level.STAFF, Level.MANAGER, Level.DIRECTOR]
    assert [m for m in messages(report) if "level" in m] == [
        "line 5: level senior for 1 note, from the heading 'Senior Engineer questions'",
        "line 12: level staff for 1 note, from the heading 'Staff Engineer questions'",
        "line 19: level manager for 1 note, from the heading 'Engineering Manager questions'",
        "line 25: level director for 1 note, from the heading 'For Directors'",
    ]
    assert "\n  level: " not in chunks(report.notes, ())[0].split("notes:")[0]  # no shared level in defaults


def test_the_document_s_level_holds_where_no_section_names_one_and_the_innermost_section_wins(taxonomy):
    text = ("---\nlevel: Director\n---\n# Loop prep\n\n## Warm-up\n\n" + _ANSWERED
            + "\n## Staff Engineer questions\n\n### How do you pick which tech debt to pay first?\n\n"
              "We ranked debt by the incidents it caused last quarter and paid the top two.\n\n"
              "#### Engineering Manager follow-ups\n\n##### How do you fund that work with your manager?\n\n"
              "I traded one feature slot per sprint, agreed in planning.\n\n"
              "## Culture\n\n### How do you welcome a new hire?\n\nA buddy, a first small change merged on day two.\n")
    report = imported(text, taxonomy)
    assert [n.body.question[:20] for n in report.notes] == [
        "How do you handle an", "How do you pick whic", "How do you fund that", "How do you welcome a"]
    assert levels(report) == [Level.DIRECTOR, Level.STAFF, Level.MANAGER, Level.DIRECTOR]


def test_a_heading_naming_a_story_sets_no_level_for_it(taxonomy):
    text = ("# Interview bank\n\n## Staff Engineer questions\n\n### How do you pick which tech debt to pay first?\n\n"
            "We ranked debt by the incidents it caused last quarter and paid the top two.\n\n"
            "## Director questions\n\n### How do you set a budget for a new team?\n\n"
            "I start from the work it must carry in a year and hire for half of it first.\n\n"
            "## Promoting our first engineering manager\n\n**Situation:** Our team had grown to twelve.\n\n"
            "**Task:** I had to pick a lead among three engineers.\n\n"
            "**Action:** I gave each a quarter-long project with people in it.\n\n"
            "**Result:** The one who grew others most became the manager.\n")
    report = imported(text, taxonomy)
    assert levels(report) == [Level.STAFF, Level.DIRECTOR, Level.SENIOR]
    assert any("no level stated for 1 note; set to senior" in m for m in messages(report))


def test_a_single_level_heading_still_names_the_document_s_level(taxonomy):
    text = ("# Prep\n\n## Staff Engineer loop\n\n### How do you pick which tech debt to pay first?\n\n"
            "We ranked debt by the incidents it caused last quarter and paid the top two.\n\n"
            "## Behavioural\n\n" + _ANSWERED)
    report = imported(text, taxonomy)
    assert levels(report) == [Level.STAFF, Level.STAFF]


# 3. A manager-level page's title, however it is worded


_NUMBERED = ("1. How do you handle an engineer who keeps missing commitments?\n"
             "I met them one to one, asked what was in the way, and we agreed on smaller commitments.\n\n"
             "2. Tell me about a time you gave hard feedback.\n"
             "I told a peer his reviews were blocking the team; we agreed a one-day turnaround.\n")


@pytest.mark.parametrize("title", ["Interview questions for engineering managers", "EM interview prep",
                                   "Interview prep for EMs", "Questions for a first-time manager role",
                                   "Leading teams: manager loop", "People manager interview questions",
                                   "First-line manager prep", "Managing managers", "SDM loop notes"])
def test_a_plain_text_page_titled_for_managers_is_manager_level(taxonomy, title):
    report = imported(f"{title}\n\n{_NUMBERED}", taxonomy, "prep.txt")
    assert levels(report) == [Level.MANAGER, Level.MANAGER]
    assert f"line 3: level manager for 2 notes, from the title line '{title}'" in messages(report)


def test_a_bold_title_line_opening_a_markdown_page_names_its_level(taxonomy):
    report = imported(f"**Interview prep for EMs**\n\n{_NUMBERED}", taxonomy)
    assert levels(report) == [Level.MANAGER, Level.MANAGER]


@pytest.mark.parametrize("title", ["Product Manager loop notes", "Working with your manager",
                                   "The day I met my new manager."])
def test_a_title_line_naming_no_band_leaves_the_level_unstated(taxonomy, title):
    report = imported(f"{title}\n\n{_NUMBERED}", taxonomy, "prep.txt")
    assert levels(report) == [Level.SENIOR, Level.SENIOR]


def test_a_story_s_title_names_no_level_of_the_document(taxonomy):
    text = ("# My stories\n\n## Becoming an engineering manager\n\n"
            "In 2021 our lead left and I was asked to take the team. I met each engineer in the first week.\n\n"
            "I kept my on-call shifts for a quarter, and we shipped the billing rewrite on time.\n")
    report = imported(text, taxonomy)
    assert levels(report) == [Level.SENIOR]
    assert report.notes[0].body.question == "Becoming an engineering manager"


# 5. {blank} slots in Markdown and plain-text answers


def test_a_markdown_answer_or_story_part_with_blanks_is_a_draft_naming_them(taxonomy):
    text = ("# My answers\n\n## Tell me about a time you improved performance.\n\n"
            "I cut latency of {service} by {X}% by caching the lookups the checkout page made.\n\n"
            "## Tell me about a conflict with a peer.\n\n"
            "**Situation:** My peer at {company} wanted to rewrite the queue.\n"
            "**Task:** I had to keep the launch date.\n"
            "**Action:** I proposed a two-week spike with a clear exit test.\n"
            "**Result:** We kept the queue and met the date.\n")
    report = imported(text, taxonomy)
    assert [n.draft for n in report.notes] == [True, True]
    said = messages(report)
    assert "line 3: 'Tell me about a time you improved performance.' is a draft: its answer has blanks to fill in " \
           "({service}, {X})" in said
    assert "line 7: 'Tell me about a conflict with a peer.' is a draft: its Situation has blanks to fill in " \
           "({company})" in said


def test_braces_in_code_or_empty_braces_are_no_blanks(taxonomy):
    text = ("# My answers\n\n## How do you write a design doc?\n\n"
            "I start from the problem and a `{section}` list, then the config:\n\n```\ntitle: {name}\n```\n\n"
            "## Why this company?\n\nBecause your {} docs are clear and your API returns {\"ok\": true}.\n")
    report = imported(text, taxonomy)
    assert [n.draft for n in report.notes] == [False, False]
    assert not any("blanks" in m for m in messages(report))


def test_a_plain_text_answer_with_a_blank_is_a_draft(taxonomy):
    text = ("Interview answers\n\n1. What is your biggest strength?\nI keep {team name} shipping when plans change.\n\n"
            "2. Why this company?\nBecause your docs are clear.\n")
    report = imported(text, taxonomy, "answers.txt")
    assert [n.draft for n in report.notes] == [True, False]
    assert "line 3: 'What is your biggest strength?' is a draft: its answer has blanks to fill in ({team name})" \
           in messages(report)


# 4. Criteria closing a section are its questions'


def _signals(report: ImportReport) -> list[tuple[str, ...]]:
    return [note.coach.signals for note in report.notes]


_OUTAGE = ("Calm ownership of the response", "A bias to restore service first")
_HIRING = ("Structured interviews and calibration", "Owning a bad hire")


def test_a_closing_what_they_look_for_list_goes_to_every_question_of_its_section(taxonomy):
    text = ("# Platform team bank\n\n## Incidents\n\n1. Tell me about an outage you led the response to.\n"
            "2. How do you decide when to roll back?\n3. How do you run a blameless review?\n\n"
            "**What they look for:**\n- Calm ownership of the response\n- A bias to restore service first\n\n"
            "## Hiring\n\n1. How do you keep a hiring bar steady across interviewers?\n"
            "2. Tell me about a hire you got wrong.\n\n"
            "**What they look for:**\n- Structured interviews and calibration\n- Owning a bad hire\n")
    report = imported(text, taxonomy)
    assert _signals(report) == [_OUTAGE, _OUTAGE, _OUTAGE, _HIRING, _HIRING]


def test_a_signals_section_after_a_bank_s_questions_goes_to_them_not_to_the_next_topic(taxonomy):
    incidents = "".join(f"- {q}\n" for q in (
        "Tell me about an outage you led the response to.", "How do you decide when to roll back?",
        "How do you run a blameless review?", "What would you automate first after an outage?"))
    text = (f"# Platform team bank\n\n## Incidents\n\n{incidents}\n### Signals\n\n"
            "- Calm ownership of the response\n- A bias to restore service first\n\n"
            "## Hiring\n\n- How do you keep a hiring bar steady across interviewers?\n"
            "- Tell me about a hire you got wrong.\n\n### Signals\n\n"
            "- Structured interviews and calibration\n- Owning a bad hire\n")
    report = imported(text, taxonomy)
    assert _signals(report) == [_OUTAGE] * 4 + [_HIRING] * 2
    assert not any("Signals" in str(s) for s in report.skipped)


def test_sibling_signals_sections_close_the_topic_before_each(taxonomy):
    text = ("# Platform team bank\n\n### Incidents\n\n1. Tell me about an outage you led the response to.\n"
            "2. How do you decide when to roll back?\n\n### Signals\n\n"
            "- Calm ownership of the response\n- A bias to restore service first\n\n"
            "### Hiring\n\n1. How do you keep a hiring bar steady across interviewers?\n"
            "2. Tell me about a hire you got wrong.\n\n### Signals\n\n"
            "- Structured interviews and calibration\n- Owning a bad hire\n")
    report = imported(text, taxonomy)
    assert _signals(report) == [_OUTAGE, _OUTAGE, _HIRING, _HIRING]
    assert not report.skipped


def test_criteria_under_a_question_heading_stay_that_question_s(taxonomy):
    text = ("# Bank\n\n## Incidents\n\n### Tell me about an outage you led the response to.\n\n"
            "We drained the queue in forty minutes.\n\n### How do you decide when to roll back?\n\n"
            "If errors rise after a deploy and we cannot explain them, I roll back.\n\n"
            "**What they look for:**\n- Calm ownership of the response\n- A bias to restore service first\n")
    report = imported(text, taxonomy)
    assert _signals(report) == [(), _OUTAGE]


def test_each_question_s_own_criteria_stay_its_own_and_the_next_number_asks_again(taxonomy):
    text = ("# Bank\n\n## Incidents\n\n1. Tell me about an outage you led the response to.\n\n"
            "We drained the queue in forty minutes.\n\n**What they look for:** calm ownership.\n\n"
            "2. How do you decide when to roll back?\n\nIf errors rise after a deploy, I roll back.\n\n"
            "**What they look for:** a bias to restore service first.\n")
    report = imported(text, taxonomy)
    assert [n.body.question for n in report.notes] == ["Tell me about an outage you led the response to.",
                                                       "How do you decide when to roll back?"]
    assert _signals(report) == [("calm ownership.",), ("a bias to restore service first.",)]


def test_a_label_line_over_the_next_questions_ends_the_criteria_before_it(taxonomy):
    text = ("# Platform team bank\n\nIncidents:\n\n1. Tell me about an outage you led the response to.\n"
            "2. How do you decide when to roll back?\n\nWhat they look for:\n\n"
            "- Calm ownership of the response\n- A bias to restore service first\n\n"
            "Hiring:\n\n1. How do you keep a hiring bar steady across interviewers?\n"
            "2. Tell me about a hire you got wrong.\n\nWhat they look for:\n\n"
            "- Structured interviews and calibration\n- Owning a bad hire\n")
    report = imported(text, taxonomy)
    assert len(report.notes) == 4
    assert _signals(report) == [_OUTAGE, _OUTAGE, _HIRING, _HIRING]


def test_a_numbered_follow_up_list_under_a_coaching_label_stays_follow_ups(taxonomy):
    text = ("# Bank\n\n1. Tell me about an outage you led the response to.\n\n"
            "We drained the queue in forty minutes.\n\n**Follow-ups:**\n\n"
            "1. What would you change next time?\n2. Who did you tell first?\n")
    report = imported(text, taxonomy)
    assert len(report.notes) == 1
    assert report.notes[0].coach.tips == ("Follow-up: What would you change next time?",
                                          "Follow-up: Who did you tell first?")


def test_plain_text_criteria_end_at_the_next_number_and_the_title_line_before_it_is_no_criterion(taxonomy):
    text = ("PLATFORM TEAM BANK\n\nINCIDENTS\n\n1. Tell me about an outage you led the response to.\n"
            "We drained the queue in forty minutes.\n\n2. How do you decide when to roll back?\n"
            "If errors rise after a deploy, I roll back.\n\n"
            "What they look for: calm ownership and a bias to restore service first.\n\nHIRING\n\n"
            "3. How do you keep a hiring bar steady across interviewers?\nOne rubric per round.\n\n"
            "4. Tell me about a hire you got wrong.\nI now ask about code reviews in the loop.\n\n"
            "What they look for: structured interviews and owning a bad hire.\n")
    report = imported(text, taxonomy, "bank.txt")
    assert len(report.notes) == 4
    outage, hiring = ("calm ownership and a bias to restore service first.",), \
        ("structured interviews and owning a bad hire.",)
    assert _signals(report) == [outage, outage, hiring, hiring]
    assert report.notes[2].body.answer == "One rubric per round."
