"""Levels read per section and from what titles really say; criteria closing a section; blanks in answers.

Fixtures are in our own words: invented stories about engineering teams.
"""

from __future__ import annotations

import pytest

from leaderdeck.importers import ImportReport, import_text
from leaderdeck.importers.bands import band
from leaderdeck.model import Level


def imported(text: str, taxonomy, name: str = "bank.md") -> ImportReport:
    return import_text(text, taxonomy, display=name, source=name)


def messages(report: ImportReport) -> list[str]:
    return [str(item) for item in report.attention]


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
