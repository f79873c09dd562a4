"""leaderdeck coverage: what a bank of STAR stories covers, and the question kinds it misses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import STARTER
from leaderdeck import corpus
from leaderdeck.cli import cli
from leaderdeck.coverage import cover, report_lines
from leaderdeck.coveragepage import STORIES_PER_TABLE, coverage_page
from leaderdeck.loader import load_sources
from leaderdeck.model import Kind, Level
from leaderdeck.preview import NO_REQUESTS
from leaderdeck.probes import PROBES
from leaderdeck.workspace import starter_files

BANK = """\
defaults:
  level: director
notes:
  - id: star-checkout-outage
    kind: star
    topic: Crisis & Incidents
    question: Tell me about an outage you led the response to.
    competencies: [Incident Command, Communication]
    star: {situation: S, task: T, action: A, result: R}
  - id: star-reorg
    kind: star
    topic: Org Design & Scaling
    question: Tell me about a reorg you led.
    competencies: [communication, Org Design]
    star: {situation: S, task: T, action: A, result: R}
  - id: star-hire
    kind: star
    level: manager
    topic: Hiring
    question: Tell me about the best hire you made.
    competencies: [Hiring]
    star: {situation: S, task: T, action: A, result: R}
  - id: star-draft-failure
    kind: star
    draft: true
    topic: Failure & Growth
    question: Tell me about a time you failed.
  - id: qa-not-a-story
    kind: qa
    topic: Culture
    question: How do you build trust?
    answer: Slowly.
