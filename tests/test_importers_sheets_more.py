"""Spreadsheet columns worded as labels, rows that are templates with {blanks}, and a column of job titles
(fixtures in our own words)."""

from __future__ import annotations

import pytest

import importing
from importing import messages
from leaderdeck.importers import ImportReport
from leaderdeck.importers.headers import header_mapping
from leaderdeck.importers.placeholders import fill_slots
from leaderdeck.model import Level


def imported(text: str, taxonomy, name: str = "bank.csv") -> ImportReport:
    return importing.imported(text, taxonomy, name)


# 1. Headers worded as a document's labels


@pytest.mark.parametrize(("header", "field"), [
    ("Red flags", "redflags"), ("Red Flags to Avoid", "redflags"), ("Pitfalls", "redflags"),
    ("Metrics to Mention", "tips"), ("How to answer if pushed", "tips"),
    ("Expected concepts", "competencies"), ("Expected_Concepts", "competencies"), ("CoreConcepts", "competencies"),
    ("Company", "company"), ("Company Lens", "company"), ("Employer", "company"), ("Role", "role"),
])
def test_a_header_worded_as_a_label_names_its_field(header, field):
    assert header_mapping(["Question", header])[0] == {0: "question", 1: field}


def test_several_coaching_columns_are_all_read(taxonomy):
    report = imported("Question,Answer,Notes,Numbers to cite,Red flags,Common mistakes\n"
                      "How do you plan a quarter?,We rank bets by cost.,Keep it short.,Two quarters shipped,"
                      "Vague goals,Blaming the team\n", taxonomy)
    assert report.notes[0].coach.tips == ("Keep it short.", "**Numbers to cite:** Two quarters shipped",
                                          "Red flag: Vague goals", "Red flag: Blaming the team")
    assert report.skipped == ()


def test_a_company_column_is_a_tag_when_it_names_one_and_a_tip_when_it_advises(taxonomy):
    report = imported("Question,Answer,Company\nHow do you hire?,We run a work sample.,Orbit Labs\n"
                      "How do you fire?,Only after a written plan.,\"Stress values, then name one\"\n", taxonomy)
    first, second = report.notes
    assert "Orbit Labs" in first.tags and first.coach.tips == ()
    assert second.coach.tips == ("**Company:** Stress values, then name one",)
    assert not any("Stress" in tag for tag in second.tags)


# 2. {blanks} to fill in


@pytest.mark.parametrize(("text", "slots"), [
    ("Latency rose in {service} after the deploy.", ("{service}",)),
    ("We chose {option a/b} over {the other}.", ("{option a/b}", "{the other}")),
    ("I returned an empty map {} from the handler.", ()),
    ("The config was { retries: 3 } at the time.", ()),
    ("The route /users/{id} was slow.", ()),
    ("We templated ${region} and {{ cluster }}.", ()),
    ("I renamed `{name}` in the logger.", ()),
])
def test_fill_slots_are_words_in_braces_outside_code(text, slots):
    assert fill_slots(text) == slots


def test_a_row_whose_story_leaves_blanks_is_a_draft_saying_where(taxonomy):
    report = imported("Question,Situation,Task,Action,Result\n"
                      "Tell me about an outage,Checkout broke in {region}.,Restore it.,I rolled back.,Fixed in {time}.\n"
                      "Tell me about a rewrite,The billing code was a {} soup.,Make it safe.,I split it.,Fewer bugs.\n",
                      taxonomy)
    blank, real = report.notes
    assert blank.draft and not real.draft
    assert "line 2: 'Tell me about an outage' is a draft: its Situation, Result have blanks to fill in " \
           "({region}, {time})" in messages(report)
    assert blank.body.situation.strip() == "Checkout broke in {region}."  # kept for the user to fill in


def test_an_answer_with_a_blank_is_a_draft(taxonomy):
    report = imported("Question,Answer\nWhy this team?,Because {reason} matters to me.\n", taxonomy)
    assert report.notes[0].draft
    assert "line 2: 'Why this team?' is a draft: its answer has blanks to fill in ({reason})" in messages(report)


