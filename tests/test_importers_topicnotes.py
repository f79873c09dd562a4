"""The report's lines about imported topics: one per doubtful guess, one for many notes doubted alike."""

from __future__ import annotations

from importing import messages
from leaderdeck.importers import import_text
from leaderdeck.importers.base import Parsed
from leaderdeck.importers.evidence import Decided
from leaderdeck.importers.topicnotes import topic_attention
from leaderdeck.model import Kind, QaBody


def _note(line: int, question: str) -> Parsed:
    return Parsed(Kind.QA, QaBody(question, "An answer."), line)


def test_a_few_weak_guesses_are_named_one_by_one(taxonomy):
    hiring = taxonomy.topics[8]
    topics = [(_note(3 * n, f"Question {n}?"), Decided(hiring, "guessed", "", 0.4, weak=True)) for n in range(1, 4)]
    lines = [a.message for a in topic_attention(topics)]
    assert lines == [f"topic guessed for 'Question {n}?': Hiring (weak, 40%); pass --topic or edit it"
                     for n in range(1, 4)]


def test_many_weak_guesses_of_one_topic_are_one_line_locating_every_note(taxonomy):
    hiring, culture = taxonomy.topics[8], taxonomy.topics[10]
    weak = [(_note(n, f"Question {n}?"), Decided(hiring, "guessed", "", 0.3, weak=True)) for n in range(1, 13)]
    sure = [(_note(20, "Sure?"), Decided(hiring, "guessed", "", 0.9))]
    other = [(_note(30, "Other?"), Decided(culture, "guessed", "", 0.2, weak=True))]
    found = topic_attention([*weak, *sure, *other])
    assert [(a.line, a.message) for a in found] == [
        (1, "topic guessed weakly for 12 notes: Hiring (lines 1-12); "
            "pass --topic or edit them"),
        (30, "topic guessed for 'Other?': Culture (weak, 20%); pass --topic or edit it"),
    ]


def test_notes_without_a_topic_are_grouped_apart_from_weak_guesses(taxonomy):
    first = taxonomy.topics[0]
    none = [(_note(n, f"Q{n}?"), Decided(first, "default")) for n in range(1, 11)]
    weak = [(_note(n, f"W{n}?"), Decided(first, "guessed", "", 0.3, weak=True)) for n in range(11, 13)]
    texts = [a.message for a in topic_attention([*none, *weak])]
    assert texts[0] == ("no topic found for 10 notes (lines 1-10); "
                        f"set to '{first.name}' (pass --topic or edit them)")
    assert texts[1:] == [f"topic guessed for 'W{n}?': {first.name} (weak, 30%); pass --topic or edit it"
                         for n in (11, 12)]


def test_a_long_list_of_unclassifiable_questions_gives_a_short_report(taxonomy):
    # questions with no topic word at all: every one is a note without a topic
    text = "".join(f"{n}. Which colour was door number {n}?\n" for n in range(1, 41))
    report = import_text(text, taxonomy, display="doors.md", source="doors.md")
    topic_lines = [m for m in messages(report) if "topic" in m]
    assert len(report.notes) == 40
    assert len(topic_lines) <= len(taxonomy.topics)
    assert all("pass --topic or edit them" in m for m in topic_lines)
    named = {line for m in topic_lines for line in _lines_named(m.split("(lines ")[1].split(")")[0])}
    assert named == {note.origin.line for note in report.notes}
    assert all(len(m) < 200 for m in topic_lines)  # spans of lines, not forty numbers


def _lines_named(text: str) -> set[int]:
    """The lines a report names: ``"3, 9-12"`` -> {3, 9, 10, 11, 12}."""
    named: set[int] = set()
    for part in text.split(", "):
        first, _, last = part.partition("-")
        named.update(range(int(first), int(last or first) + 1))
    return named


def test_runs_of_doubted_notes_are_spans_and_the_rest_single_lines(taxonomy):
    hiring, culture = taxonomy.topics[8], taxonomy.topics[10]
    weak, sure = Decided(hiring, "guessed", "", 0.3, weak=True), Decided(culture, "guessed", "", 0.9)
    # notes on lines 10..110 (every 10): six weak, one sure, two weak, one sure, one weak
    kinds = [weak] * 6 + [sure, weak, weak, sure, weak]
    found = topic_attention([(_note(10 * (n + 1), f"Q{n}?"), topic) for n, topic in enumerate(kinds)])
    assert [a.message for a in found] == [
        "topic guessed weakly for 9 notes: Hiring (lines 10-60, 80, 90, 110); pass --topic or edit them"]
