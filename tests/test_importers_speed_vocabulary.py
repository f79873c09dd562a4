"""A vocabulary's patterns tried as one alternation (leaderdeck.importers.vocabulary.Vocabulary) name the slot that
trying each pattern alone, in turn, names: the first that matches the whole label, or none.

Labels are drawn by hypothesis from each source itself (strings it matches, so that every slot is reached, also
where an earlier source matches the same label), then cut, lengthened or joined to another, and from words of the
vocabularies; the labels of the fixtures, samples and seeds are compared too.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import cjklabels, labels, spanishlabels
from leaderdeck.importers.vocabulary import Vocabulary, vocabulary_patterns

_VOCABULARIES = {"english": labels._VOCABULARY, "spanish": spanishlabels._VOCABULARY, "chinese": cjklabels._VOCABULARY}


@cache
def _patterns(vocabulary: tuple[tuple[str, str], ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return vocabulary_patterns(vocabulary)


def _one_by_one(vocabulary: tuple[tuple[str, str], ...], label: str) -> str | None:
    for name, pattern in _patterns(vocabulary):
        if pattern.match(label):
            return name
    return None


def _labels(vocabulary: tuple[tuple[str, str], ...]) -> st.SearchStrategy[str]:
    matched = st.one_of([st.from_regex(re.compile(rf"(?:{source})"), fullmatch=True) for _, source in vocabulary])
    words = st.sampled_from(sorted({word for _, source in vocabulary for word in re.findall(r"[^\W\d_]+", source)}))
    edits = st.sampled_from(["", " ", "s", ":", " and more", "the ", "my ", "\n", "-", " story", "?"])
    return st.one_of(
        matched,
        st.tuples(matched, edits, edits).map(lambda t: t[2] + t[0] + t[1]),
        st.tuples(matched, st.integers(0, 12)).map(lambda t: t[0][:t[1]]),
        st.tuples(matched, st.sampled_from([" ", " and ", " / ", ", "]), matched).map("".join),
        st.lists(words, min_size=1, max_size=4).map(" ".join))


@pytest.mark.parametrize("name", sorted(_VOCABULARIES))
def test_one_alternation_names_the_first_pattern_that_matches(name: str) -> None:
    vocabulary = _VOCABULARIES[name]
    together = Vocabulary(vocabulary)

    @settings(max_examples=1000, deadline=None)
    @given(_labels(vocabulary))
    def check(label: str) -> None:
        assert together.first_slot(label) == _one_by_one(vocabulary, label)

    check()


def test_the_labels_of_the_documents_are_named_alike() -> None:
    from test_importers_speed_markdown import DOCUMENTS  # the fixtures, samples and seeds

    from leaderdeck.importers.reader import read_document_text

    found = {labels.normalise(text) for path in DOCUMENTS
             for block in read_document_text(path.read_text(encoding="utf-8"), path.name).blocks
             for text in (block.lead, block.text.split("\n", 1)[0]) if text}
    for name, vocabulary in _VOCABULARIES.items():
        together = Vocabulary(vocabulary)
        assert [together.first_slot(label) for label in sorted(found)] \
            == [_one_by_one(vocabulary, label) for label in sorted(found)], name


def test_a_vocabulary_whose_sources_overlap_names_the_earlier() -> None:
    vocabulary = (("a", r"(the )?plan"), ("b", r"the plan|plans?"), ("c", r"plan( b)?"))
    together = Vocabulary(vocabulary)
    assert [together.first_slot(label) for label in ("plan", "the plan", "plans", "plan b", "plan c")] \
        == ["a", "a", "b", "c", None]