# 3. A column of job titles


def test_job_titles_that_name_no_band_are_tags_and_reported_once(taxonomy):
    report = imported("Question,Role\nHow do you test a model?,Data Scientist\nHow do you ship a page?,Web Developer\n"
                      "How do you grow a lead?,Staff Engineer\n", taxonomy)
    first, second, third = report.notes
    assert (first.level, second.level, third.level) == (Level.SENIOR, Level.SENIOR, Level.STAFF)
    assert "Data Scientist" in first.tags and "Web Developer" in second.tags
    said = messages(report)
    assert not any("unknown level label" in line for line in said)
    assert "line 2: no level stated for 2 notes; set to senior (pass --level)" in said


def test_a_level_column_beats_the_role_column(taxonomy):
    report = imported("Question,Role,Level\nHow do you hire?,Data Scientist,Staff\n", taxonomy)
    assert report.notes[0].level is Level.STAFF


def test_an_unknown_label_in_a_level_column_is_still_reported(taxonomy):
    report = imported("Question,Level\nHow do you hire?,Band Q\n", taxonomy)
    assert any("unknown level label 'Band Q'" in line for line in messages(report))


# 4. A document titled by the field of management


def test_a_title_naming_the_field_of_engineering_management_gives_manager(taxonomy):
    report = imported("# Engineering Management Interview Questions\n\n- How do you run one-on-ones?\n"
                      "- How do you plan headcount?\n", taxonomy, name="bank.md")
    assert {note.level for note in report.notes} == {Level.MANAGER}


def test_a_title_naming_another_kind_of_management_gives_no_level(taxonomy):
    report = imported("# Stakeholder Management Questions\n\n- How do you handle a late partner?\n", taxonomy,
                      name="bank.md")
    assert report.notes[0].level is Level.SENIOR
    assert "line 3: no level stated for 1 note; set to senior (pass --level)" in messages(report)


# 5. The interviewer's probes about "they"


@pytest.mark.parametrize(("text", "probe"), [
    ("What did they take away from the rollout?", True),
    ("How curious are they?", True),
    ("How do they handle a missed date?", True),
    ("How did they respond when you raised it?", False),  # asks the candidate, about someone else
    ("What should they do first?", False),  # a case's discussion question
    ("Tell me about a time they let you down.", False),
])
def test_third_person_probes_without_you_are_criteria(text, probe):
    from leaderdeck.importers.text import is_criterion
    assert is_criterion(text) is probe


def test_probes_about_they_under_a_question_are_its_signals(taxonomy):
    report = imported("## Hiring\n\n**Tell me about the hardest hire you made.**\n\nListen for:\n"
                      "- Does the candidate name the trade-off?\n- What did they change afterwards?\n"
                      "- How honest are they about the miss?\n", taxonomy, name="guide.md")
    assert len(report.notes) == 1
    assert report.notes[0].coach.signals == ("Does the candidate name the trade-off?",
                                             "What did they change afterwards?", "How honest are they about the miss?")


# 4. Only an HTML sheet loads the HTML reader


def _loads_html_reader(tmp_path, name: str, text: str) -> bool:
    import subprocess
    import sys

    (tmp_path / name).write_text(text, encoding="utf-8")
    probe = ("import sys\nfrom pathlib import Path\nfrom leaderdeck.importers import import_files\n"
             "from leaderdeck.taxonomy import load_taxonomy\n"
             f"import_files([Path({str(tmp_path / name)!r})], load_taxonomy(), source_dir=Path({str(tmp_path)!r}),"
             " dry_run=True)\nprint('bs4' in sys.modules)")
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() \
        == "True"


def test_a_plain_sheet_does_not_load_beautifulsoup_an_anki_html_export_does(tmp_path):
    assert not _loads_html_reader(tmp_path, "plain.csv", "Question,Answer\nWhy this team?,Their on-call is sane.\n")
    assert _loads_html_reader(tmp_path, "export.txt", "#separator:tab\n#html:true\n"
                                                      "Why this team?\t<b>Their</b> on-call is sane.\n")
