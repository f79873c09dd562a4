"""Each lint rule fires on a weak answer and stays quiet on a good one."""

from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner

from leaderdeck.cardfields import note_fields
from leaderdeck.cli import cli
from leaderdeck.errors import LeaderdeckError
from leaderdeck.lint import RULES, lint_notes, project_ignores
from leaderdeck.model import DiscussionPoint, Kind, Level, Note, Origin, QaBody, ScenarioBody, StarBody, Topic
from leaderdeck.notetypes import note_type
from leaderdeck.render import Renderer
from leaderdeck.speech import speaking_time

TOPIC = Topic("Hiring", "hiring")


def words(count: int, word: str = "word") -> str:
    return " ".join([word] * count)


GOOD_STAR = StarBody(
    question="Tell me about a hire you got wrong.",
    situation=words(40),
    task=words(20),
    action="I " + words(120) + " I decided, I asked, my call.",
    result="Attrition fell from 30% to 12% within 2 quarters. " + words(20),
    learning="I now run a calibration debrief after every interview loop.",
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
        ({"learning": "I learned a lot about the importance of communication, trust and alignment across teams."},
         "learning-without-change", "the Learning says what you learned, not what you now do differently: "
                                    "name the practice ('I now ...', 'Next time I would ...')"),
        ({"result": "Attrition fell a lot and everyone was happier. " + words(20)}, "result-without-number",
         "the Result has no number: what changed, by how much?"),
        ({"action": "I " + words(600)}, "spoken-length",
         "the story takes about 4.5 min to say at 150 words a minute (700 words; aim for 1-3 min)"),
        ({"situation": words(20), "task": words(10), "action": "I " + words(59), "result": "Up 5 " + words(13),
          "learning": "I now ask first."}, "spoken-length",
         "the story takes under 1 min to say at 150 words a minute (109 words; aim for 1-3 min)"),
        ({"action": "We met, we agreed, our plan, and I signed off. " + words(80)}, "we-over-i",
         "the Action says 'we' 3 times and 'I' 1 times"),
    ],
)
def test_star_rules_fire(change, rule, message):
    findings = lint_notes([note(dataclasses.replace(GOOD_STAR, **change))])
    assert [f.rule for f in findings] == [rule]
    assert findings[0].message == message
    assert str(findings[0]).startswith(f"s.yaml:1: {rule}: ")


@pytest.mark.parametrize("learning", [
    "We now rehearse rollbacks every quarter.",
    "Always write the rollback plan first.",
    "Rehearse rollbacks every quarter.",
    "Next time I would bring finance in at the first draft.",
    "I'd share a range, not a date.",
    "Since then I open every incident by naming a commander.",
    "In hindsight I should have escalated on day two.",
    "I added a dry run to the migration checklist.",
    "Every first-time manager now gets a coach.",
])
def test_a_crisp_takeaway_passes_whatever_its_length(learning):
    assert rules_of(note(dataclasses.replace(GOOD_STAR, learning=learning))) == []


@pytest.mark.parametrize("learning", [
    "Communication is key.",
    "I learned that communication is always key.",
    "This experience taught me a great deal about the importance of trust, alignment and transparency across "
    "every team I work with in a fast-moving organisation.",
    "I now know that communication matters.",
    "I now understand the value of listening to my team.",
    "It was a great learning experience and I grew as a leader.",
])
def test_a_platitude_fails_whatever_its_length(learning):
    assert rules_of(note(dataclasses.replace(GOOD_STAR, learning=learning))) == ["learning-without-change"]


@pytest.mark.parametrize("count", range(105, 560, 9))
def test_lint_judges_the_speaking_time_the_card_shows(count):
    body = dataclasses.replace(GOOD_STAR, situation=words(count - 103), task="", action="I " + words(61) + " I",
                               result="Up 5 " + words(13), learning="I now ask first, every time " + words(19))
    time = speaking_time(body)
    assert time.words == count
    findings = [f for f in lint_notes([note(body)]) if f.rule == "spoken-length"]
    card = note_fields(note(body), Renderer())[note_type(Kind.STAR).fields.index("Speaking Time")]
    too_short, too_long = card == "under 1 min", card not in {f"about {m:g} min" for m in (1, 1.5, 2, 2.5, 3)}
    assert bool(findings) == (too_short or too_long), card
    if findings:
        assert findings[0].message.startswith(f"the story takes {card} to say")


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
        "source/a.yaml:7: qa-answer-length: the answer has 1 words (aim for 80-200)",
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


STAR_FILE = """\
defaults:
  level: director
  topic: Crisis & Incidents
notes:
  - id: star-outage
    kind: star
    question: Tell me about an outage you led.
    star:
      situation: Checkout failed for forty minutes on our busiest evening of the year, with every region down.
      task: I was incident commander.
      action: |
        We split the responders. We rolled back. We wrote the update. I signed off.
      result: Service came back and customers were happy again.
      learning: Communication is key.
    lint:
      ignore: [we-over-i, no-such-rule]
  - id: star-outage-again
    kind: star
    draft: true
    question: Tell me about an outage you led!
"""


def test_findings_point_at_the_line_of_the_field(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "s.yaml").write_text(STAR_FILE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "source/s.yaml:8: spoken-length: the story takes under 1 min to say at 150 words a minute "
        "(45 words; aim for 1-3 min)",
        "source/s.yaml:9: star-part-thin: Situation has 16 words (aim for 20 or more)",
        "source/s.yaml:10: star-part-thin: Task has 4 words (aim for 10 or more)",
        "source/s.yaml:11: star-part-thin: Action has 14 words (aim for 60 or more)",
        "source/s.yaml:13: result-without-number: the Result has no number: what changed, by how much?",
        "source/s.yaml:13: star-part-thin: Result has 8 words (aim for 15 or more)",
        "source/s.yaml:14: learning-without-change: the Learning says what you learned, not what you now do "
        "differently: name the practice ('I now ...', 'Next time I would ...')",
        "source/s.yaml:16: unknown-rule: 'lint: ignore' names no rule 'no-such-rule'",
        "source/s.yaml:20: duplicate-question: the question repeats note 'star-outage' (source/s.yaml:7)",
        "Error: 9 findings in 2 notes",
    ]
