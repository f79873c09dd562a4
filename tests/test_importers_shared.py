"""Importers on the shared seeds and samples (../shared), when they are present.

Expected values are read from the documents themselves with simple patterns
(headings, numbered lines), so these tests check the importers against the
source rather than against copies of its text.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from leaderdeck.importers import Format, ImportReport, dump_notes, import_text
from leaderdeck.loader import load_sources
from leaderdeck.model import Kind, Level

SHARED = Path(__file__).resolve().parents[2] / "shared"


def document(relative: str) -> str:
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(f"{relative} is not here (../shared is only present in the development checkout)")
    return path.read_text(encoding="utf-8")


def imported(relative: str, taxonomy) -> ImportReport:
    return import_text(document(relative), taxonomy, display=relative, source=Path(relative).name)


def counts(report: ImportReport) -> dict[str, int]:
    return {kind.value: count for kind, count in report.counts.items()}


def test_seed_star_page(taxonomy):
    report = imported("seeds/000_60e5ac87181ad761.txt", taxonomy)
    assert report.format is Format.STAR_PAGE and counts(report) == {"star": 1}
    note = report.notes[0]
    body = note.body
    assert note.level is Level.DIRECTOR and note.tags == ("behavioral",)
    assert body.question.startswith("Describe a situation") and body.question.endswith("?")
    assert len(note.competencies) == 6 and len(note.clarifying_questions) == 3
    assert len(note.coach.signals) == 6 and all(s.startswith("**") for s in note.coach.signals)
    assert note.coach.cheat_code and note.assumptions.startswith("I will assume")
    assert body.situation.count("\n\n") == 2 and body.task.count("\n\n") == 1
    assert body.action.count("\n- **") == 3 and body.action.startswith("- **")
    assert body.result.count("\n- **") == 3 and body.result.startswith("- **")
    assert body.learning.count("\n- **") == 1
    assert not note.draft and not report.attention and not report.skipped


def test_seed_scenario_document(taxonomy):
    text = document("seeds/003_353bc0d0fae15e1c.txt")
    report = imported("seeds/003_353bc0d0fae15e1c.txt", taxonomy)
    assert report.format is Format.SCENARIOS and counts(report) == {"scenario": 8}
    titles = re.findall(r"^### Scenario \d+: (.+)$", text, re.MULTILINE)
    assert [n.body.title for n in report.notes] == titles
    headings = re.findall(r"^#### \d+\. (.+)$", text, re.MULTILINE)
    found = [p.heading for n in report.notes for p in n.body.discussion]
    assert found == headings
    for note in report.notes:
        assert note.body.situation and len(note.body.challenges) == 5
        assert [len(p.questions) for p in note.body.discussion] == [4, 4, 4, 4]
        assert note.body.duration.endswith("minutes") and note.body.company
    assert [n.level.value for n in report.notes] == ["executive", "executive", "staff", "manager", "director",
                                                     "director", "staff", "executive"]
    assert [s.what for s in report.skipped][-1].startswith("section 'Best Practices")
    assert "'ðŸŽ¯' -> '🎯'" in report.attention[0].message


def test_seed_numbered_article(taxonomy):
    text = document("seeds/004_9dd87a926c6a04b6.txt")
    report = imported("seeds/004_9dd87a926c6a04b6.txt", taxonomy)
    assert report.format is Format.NUMBERED_QA and counts(report) == {"qa": 125}
    numbered = re.findall(r"^\d+\. (.+)$", text, re.MULTILINE)
    assert [n.body.question for n in report.notes] == numbered
    answered = [n for n in report.notes if not n.draft]
    assert len(answered) == 100 and report.drafts == 25
    assert all(n.draft for n in report.notes[100:])
    assert all(n.body.answer for n in answered)
    assert not any("Related:" in n.body.answer for n in answered)
    related = len(re.findall(r"^Related:", text, re.MULTILINE))
    assert sum(1 for s in report.skipped if s.what.startswith("'Related:")) == related
    assert report.skipped[0].what.startswith("introduction") and report.skipped[-1].what.startswith("text under")


@pytest.mark.parametrize(("relative", "fmt", "expected"), [
    ("samples/BhaveetKumar__nail-it__advanced_technical_interviews.md", Format.SCENARIOS, {"scenario": 6}),
    ("samples/Sanket006__DevOps-Interview-Questions__follow-up-project-based-interview-Q_A.md",
     Format.NUMBERED_QA, {"qa": 15}),
    ("samples/chitamoor__interview-prep__q02_disagreed_with_senior_leader.md", Format.MARKDOWN_STAR, {"star": 1}),
    ("samples/krrishec209__Interview_Topics__15_EnggManager_QA.md", Format.NUMBERED_QA, {"qa": 15}),
    ("samples/sethi-stack__dheeraj-portfolio__star_stories.md", Format.MARKDOWN_STAR, {"star": 7}),
])
def test_samples_counts(taxonomy, relative, fmt, expected):
    report = imported(relative, taxonomy)
    assert report.format is fmt and counts(report) == expected and report.drafts == 0


def test_sample_with_rounds_and_code(taxonomy):
    text = document("samples/BhaveetKumar__nail-it__advanced_technical_interviews.md")
    report = imported("samples/BhaveetKumar__nail-it__advanced_technical_interviews.md", taxonomy)
    assert {n.level for n in report.notes} == {Level.STAFF}
    assert all(len(n.body.discussion) == 4 and n.body.duration.endswith("minutes") for n in report.notes)
    coding = len(re.findall(r"^#### Round \d+: Coding", text, re.MULTILINE))
    assert sum(1 for s in report.skipped if "Coding" in s.what) == coding == 2
    assert not any("func (" in n.body.situation for n in report.notes)


def test_sample_with_emoji_numbered_headings(taxonomy):
    report = imported("samples/Sanket006__DevOps-Interview-Questions__follow-up-project-based-interview-Q_A.md",
                      taxonomy)
    for note in report.notes:
        assert note.body.question[0].isalpha() and note.body.question[-1] not in "”\""
        assert note.body.answer and not note.body.answer.startswith("**Answer")


def test_sample_with_template_and_example(taxonomy):
    report = imported("samples/chitamoor__interview-prep__q02_disagreed_with_senior_leader.md", taxonomy)
    note = report.notes[0]
    assert note.body.question.endswith("How did you handle it?")
    assert all(getattr(note.body, part) for part in ("situation", "task", "action", "result"))
    assert not any("_[" in getattr(note.body, part) for part in ("situation", "task", "action", "result"))
    assert len(note.coach.signals) == 4 and len(note.coach.tips) == 4
    assert [s.what for s in report.skipped] == ["STAR template", "section 'Companies Known to Ask This'"]


def test_sample_with_two_paragraph_answers(taxonomy):
    report = imported("samples/krrishec209__Interview_Topics__15_EnggManager_QA.md", taxonomy)
    assert all(n.body.answer.count("\n\n") == 1 for n in report.notes)
    assert "](https://" in report.notes[0].body.answer


def test_sample_story_bank_with_duplicated_numbers(taxonomy):
    text = document("samples/sethi-stack__dheeraj-portfolio__star_stories.md")
    report = imported("samples/sethi-stack__dheeraj-portfolio__star_stories.md", taxonomy)
    titles = [re.sub(r"^\d+\.\s*", "", t) for t in re.findall(r"^## (.+)$", text, re.MULTILINE)]
    assert [n.body.question for n in report.notes] == titles
    assert all(n.competencies for n in report.notes)
    assert report.notes[0].body.action.count("\n- **") == 4
    assert report.notes[0].topic.name == "Crisis & Incidents"


ALL = ["seeds/000_60e5ac87181ad761.txt", "seeds/003_353bc0d0fae15e1c.txt", "seeds/004_9dd87a926c6a04b6.txt",
       "samples/BhaveetKumar__nail-it__advanced_technical_interviews.md",
       "samples/Sanket006__DevOps-Interview-Questions__follow-up-project-based-interview-Q_A.md",
       "samples/chitamoor__interview-prep__q02_disagreed_with_senior_leader.md",
       "samples/krrishec209__Interview_Topics__15_EnggManager_QA.md",
       "samples/sethi-stack__dheeraj-portfolio__star_stories.md"]


@pytest.mark.parametrize("relative", ALL)
def test_every_shared_document_writes_schema_valid_yaml_with_the_same_text(tmp_path, taxonomy, relative):
    report = imported(relative, taxonomy)
    path = tmp_path / "out.yaml"
    path.write_text(dump_notes(report.notes), encoding="utf-8")
    loaded = load_sources([path], taxonomy)
    assert [dataclasses.replace(n, origin=o.origin) for n, o in zip(loaded, report.notes)] == list(report.notes)
    assert len({n.id for n in loaded}) == len(loaded)
    assert all(n.kind in Kind for n in loaded)
