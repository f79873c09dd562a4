"""The importer on every shared sample and seed (../shared), when they are present.

The expectations were written by reading each document: how many notes of
each kind it holds, which are drafts, and what some fields must say. They
quote the documents only as far as needed to identify a field (a first word,
a number), never their prose.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from leaderdeck.importers import ImportReport, dump_notes, import_text
from leaderdeck.loader import load_sources
from leaderdeck.model import Level

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


# (document, notes of each kind, drafts)
EXPECTED = [
    ("seeds/000_60e5ac87181ad761.txt", {"star": 1}, 0),
    ("seeds/003_353bc0d0fae15e1c.txt", {"scenario": 8}, 0),
    ("seeds/004_9dd87a926c6a04b6.txt", {"qa": 125}, 25),
    ("samples/BhaveetKumar__nail-it__advanced_technical_interviews.md", {"scenario": 6, "qa": 2}, 0),
    ("samples/krrishec209__Interview_Topics__15_EnggManager_QA.md", {"qa": 15}, 0),
    ("samples/Sanket006__DevOps-Interview-Questions__follow-up-project-based-interview-Q_A.md", {"qa": 15}, 0),
    ("samples/chitamoor__interview-prep__q02_disagreed_with_senior_leader.md", {"star": 1}, 0),
    ("samples/sethi-stack__dheeraj-portfolio__star_stories.md", {"star": 7}, 0),
    ("samples/drts01__notes__star.md", {"star": 7}, 4),
    ("samples/developerisnow__career-ai-integration-engineer-lead__20250721-1400-enhanced-star-bank-stage-2.md",
     {"star": 15}, 0),
    ("samples/Ramprasaath__varun-job-search__story-bank.md", {"star": 5}, 0),
    ("samples/shivam-g-mishra__blog__failure-stories.md", {"star": 2}, 0),
    ("samples/coolwindjo__algoguru__2025-12-15-rock-the-behavioral-interview-leadership.md", {"qa": 3}, 3),
    ("samples/WenbangWang__Leet_Code__value.md", {"qa": 26}, 1),
    ("samples/Engineer-Game__cracking-devops-interview__README.md", {"qa": 8}, 3),
    ("samples/b9words__praxis__arena1.md", {"scenario": 20}, 0),
    ("samples/resola-ai__challenges__exercise2-materials.md", {"scenario": 1}, 0),
    ("samples/caseylazik__LeetCode-Interview-Helper__behavioral.csv", {"qa": 10}, 10),
    ("samples/SowjanyaAlapati__InterviewPrepChatbot__interview_questions.csv", {"qa": 36}, 0),
    ("samples/hg3994__hld__behavioral.txt", {"qa": 48}, 46),
]


@pytest.mark.parametrize(("relative", "kinds", "drafts"), EXPECTED, ids=[e[0].split("/")[1][:30] for e in EXPECTED])
def test_notes_of_each_kind_and_drafts(taxonomy, relative, kinds, drafts):
    report = imported(relative, taxonomy)
    assert counts(report) == kinds
    assert report.drafts == drafts


@pytest.mark.parametrize("relative", [e[0] for e in EXPECTED], ids=[e[0].split("/")[1][:30] for e in EXPECTED])
def test_written_yaml_loads_back_to_the_same_notes(tmp_path, taxonomy, relative):
    report = imported(relative, taxonomy)
    path = tmp_path / "out.yaml"
    path.write_text(dump_notes(report.notes, shared=True), encoding="utf-8")
    loaded = load_sources([path], taxonomy)
    assert [dataclasses.replace(n, origin=o.origin) for n, o in zip(loaded, report.notes)] == list(report.notes)


def test_star_page_seed(taxonomy):
    note = imported("seeds/000_60e5ac87181ad761.txt", taxonomy).notes[0]
    assert note.level is Level.DIRECTOR and note.tags == ("behavioral",)
    assert note.body.question.startswith("Describe a situation") and note.body.question.endswith("?")
    assert len(note.competencies) == 6 and len(note.clarifying_questions) == 3
    assert len(note.coach.signals) == 6 and all(s.startswith("**") for s in note.coach.signals)
    assert note.coach.cheat_code and note.assumptions.startswith("I will assume")
    assert note.body.situation.count("\n\n") == 2 and note.body.action.count("- **") == 4
    assert note.body.learning.count("- **") == 2


def test_scenario_seed(taxonomy):
    report = imported("seeds/003_353bc0d0fae15e1c.txt", taxonomy)
    assert [len(n.body.discussion) for n in report.notes] == [4] * 8
    assert all(len(n.body.challenges) == 5 and n.body.duration.endswith("minutes") for n in report.notes)
    assert [n.level.value for n in report.notes] == ["executive", "executive", "staff", "manager", "director",
                                                     "director", "staff", "executive"]
    assert report.notes[0].body.title == "Technology Transformation Leadership"
    assert ("section 'Response Framework'", "a template, not an answer") in [
        (s.what, s.why) for s in report.skipped]  # the answer framework at the end
    assert "'ðŸŽ¯' -> '🎯'" in report.attention[0].message


def test_numbered_article_seed(taxonomy):
    report = imported("seeds/004_9dd87a926c6a04b6.txt", taxonomy)
    assert all(n.draft for n in report.notes[100:]) and not any(n.draft for n in report.notes[:100])
    assert not any("Related:" in n.body.answer for n in report.notes)
    assert report.notes[76].body.question.startswith("In exactly five words")  # a prompt, not a question mark
    assert sum(1 for s in report.skipped if s.what == "'Related'") == 5


def test_rounds_with_coding_problems(taxonomy):
    report = imported("samples/BhaveetKumar__nail-it__advanced_technical_interviews.md", taxonomy)
    coding = [n for n in report.notes if n.kind.value == "qa"]
    assert [n.body.question.split()[0] for n in coding] == ["Implement", "Implement"]
    assert all(n.body.answer.startswith("```go") for n in coding)
    scenarios = [n for n in report.notes if n.kind.value == "scenario"]
    assert scenarios[0].body.title == "Technical Leadership" and scenarios[0].body.duration == "40 minutes"
    assert scenarios[0].body.company == "Tech Giant" and {n.level for n in report.notes} == {Level.STAFF}
    assert all(len(n.body.discussion) == 4 for n in scenarios)


def test_manager_bank_coaching_lines_become_signals(taxonomy):
    report = imported("samples/krrishec209__Interview_Topics__15_EnggManager_QA.md", taxonomy)
    assert {n.level for n in report.notes} == {Level.MANAGER}  # "EnggManager" in the file name
    assert all(len(n.coach.signals) == 1 and n.body.answer for n in report.notes)
    assert report.notes[0].body.answer.startswith("In my previous role")


def test_emoji_numbered_headings(taxonomy):
    report = imported("samples/Sanket006__DevOps-Interview-Questions__follow-up-project-based-interview-Q_A.md",
                      taxonomy)
    assert report.notes[0].body.question == "Tell me about yourself"
    assert all(n.body.answer and not n.body.answer.startswith("**") for n in report.notes)


def test_coaching_page_with_template_and_example(taxonomy):
    report = imported("samples/chitamoor__interview-prep__q02_disagreed_with_senior_leader.md", taxonomy)
    note = report.notes[0]
    assert note.body.question.endswith("How did you handle it?")
    assert all(getattr(note.body, part) for part in ("situation", "task", "action", "result"))
    assert not any("_[" in getattr(note.body, part) for part in ("situation", "task", "action", "result"))
    assert len(note.coach.signals) == 5 and len(note.coach.tips) == 3
    assert [s.what for s in report.skipped] == ["section 'STAR Method Answer Template'",
                                                "section 'Companies Known to Ask This'"]


def test_story_bank_with_duplicated_numbers(taxonomy):
    report = imported("samples/sethi-stack__dheeraj-portfolio__star_stories.md", taxonomy)
    assert report.notes[0].body.question.startswith("Crisis Management:")
    assert all(n.competencies for n in report.notes)
    assert report.notes[0].body.action.count("- **") == 5
    assert report.notes[0].topic.name == "Crisis & Incidents"


def test_stackedit_story_notes_with_empty_and_unfinished_stories(taxonomy):
    report = imported("samples/drts01__notes__star.md", taxonomy)
    complete = [n for n in report.notes if not n.draft]
    assert len(complete) == 3
    initiative = [n for n in report.notes if n.body.question.startswith("Have you ever")]
    assert len(initiative) == 3 and initiative[0].draft and not initiative[0].body.result
    mistake = next(n for n in report.notes if "mistake" in n.body.question)
    assert mistake.draft and mistake.body.result == ""  # "As " is not a result
    assert any("no Result" in a.message for a in report.attention)
    assert all(n.body.title == "" for n in report.notes)  # theme headings are not story names
    # "* Result:" over lines indented three spaces: their indent is no part of the text
    assert not any(line.startswith(" ") for n in report.notes for line in n.body.result.split("\n"))


def test_enhanced_star_bank_with_heading_parts(taxonomy):
    report = imported(
        "samples/developerisnow__career-ai-integration-engineer-lead__20250721-1400-enhanced-star-bank-stage-2.md",
        taxonomy)
    first = report.notes[0]
    assert first.body.question == "AI Integration at Scale: HypeTrain Transformation"
    assert first.body.action.count("\n- ") == 5 and first.body.result.startswith("- **100%")
    assert first.coach.cheat_code.startswith("300K+")  # the key metrics line
    assert any(s.what.startswith("text under") for s in report.skipped)  # the summary parts


def test_story_bank_with_plus_r(taxonomy):
    report = imported("samples/Ramprasaath__varun-job-search__story-bank.md", taxonomy)
    assert all(n.body.learning for n in report.notes)
    assert report.notes[0].body.question.startswith("Diagnosing")


def test_failure_page_with_two_examples(taxonomy):
    report = imported("samples/shivam-g-mishra__blog__failure-stories.md", taxonomy)
    first, second = report.notes
    assert first.body.question == "Tell me about a time you failed"
    assert first.body.result and first.body.learning.startswith("Three specific lessons")  # each part quoted
    assert second.body.task.startswith("I should have tested")  # "My responsibility"
    assert len(first.coach.signals) == 5 and first.variants and not second.variants
    assert "Tell me about a time you failed" not in first.variants


def test_coaching_cheat_sheet_without_answers(taxonomy):
    report = imported("samples/coolwindjo__algoguru__2025-12-15-rock-the-behavioral-interview-leadership.md",
                      taxonomy)
    assert [len(n.variants) for n in report.notes] == [2, 2, 2]
    assert all(n.coach.signals and n.coach.tips and n.draft for n in report.notes)


def test_values_sheet_with_nested_answers(taxonomy):
    report = imported("samples/WenbangWang__Leet_Code__value.md", taxonomy)
    drafts = [n for n in report.notes if n.draft]
    assert len(drafts) == 1 and "processes/tools" in drafts[0].body.question
    assert report.notes[1].body.answer.count("\n") >= 2  # nested story names and a reflection
    assert any(s.line == 116 for s in report.skipped)  # the "how to use this sheet" footer


def test_heading_bank_with_follow_ups(taxonomy):
    report = imported("samples/Engineer-Game__cracking-devops-interview__README.md", taxonomy)
    last = report.notes[-3:]
    assert all(n.draft for n in last)
    assert all(any(t.startswith("Follow-up:") for t in n.coach.tips) for n in last)
    assert report.notes[0].body.answer.startswith("_I actively")


def test_executive_case_blueprints(taxonomy):
    report = imported("samples/b9words__praxis__arena1.md", taxonomy)
    first = report.notes[0]
    assert first.body.title == 'The "Two-Pizza Team" Re-Org'
    assert first.body.question.startswith("As the newly hired")
    assert first.competencies == ("Organizational Design",)
    levels = [n.level for n in report.notes]  # "You are the CEO", "As the newly hired Chief Product Officer"
    assert levels.count(Level.EXECUTIVE) == 19 and levels.count(Level.DIRECTOR) == 1  # "...the Head of Engineering"
    assert any("(weak)" in a.message and "level guessed" in a.message for a in report.attention)


def test_take_home_case_is_one_scenario(taxonomy):
    note = imported("samples/resola-ai__challenges__exercise2-materials.md", taxonomy).notes[0]
    assert note.body.title == "Critical Feature Launch Delay" and note.body.company.startswith("CloudFlow")
    assert len(note.body.challenges) >= 12
    assert len(note.body.discussion) == 9  # four options and five deliverables
    assert note.coach.signals and note.assumptions


def test_spreadsheets(taxonomy):
    guided = imported("samples/caseylazik__LeetCode-Interview-Helper__behavioral.csv", taxonomy)
    assert all(n.coach.tips[0].startswith("Focus on:") for n in guided.notes)
    answered = imported("samples/SowjanyaAlapati__InterviewPrepChatbot__interview_questions.csv", taxonomy)
    assert answered.notes[0].tags[-1] == "HR" and answered.notes[0].body.answer.startswith("A 30")


def test_plain_notes_with_principles_and_sample_questions(taxonomy):
    report = imported("samples/hg3994__hld__behavioral.txt", taxonomy)
    answered = [n for n in report.notes if not n.draft]
    assert len(answered) == 2  # the two "Question? => answer" lines, one under the notes of a story
    assert not any("coaching for many questions" in s.why for s in report.skipped)  # "Problem:": no coaching
    assert sum(1 for n in report.notes if 53 <= n.origin.line <= 116) == 39
    assert not any(n.origin.line > 140 for n in report.notes)  # questions to ask the interviewer
