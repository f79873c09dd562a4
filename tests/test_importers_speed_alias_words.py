"""The quick "no" before a label is read for a band (leaderdeck.taxonomy.Taxonomy.may_name_level) searches for the
aliases' longest words grouped by their first letter (``e(?:ngineer|m)|s(?:enior|taff)``): it finds a word in the
same texts as the words tried one after another, the plain way, written out here.

Texts are drawn by hypothesis from pieces of the words themselves (whole, cut short, run together, in other words),
letters and punctuation, so that most hold a word or nearly do; and the word lists are drawn too, sharing first
letters, prefixes of each other, and characters a pattern must escape.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.taxonomy import by_first_letter, load_taxonomy

_TAXONOMY = load_taxonomy()
_WORDS = [max(alias.split(), key=len) for alias in _TAXONOMY._alias_phrases.owners]  # as the taxonomy takes them


def _plain(words: list[str]) -> re.Pattern[str]:
    """Every word tried in turn, longest first, as the pattern was written before."""
    return re.compile("|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))))


def _pieces(words: list[str]) -> st.SearchStrategy[str]:
    word = st.sampled_from(words)
    return st.one_of(word, word.map(lambda w: w[:-1]), word.map(lambda w: w[1:]), word.map(str.upper),
                     st.sampled_from([" ", "-", "/", "(", ")", "e", "s", "x", "ing", "ship", "2", "é", ""]))


_ALIAS_TEXTS = st.lists(_pieces(sorted({w for w in _WORDS if w})), max_size=8).map("".join)


def test_the_taxonomys_pattern_is_grouped_and_holds_every_word() -> None:
    grouped = _TAXONOMY._alias_words.pattern
    assert grouped.startswith("a(?:") and "|e(?:" in grouped  # grouped, not one alternative a word
    words = {w for w in _WORDS if w}
    assert len(words) > 20 and "engineer" in words
    assert all(_TAXONOMY.may_name_level(word) for word in words)


@settings(max_examples=600, deadline=None)
@given(_ALIAS_TEXTS)
def test_the_aliases_grouped_find_what_the_plain_way_finds(text: str) -> None:
    words = sorted({w for w in _WORDS if w})
    folded = text.casefold()
    assert _TAXONOMY.may_name_level(text) == (_plain(words).search(folded) is not None)


_DRAWN_WORDS = st.lists(st.text(alphabet="abc+.é", min_size=1, max_size=4), min_size=1, max_size=12)


@settings(max_examples=400, deadline=None)
@given(_DRAWN_WORDS, st.text(alphabet="abc+.é x", max_size=20))
def test_any_words_grouped_find_what_they_find_in_turn(words: list[str], text: str) -> None:
    grouped = re.compile(by_first_letter(words))
    plain = _plain(words)
    assert (grouped.search(text) is None) == (plain.search(text) is None)
    for word in words:  # each word found in itself and inside other text
        assert grouped.search(word) and grouped.search(f"x{word}x")


def test_a_wrong_grouping_would_be_caught() -> None:
    """The checks above see a pattern that loses a word: "e(?:m)" without "e" alone finds no "e"."""
    words = ["e", "em", "s"]
    assert re.compile(by_first_letter(words)).search("e")
    assert re.compile("e(?:m)|s").search("e") is None
