"""Each lint rule fires on a weak answer and stays quiet on a good one."""

from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner

from leaderdeck.cli import cli
from leaderdeck.errors import LeaderdeckError
from leaderdeck.lint import RULES, lint_notes, project_ignores
from leaderdeck.model import DiscussionPoint, Kind, Level, Note, Origin, QaBody, ScenarioBody, StarBody, Topic

TOPIC = Topic("Hiring", "hiring")


def words(count: int, word: str = "word") -> str:
    return " ".join([word] * count)


GOOD_STAR = StarBody(
    question="Tell me about a hire you got wrong.",
    situation=words(40),
    task=words(20),
    action="I " + words(120) + " I decided, I asked, my call.",
    result="Attrition fell from 30% to 12% within 2 quarters. " + words(20),
    learning=words(30),
)
GOOD_QA = QaBody(question="How do you calibrate interviewers?", answer=words(120))
GOOD_SCENARIO = ScenarioBody(title="A hiring freeze", situation=words(40),
                             discussion=(DiscussionPoint("Priorities", ("Who goes first?",)),))


def note(body, note_id: str = "n1", line: int = 1, **changes) -> Note:
    kind = {StarBody: Kind.STAR, QaBody: Kind.QA, ScenarioBody: Kind.SCENARIO}[type(body)]
    base = Note(id=note_id, kind=kind, level=Level.STAFF, topic=TOPIC, body=body, origin=Origin("s.yaml", line))
    return dataclasses.replace(base, **changes)


def rules_of(*notes: Note) -> list[str]:
    return [f.rule for f in lint_notes(notes)]


def test_good_notes_are_clean():
    assert rules_of(note(GOOD_STAR, "a"), note(GOOD_QA, "b"), note(GOOD_SCENARIO, "c")) == []


@pytest.mark.parametrize(
    ("change", "rule", "message"),
    [
        ({"learning": ""}, "star-part-missing", "no Learning"),
        ({"task": words(4)}, "star-part-thin", "Task has 4 words (aim for 10 or more)"),
        ({"result": "Attrition fell a lot and everyone was happier. " + words(20)}, "result-without-number",
         "the Result has no number: what changed, by how much?"),
        ({"action": "I " + words(600)}, "spoken-length", "the story takes 4.8 min to say at 150 words a minute"),
        ({"situation": words(20), "task": words(10), "action": "I " + words(59), "result": "Up 5 " + words(13),
          "learning": words(10)}, "spoken-length", "the story takes 0.8 min"),
        ({"action": "We met, we agreed, our plan, and I signed off. " + words(80)}, "we-over-i",
         "the Action says 'we' 3 times and 'I' 1 times"),
    ],
)
def test_star_rules_fire(change, rule, message):
    findings = lint_notes([note(dataclasses.replace(GOOD_STAR, **change))])
    assert [f.rule for f in findings] == [rule]
    assert message in findings[0].message
    assert str(findings[0]).startswith(f"s.yaml:1: {rule}: ")


@pytest.mark.parametrize(("count", "fires"), [(79, True), (80, False), (200, False), (201, True)])
def test_qa_answer_length(count, fires):
    assert rules_of(note(dataclasses.replace(GOOD_QA, answer=words(count)))) == (["qa-answer-length"] if fires else [])


def test_scenario_without_discussion():
    assert rules_of(note(dataclasses.replace(GOOD_SCENARIO, discussion=()))) == ["scenario-without-discussion"]


def test_duplicate_and_near_duplicate_questions():
    first = note(GOOD_QA, "first", line=3)
    exact = note(dataclasses.replace(GOOD_QA, question="How do you CALIBRATE interviewers"), "second", line=9)
    near = note(dataclasses.replace(GOOD_QA, question="How do you calibrate your interviewers?"), "third", line=15)
    other = note(dataclasses.replace(GOOD_QA, question="What makes a strong work sample?"), "fourth", line=20)
    findings = lint_notes([first, exact, near, other])
    assert [(f.rule, f.note_id) for f in findings] == [("duplicate-question", "second"),
                                                         ("duplicate-question", "third")]
    assert findings[0].message == "the question repeats note 'first' (s.yaml:3)"


def test_drafts_are_only_checked_for_duplicates():
    assert rules_of(note(dataclasses.replace(GOOD_QA, answer=""), draft=True)) == []


def test_per_note_ignore_and_unknown_rule():
    thin = dataclasses.replace(GOOD_QA, answer=words(10))
    assert rules_of(note(thin, lint_ignore=("qa-answer-length",))) == []
    assert rules_of(note(thin, lint_ignore=("qa-lenght",))) == ["qa-answer-length", "unknown-rule"]


def test_project_ignore(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.leaderdeck.lint]\nignore = ["qa-answer-length"]\n', encoding="utf-8")
    assert project_ignores(pyproject) == {"qa-answer-length"}
    thin = note(dataclasses.replace(GOOD_QA, answer=words(10)))
    assert lint_notes([thin], project_ignores(pyproject)) == []
    pyproject.write_text('[tool.leaderdeck.lint]\nignore = ["nope"]\n', encoding="utf-8")
    with pytest.raises(LeaderdeckError, match="unknown lint rule"):
        project_ignores(pyproject)


def test_every_rule_has_an_id_and_summary():
    assert len({r.id for r in RULES}) == len(RULES)
    assert all(r.summary.endswith(".") and "\n" not in r.summary for r in RULES)


QA_FILE = """\
notes:
  - id: qa-short
    kind: qa
    level: staff
    topic: Hiring
    question: Why?
    answer: Because.
  - id: qa-short-ignored
    kind: qa
    level: staff
    topic: Hiring
    question: Why not?
    answer: Because not.
    lint:
      ignore: [qa-answer-length]
"""


def test_cli_exit_codes_and_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "a.yaml").write_text(QA_FILE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "source/a.yaml:2: qa-answer-length: the answer has 1 words (aim for 80-200)",
        "Error: 1 finding in 1 note",
    ]
    warn = CliRunner().invoke(cli, ["lint", "--warn-only"])
    assert warn.exit_code == 0 and "1 finding in 1 note" in warn.output
    skipped = CliRunner().invoke(cli, ["lint", "--ignore", "qa-answer-length"])
    assert skipped.exit_code == 0 and skipped.output == "OK: 2 notes, nothing to report\n"
    bad = CliRunner().invoke(cli, ["lint", "--ignore", "nope"])
    assert bad.exit_code == 2


def test_star_card_shows_speaking_time(build, collection):
    from conftest import import_package

    import_package(collection, build())
    star = next(collection.get_note(n) for n in collection.find_notes("Id:star-full"))
    assert "Speaking time:" in star.cards()[0].answer() and star["Speaking Time"] == "under 1 min"
