"""The check for a question leaning on the one before it (leanback.py) first looks for a word every match of its
pattern holds: the same answers as reading every question made plain."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import leanback


def plainly(question: str) -> bool:
    """:func:`leanback.leans_back` without its first look for a word."""
    text = leanback._plain(question)
    if not leanback._ASKS_BACK.match(text):
        return False
    words = text.casefold().split()
    return len(words) <= leanback._MAX_WORDS and "and" not in words and "," not in text \
        and bool(leanback._BACK.search(text))


_WORDS = ["What", "why", "HOW", "would", "you", "do", "did", "differently", "DIFFERENTLY", "it", "IT", "i*t",
          "th*at", "that", "them", "THEM", "handle", "fix", "learn", "from", "and", ",", "?", "？", ".", "Q:", "Q3.",
          "**Q:", "**", "İt", "ıt", "thEm", "*", "Question 2:", "the", "team"]
_QUESTIONS = st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join) \
    | st.lists(st.sampled_from(_WORDS), max_size=8).map("".join) | st.text(max_size=30)


@settings(max_examples=4000, deadline=None)
@given(_QUESTIONS)
def test_leaning_questions_are_found_as_reading_each_plainly_finds_them(question):
    assert leanback.leans_back(question) == plainly(question)


def test_questions_that_lean_back_pass_the_first_look():
    for question in ("What would you do differently?", "**Q: Why did you do IT?**", "How did you fix i*t?",
                     "How did you handle th*at?", "What did you learn from them?", "Why do İt?"):
        assert plainly(question), question
        assert leanback.leans_back(question), question
