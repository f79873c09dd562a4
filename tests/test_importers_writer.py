"""The YAML writer: exact for any text, schema-valid, and read back by the loader unchanged."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from leaderdeck.errors import LeaderdeckError
from leaderdeck.importers import dump_notes, import_text, scalar
from leaderdeck.importers import Overrides
from leaderdeck.importers.document import read_document
from leaderdeck.loader import load_sources
from leaderdeck.model import Coach, DiscussionPoint, Kind, Level, Note, Origin, QaBody, ScenarioBody, StarBody, Topic
from leaderdeck.schema import NOTE_KEYS
from leaderdeck.yamlnodes import read_yaml

IMPORT = FIXTURES / "import"
TOPICS = [Topic("Hiring", "hiring"), Topic("Crisis & Incidents", "crisis-incidents"),
          Topic("Technical Debt", "tech-debt")]
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text as it reaches the writer: trimmed (the loader trims too), any characters at all inside.
trimmed = st.text(min_size=1).map(str.strip).filter(bool)
texts = st.one_of(trimmed, st.text(alphabet=st.characters(codec="utf-8"), min_size=1).map(str.strip).filter(bool),
                  st.sampled_from(["yes", "No", "null", "12:30", "2024-01-01", "60 minutes", "1e5", "- item",
                                   "# x", "a: b", "'q'", '"dq"', "x\n  y", "lead\n\ttab\there", "~",
                                   "line\u2028break"]))
items = st.lists(trimmed, max_size=3).map(tuple)


def read_back(tmp_path: Path, document: str):
    path = tmp_path / "value.yaml"
    path.write_text(document, encoding="utf-8")
    value, problems = read_yaml(path, "value.yaml")
    assert not problems
    return value


@SETTINGS
@given(text=st.text(), block=st.booleans())
def test_scalar_is_exact_for_any_text_as_a_value_and_a_list_item(tmp_path, text, block):
    mapping = read_back(tmp_path, f"outer:\n  key: {scalar(text, 4, block=block)}\n  next: 1\n")
    assert mapping.entries[0].value.entries[0].value.value == text
    listed = read_back(tmp_path, f"items:\n  - {scalar(text, 4, block=block)}\n  - z\n")
    assert listed.entries[0].value.items[0].value == text


@pytest.mark.parametrize(("text", "written"), [
    ("plain words", "plain words"),
    ("yes", "'yes'"),
    ("12:30", "'12:30'"),
    ("60 minutes", "60 minutes"),
    ("Result: shipped", "'Result: shipped'"),
    ("it's", "it's"),
    ("**Bold:** text", "'**Bold:** text'"),
    ("two\nlines", "|-\n    two\n    lines"),
    ("  indented\nnext", "|2-\n      indented\n    next"),
    ("bell\x07", '"bell\\x07"'),
    ("line\u2028break", '"line\\Lbreak"'),
])
def test_scalar_styles(text, written):
    assert scalar(text, 4) == written


@st.composite
def notes(draw) -> Note:
    kind = draw(st.sampled_from(list(Kind)))
    if kind is Kind.STAR:
        body = StarBody(draw(texts), *(draw(texts) for _ in range(4)), draw(st.just("") | texts),
                        draw(st.just("") | texts))
    elif kind is Kind.SCENARIO:
        points = draw(st.lists(st.builds(DiscussionPoint, texts, items), max_size=2).map(tuple))
        body = ScenarioBody(draw(texts), draw(texts), draw(st.just("") | texts), draw(items), points,
                            draw(st.just("") | texts), draw(st.just("") | texts))
    else:
        body = QaBody(draw(texts), draw(texts))
    return Note(
        id=f"{kind.value}-{draw(st.integers(0, 10**6))}", kind=kind, level=draw(st.sampled_from(list(Level))),
        topic=draw(st.sampled_from(TOPICS)), body=body, origin=Origin("x", 1),
        competencies=draw(st.lists(trimmed, max_size=2, unique=True).map(tuple)),
        tags=draw(st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), max_size=2, unique=True).map(tuple)),
        clarifying_questions=draw(items), assumptions=draw(st.just("") | texts),
        coach=Coach(draw(items), draw(st.just("") | texts), draw(items)),
        variants=draw(items) if kind is not Kind.SCENARIO else (),
        draft=draw(st.booleans()), source=draw(st.just("") | texts),
    )


@SETTINGS
@given(note=notes())
def test_written_notes_load_back_unchanged(tmp_path, taxonomy, note):
    path = tmp_path / "notes.yaml"
    path.write_text(dump_notes([note], ["a comment\nwith\x07 odd characters"]), encoding="utf-8")
    (loaded,) = load_sources([path], taxonomy)
    assert dataclasses.replace(loaded, origin=note.origin, topic=note.topic) == note
    assert loaded.topic.name == note.topic.name


def test_keys_follow_the_schema_order_and_prose_is_a_block(taxonomy):
    report = import_text((IMPORT / "star-page.txt").read_text(encoding="utf-8"), taxonomy, display="p", source="p")
    text = dump_notes(report.notes)
    order = [name for name in (k.name for k in NOTE_KEYS) if f"\n    {name}:" in text]
    positions = [text.index(f"\n    {name}:") for name in order]
    assert positions == sorted(positions)
    assert "      situation: |\n        Our ledger ran" in text
    assert text.startswith("notes:\n  - id: star-migrating-payments-database-without-downtime\n    kind: star\n")


@pytest.mark.parametrize("name", sorted(p.name for p in IMPORT.iterdir()))
def test_every_fixture_round_trips_through_the_loader(tmp_path, taxonomy, name):
    report = import_text((IMPORT / name).read_text(encoding="utf-8"), taxonomy, display=name, source=name)
    path = tmp_path / "out.yaml"
    path.write_text(dump_notes(report.notes, ["header"]), encoding="utf-8")
    loaded = load_sources([path], taxonomy)
    assert [dataclasses.replace(n, origin=o.origin) for n, o in zip(loaded, report.notes)] == list(report.notes)


markdownish = st.lists(
    st.one_of(st.text(max_size=15), st.sampled_from([
        "\n", "\r\n", "# ", "## ", "### Scenario 1: ", "#### 1. ", "**Situation**: ", "**Key Challenges**:",
        "**Expected Discussion Points**:", "**Level**: CTO", "- ", "  - ", "1. ", "2. ", "3️⃣ ", "> ", "```", "---",
        "Situation", "Task – Mine", "Action", "Result", "Learning", "The Question", "Coach Strategy", "Signals: a, b",
        "Clarifying Questions", "Cheat Code:", "How do you", "?", "Related: x", "**Answer:**", "_[Describe]_",
        "**Situation:** ", "**Result -**", "**Competency:** x", "ðŸŽ¯", "\t", ":", "Bonus Questions",
    ])), max_size=50).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(), markdownish))
def test_any_text_imports_or_fails_with_the_projects_error(tmp_path, taxonomy, text):
    try:
        report = import_text(text, taxonomy, display="doc", source="doc")
    except LeaderdeckError:
        return
    path = tmp_path / "out.yaml"
    path.write_text(dump_notes(report.notes, shared=True), encoding="utf-8")
    loaded = load_sources([path], taxonomy)
    assert [dataclasses.replace(n, origin=o.origin) for n, o in zip(loaded, report.notes)] == list(report.notes)


def test_a_level_and_topic_every_note_shares_are_written_once_as_defaults(taxonomy):
    report = import_text((IMPORT / "numbered-qa.txt").read_text(encoding="utf-8"), taxonomy, display="n",
                         source="n", overrides=Overrides(Level.MANAGER, taxonomy.topic("Hiring")))
    text = dump_notes(report.notes, shared=True)
    assert text.startswith("defaults:\n  level: manager\n  topic: Hiring\nnotes:\n")
    assert "\n    level:" not in text and "\n    topic:" not in text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_any_bytes_read_or_fail_with_the_projects_error(tmp_path, taxonomy, data):
    path = tmp_path / "doc.bin"
    path.write_bytes(data)
    try:
        import_text(read_document(path, "doc.bin"), taxonomy, display="doc.bin", source="doc.bin")
    except LeaderdeckError:
        pass
