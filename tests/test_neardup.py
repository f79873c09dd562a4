"""The indexed near-duplicate check finds what comparing every pair with difflib finds."""

from __future__ import annotations

import difflib
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.lint import comparable_question, lint_notes
from leaderdeck.loader import load_sources
from leaderdeck.neardup import SHORT, first_near_duplicates
from leaderdeck.workspace import starter_files


def pairwise(texts: list[str], threshold: float = 0.9) -> list[int | None]:
    """The check as lint made it before the index: every earlier text, in order, through difflib."""
    found = []
    for i, text in enumerate(texts):
        match = None
        for j in range(i):
            matcher = difflib.SequenceMatcher(None, text, texts[j], autojunk=False)
            if text == texts[j] or (matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold
                                    and matcher.ratio() >= threshold):
                match = j
                break
        found.append(match)
    return found


FILLERS = ("your", "the", "a", "really", "new", "team", "most", "recent", "ever", "of")


def edit(rng: random.Random, question: str) -> str:
    """What a person does to a question they write again: a word added, dropped or swapped, a typo, other case."""
    words = question.split()
    for _ in range(rng.randint(1, 3)):
        roll, at = rng.random(), rng.randrange(len(words))
        if roll < 0.25:
            words.insert(at, rng.choice(FILLERS))
        elif roll < 0.4 and len(words) > 4:
            del words[at]
        elif roll < 0.55:
            words[at] = rng.choice(FILLERS)
        elif roll < 0.85:
            word = list(words[at])
            spot = rng.randrange(len(word))
            if rng.random() < 0.5 and len(word) > 2:
                del word[spot]
            else:
                word.insert(spot, rng.choice("aeiorst"))
            words[at] = "".join(word)
        else:
            words[at] = words[at].upper()
    return " ".join(words).rstrip("?") + rng.choice(("?", "", "."))


@pytest.fixture(scope="module")
def questions(taxonomy) -> list[str]:
    """The starter corpus's prompts, and a few hundred rewrites of them (rewrites of rewrites too)."""
    prompts = [note.prompt for note in load_sources(starter_files(), taxonomy)]
    rng = random.Random(14)
    out = list(prompts)
    for _ in range(300):
        out.insert(rng.randrange(len(out) + 1), edit(rng, rng.choice(out)))
    return out


def normalised(texts: list[str]) -> list[str]:
    return [" ".join(t.casefold().replace("?", " ").replace(".", " ").split()) for t in texts]


@pytest.mark.parametrize("threshold", [0.9, 0.8, 0.95])
def test_same_pairs_as_comparing_every_pair(questions, threshold):
    texts = normalised(questions)
    expected = pairwise(texts, threshold)
    assert sum(m is not None for m in expected) > 100  # the corpus has real near duplicates to find
    assert first_near_duplicates(texts, threshold) == expected


def test_lint_reports_the_pairwise_findings(questions, taxonomy, tmp_path):
    lines = ["defaults:", "  level: staff", "  topic: Hiring", "notes:"]
    for number, question in enumerate(questions):
        lines += [f"  - id: q-{number}", "    kind: qa", "    draft: true", f"    question: {question!r}"]
    path = tmp_path / "many.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    notes = load_sources([path], taxonomy)
    findings = {f.note_id: f.message for f in lint_notes(notes) if f.rule == "duplicate-question"}
    texts = [comparable_question(n.prompt) for n in notes]
    expected = {notes[i].id: notes[j].id for i, j in enumerate(pairwise(texts)) if j is not None}
    assert {k: v.split("'")[1] for k, v in findings.items()} == expected


short_texts = st.lists(st.text(alphabet="abc d", max_size=SHORT - 1), max_size=40)


@settings(max_examples=300, deadline=None)
@given(short_texts)
def test_short_texts_are_compared_exactly(texts):
    assert first_near_duplicates(texts) == pairwise(texts)


@settings(max_examples=100, deadline=None)
@given(short_texts, st.sampled_from([0.6, 0.75, 0.85, 1.0]))
def test_short_texts_are_exact_at_any_threshold(texts, threshold):
    assert first_near_duplicates(texts, threshold) == pairwise(texts, threshold)


def test_empty_and_identical_texts():
    assert first_near_duplicates(["", "", "a", "a", "b"]) == [None, 0, None, 2, None]
    assert first_near_duplicates([]) == []
