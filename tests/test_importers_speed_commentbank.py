"""The commented-bank patterns that open on a look at the letters their words start with (importers/commentbank.py)
find what the same patterns without it find: for every letter matching a word's first letter ignoring case (every
code point tried), and on generated texts of their words among others."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings, strategies as st

from leaderdeck.importers import commentbank

_LOOK = re.compile(r"\(\?-i:\(\?=\[[^\]]+\]\)\)")  # the look the patterns open on
# each pattern, and words (or phrases) it finds, one for each letter its matches may start with
_WORDS = {
    "_THIRD": ["they", "their", "theirs", "them", "themselves", "he", "his", "him", "she", "hers", "one's", "one’s",
               "a manager", "an engineering lead", "the VPE's"],
    "_WE": ["we", "we're", "we've", "our", "ours", "us"],
    "_YOU_OBJECT": ["tells you", "shows you", "gives you", "lets you", "helps you", "allows you"],
    "_TIERS": ["il", "ils", "elle", "elles", "leur", "leurs", "ses", "certains", "certaines", "d'autres", "d’autres",
               "le manager", "la candidate", "les dirigeants", "un manager", "une candidate", "du candidat",
               "au manager", "aux managers", "des candidats"],
    "_JE": ["je", "j'", "j’", "moi", "mes", "nous", "notre", "nos"],
    "_VOUS": ["vous", "votre", "vos", "tu", "toi", "tes", "pouvez-vous"],
}
_ALL_CHARS = [chr(code) for code in range(sys.maxunicode + 1)]


def _plain(name: str) -> re.Pattern[str]:
    """The pattern without its look: what it searched before."""
    pattern = getattr(commentbank, name)
    source, flags = pattern.pattern, pattern.flags
    assert _LOOK.match(source), name
    return re.compile(_LOOK.sub("", source, count=1), flags)


@pytest.mark.parametrize("name", sorted(_WORDS))
def test_every_letter_a_match_may_start_with_is_looked_for(name: str) -> None:
    gated, plain = getattr(commentbank, name), _plain(name)
    for word in _WORDS[name]:
        start = word[0] if word[0] != "p" else word[word.index("-")]  # "pouvez-vous": its "-vous"
        rest = word[len(start):] if word[0] != "p" else word[word.index("-") + 1:]
        first = re.compile(re.escape(start), re.IGNORECASE)
        for char in (c for c in _ALL_CHARS if first.fullmatch(c)):
            for text in (char + rest, f"So {char}{rest} did.", f"({char}{rest})"):
                assert bool(gated.search(text)) == bool(plain.search(text)), (name, text)
                assert gated.search(text) is not None or plain.search(text) is None


_PIECES = st.sampled_from([w for words in _WORDS.values() for w in words]
                          + ["THEY", "Nous", "ſhe", "İls", "ıl", "K", "x", "-", "'", "’", " ", ".", "\n", "Talked"])


@settings(max_examples=500)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=12))
def test_the_patterns_find_what_they_found_without_the_look(pieces: list[str]) -> None:
    text = "".join(pieces)
    for name in _WORDS:
        gated, plain = getattr(commentbank, name), _plain(name)
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)
        assert gated.sub(" ", text) == plain.sub(" ", text)