"""


@pytest.fixture(scope="module")
def starter(taxonomy):
    return load_sources(starter_files(), taxonomy)


@pytest.fixture
def bank(tmp_path, taxonomy):
    path = tmp_path / "bank.yaml"
    path.write_text(BANK, encoding="utf-8")
    return load_sources([path], taxonomy)


def test_stories_levels_topics_and_competencies(bank, taxonomy):
    result = cover(bank, taxonomy)
    assert [s.id for s in result.stories] == ["star-checkout-outage", "star-reorg", "star-hire"]
    assert result.drafts_left_out == 1
    assert result.level_counts() == {Level.SENIOR: 0, Level.STAFF: 0, Level.MANAGER: 1, Level.DIRECTOR: 2,
                                      Level.EXECUTIVE: 0}
    grid = {t.name: row for t, row in zip(result.topics, result.grid) if any(row)}
    assert grid == {"Crisis & Incidents": (0, 0, 0, 1, 0), "Hiring": (0, 0, 1, 0, 0),
                    "Org Design & Scaling": (0, 0, 0, 1, 0)}
    assert [(c.name, c.stories) for c in result.competencies] == [
        ("Communication", (0, 1)), ("Hiring", (2,)), ("Incident Command", (0,)), ("Org Design", (1,))]


def test_drafts_count_when_asked(bank, taxonomy):
    result = cover(bank, taxonomy, drafts=True)
    assert len(result.stories) == 4 and result.drafts_left_out == 0
    assert "failure" not in {k.probe.id for k in result.gaps}


def test_gaps_come_with_starter_questions_that_probe_them(bank, taxonomy, starter):
    result = cover(bank, taxonomy, starter)
    answered = {k.probe.id: k.stories for k in result.kinds if k.stories}
    assert answered == {"crisis": (0,), "hiring": (2,), "leading-change": (1,)}
    failure = next(k for k in result.gaps if k.probe.id == "failure")
    assert [n.kind for n in failure.questions] == [Kind.STAR] * 3
    assert all(failure.probe.answered_by(n) for n in failure.questions)
    # the stories are at manager and director: the nearest levels come first
    assert [n.level for n in failure.questions][0] in {Level.MANAGER, Level.DIRECTOR}
    assert result.examples_from == len([n for n in starter if not n.draft])


def test_every_kind_of_question_has_starter_questions_and_real_topics(starter, taxonomy):
    slugs = {t.slug for t in taxonomy.topics}
    for probe in PROBES:
        assert set(probe.topics) <= slugs, probe.id
        assert [n for n in starter if n.kind is Kind.STAR and probe.answered_by(n)], probe.id
    assert len({p.id for p in PROBES}) == len(PROBES)


def test_a_conflict_needs_to_say_with_whom(taxonomy, tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("id: star-c\nkind: star\nlevel: staff\ntopic: Conflict & Influence\n"
                    "question: Tell me about a time you disagreed with your manager.\ndraft: true\n", encoding="utf-8")
    [note] = load_sources([path], taxonomy)
    kinds = {p.id for p in PROBES if p.answered_by(note)}
    assert "conflict-with-manager" in kinds and "conflict-with-peer" not in kinds


def test_report_lines(bank, taxonomy):
    lines = report_lines(cover(bank, taxonomy))
    assert lines[:5] == [
        "3 STAR stories (1 draft left out)",
        "Levels: manager 1, director 2; none at senior, staff, executive",
        "Topics: 3 of 19 have a story; none for Strategy & Trade-offs, Failure & Growth, Conflict & Influence, "
        "Stakeholder Management, Architecture Decisions, Technical Debt, People & Performance, Mentoring & Growth, "
        "Culture, Delivery & Prioritization, Quality & Reliability, Security & Compliance, Innovation, "
        "Product Collaboration, Vendors & Partners, Career & Motivation",
        "Competencies (4): Communication 2, Hiring 1, Incident Command 1, Org Design 1",
        "Question kinds: 3 of 15 have a story",
    ]
    assert lines[5] == "  no failure story (\"Tell me about a time you failed, or made a call that turned out wrong.\")"
    assert lines[-1] == "  (no starter corpus to draw example questions from)"


def test_the_page_is_self_contained_and_escapes_text(bank, taxonomy, starter):
    hostile = [n for n in bank]
    page = coverage_page(cover(hostile, taxonomy, starter), title="Mine <b>")
    assert f'<meta http-equiv="Content-Security-Policy" content="{NO_REQUESTS}">' in page
    assert not re.search(r"<(script|img|link|iframe|object|embed|video|audio)\b", page)
    assert not re.search(r"\bsrc=|@import|url\(|@font-face|https?://", page)
    assert "<h1>Mine &lt;b&gt;</h1>" in page
    assert page.count('<g class="cv-cell">') == len(taxonomy.topics) * 5
    assert "prefers-color-scheme: dark" in page


def test_the_matrix_is_split_into_tables_a_phone_can_show(taxonomy, starter):
    stories = [n for n in starter if n.kind is Kind.STAR]
    page = coverage_page(cover(stories, taxonomy))
    tables = re.findall(r'<table class="cv-matrix">(.*?)</table>', page, re.DOTALL)
    assert len(tables) == -(-len(stories) // STORIES_PER_TABLE)
    for table in tables:
        assert len(re.findall(r'<th scope="col"><a href', table)) <= STORIES_PER_TABLE


def test_the_starter_location_is_one_function():
    assert corpus.starter_folder() == Path(corpus.__file__).parent / "starter"


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "bank.yaml").write_text(BANK, encoding="utf-8")
    return tmp_path


def test_cli_prints_and_writes_the_page(project, monkeypatch):
    monkeypatch.setattr(corpus, "starter_folder", lambda: STARTER)
    result = CliRunner().invoke(cli, ["coverage"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "3 STAR stories (1 draft left out)"
    assert lines[5] == "  no failure story (\"Tell me about a time you failed, or made a call that turned out wrong.\")"
    assert lines[6].startswith("    - ") and lines[6].endswith(")")
    assert lines[-1] == "Wrote build/coverage/coverage.html"
    page = (project / "build" / "coverage" / "coverage.html").read_text(encoding="utf-8")
    assert "from the starter corpus that would probe it" in page


def test_cli_without_a_starter_corpus_says_so(project, monkeypatch):
    monkeypatch.setattr(corpus, "starter_folder", lambda: project / "nowhere")
    result = CliRunner().invoke(cli, ["coverage", "--out", "out"])
    assert result.exit_code == 0
    assert result.output.splitlines()[-2:] == ["  (no starter corpus to draw example questions from)",
                                               "Wrote out/coverage.html"]
    assert "No starter corpus was found" in (project / "out" / "coverage.html").read_text(encoding="utf-8")


def test_cli_draws_examples_from_a_folder_given(project, monkeypatch):
    monkeypatch.setattr(corpus, "starter_folder", lambda: project / "nowhere")
    result = CliRunner().invoke(cli, ["coverage", "--starter", str(STARTER), "--drafts"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "4 STAR stories"
    assert "(no starter corpus" not in result.output


def test_cli_errors(project):
    missing = CliRunner().invoke(cli, ["coverage", "--starter", "nope"])
    assert missing.exit_code == 2 and "Directory 'nope' does not exist" in missing.output
    (project / "source" / "bad.yaml").write_text("id: x\nkind: star\n", encoding="utf-8")
    broken = CliRunner().invoke(cli, ["coverage"])
    assert broken.exit_code == 1
    assert broken.output.endswith("Error: 4 problems in 1 file\n")
    assert "Traceback" not in broken.output
