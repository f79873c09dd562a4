"""Topic guesses on real questions: accuracy on a labelled set, and no wrong guess that is not flagged weak.

The labels (tests/fixtures/topics/labels.tsv) were written by reading each
question; they point at a sample and a line, and the question's text is read
from ../shared when the test runs, never copied into the project.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import CORPUS, FIXTURES
from leaderdeck.importers import classify
from leaderdeck.importers.classify import Classifier, default_corpus, labelled_notes
from leaderdeck.importers.text import clean_title, follow_ups, plain_words

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
LABELS = FIXTURES / "topics" / "labels.tsv"
ACCURACY = 0.85


def labelled() -> list[tuple[str, int, str]]:
    rows = [line.split("\t") for line in LABELS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(name, int(line), topic) for name, line, topic in rows]


def question_at(name: str, line: int) -> str:
    text = (SAMPLES / name).read_text(encoding="utf-8").splitlines()[line - 1]
    if name.endswith(".csv"):
        text = next(csv.reader([text]))[0]
    text = text.strip().lstrip("#-*>").strip()
    if ":**" in text:  # "**Question:** ..." labels
        text = text.split(":**", 1)[1]
    return follow_ups(clean_title(plain_words(text)))[0]


def test_the_labelled_set_is_large_and_names_real_topics(taxonomy):
    rows = labelled()
    assert len(rows) >= 80
    assert {topic for *_, topic in rows} <= {t.name for t in taxonomy.topics}


def test_the_starter_notes_are_learned_through_the_cache_and_never_stale(tmp_path, taxonomy, monkeypatch):
    monkeypatch.setenv("LEADERDECK_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "starter"
    corpus.mkdir()
    for path in default_corpus():
        (corpus / path.name).write_bytes(path.read_bytes())
    paths = tuple(sorted(corpus.glob("*.yaml")))
    read = classify.learn(taxonomy, labelled_notes(paths, taxonomy))
    assert classify._cached_lessons(paths, taxonomy) == read
    assert list((tmp_path / "cache").rglob("*.pickle"))
    with monkeypatch.context() as patched:
        patched.setattr(classify, "labelled_notes", lambda *args: pytest.fail("read again, not from the cache"))
        assert classify._cached_lessons(paths, taxonomy) == read
    text = paths[0].read_text(encoding="utf-8")
    question = next(line for line in text.splitlines() if line.strip().startswith("question:"))
    paths[0].write_text(text.replace(question, question + " Reworded", 1), encoding="utf-8")
    edited = classify._cached_lessons(paths, taxonomy)
    assert edited == classify.learn(taxonomy, labelled_notes(paths, taxonomy)) != read


def test_topic_accuracy_on_real_questions(taxonomy):
    if not SAMPLES.is_dir():
        pytest.skip("../shared is only present in the development checkout")
    classifier = Classifier(taxonomy, labelled_notes(sorted((CORPUS / "source").glob("*.yaml")), taxonomy))
    right, unflagged = 0, []
    for name, line, topic in labelled():
        question = question_at(name, line)
        guess = classifier.classify(question)
        if guess is not None and guess.topic.name == topic:
            right += 1
        elif guess is not None and not guess.weak:
            unflagged.append((question, guess.topic.name, topic))
    accuracy = right / len(labelled())
    assert accuracy >= ACCURACY, f"top-1 accuracy {accuracy:.0%} on {len(labelled())} questions"
    assert not unflagged, f"wrong guesses not flagged weak: {unflagged}"


@pytest.mark.parametrize("question", [
    "Walk me through your resume.",
    "Where do you picture yourself five years from now?",
    "What salary range are you hoping for?",
    "Which accomplishment are you proudest of?",
    "Why are you leaving your current job?",
])
def test_questions_about_the_candidate_are_career_and_motivation(taxonomy, question):
    """The questions nearly every list opens with (the candidate's story, reasons and hopes) have a topic of
    their own instead of a weak guess at a leadership topic."""
    classifier = Classifier(taxonomy)
    assert classifier.classify(question).topic.name == "Career & Motivation"


def test_a_team_goal_is_not_a_career_question(taxonomy):
    classifier = Classifier(taxonomy)
    assert classifier.classify("Describe a time you motivated your team through a slump.").topic.name \
        == "People & Performance"
