"""The commented bank's look for link addresses and for what the interviewers want (commentbank.py) tries its
pattern only on text holding a mark or word every match holds: the same text as substituting every time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import commentbank

# words and marks the two patterns are made of, in several cases, and text around them
_PIECES = ["this is", "a", "trick", "question", "QUESTION", "Question", "the question", "tests", "it", "will",
           "show", "shows", "you", "YOU", "You", "we", "We", "WE", "want", "to see", "look", "looking", "for",
           "we're", "are", "helps", "[link]", "](", "(https://x.io/a)", "http://", "HTTPS://", "www.", "WWW.",
           "Www.", "w.", "<", ">", ")", "I", "they", "İ", "ı", "ſ", "K", ".", "?", " ", "\n", "’", "'"]
_TEXTS = st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=14).map(" ".join) \
    | st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
def test_addresses_are_taken_out_as_the_pattern_takes_them_out(text):
    assert commentbank._without_addresses(text) == commentbank._ADDRESS.sub("]", text)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
def test_askers_are_blanked_as_the_pattern_blanks_them(text):
    assert commentbank._without_askers(text) == commentbank._ASKERS.sub(" ", text)


def test_the_gates_let_through_every_shape_of_match():
    for text in ("This will show you", "WE WANT TO SEE", "we're looking for", "This is a trick Question",
                 "This is a QUESTİON", "the queſtion tests", "see [it](x)", "at HTTP://x.io", "at WWW.x.io",
                 "at wWw.x.io"):
        assert commentbank._without_askers(text) != text or commentbank._without_addresses(text) != text, text
