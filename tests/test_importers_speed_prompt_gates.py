"""A prompt's wording (prompts.worded_as_prompt), an item putting something to the reader (statedareas._puts) and a
heading naming its sections as prompts (outlineprompts.outlined_prompts) search their patterns only in text holding a
letter, mark or word every match holds: the same answers as searching every text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import outlineprompts, prompts, statedareas
from leaderdeck.importers.wordgate import gated_search
from leaderdeck.importers.text import plain_words

# words and marks the patterns are made of, in several cases, and letters that match others without regard to case
_PIECES = ["vs", "VS", "Vs", "vS", "vs.", "versus", "VERSUS", "v", "V", "s", "ſ", "K", "İ", "ı", "Caching", "queues",
           "tell", "TELL", "Tell", "walk", "WALK", "wal\u212a", "give", "GIVE", "share with", "SHARE WITH", "us", "US",
           "me", "ME", "u\u017f", "when", "?", "？", "﹖", ". ", ": ", "; ", "! ", "? ", "\"", "“", "”", "a", "b",
           " ", "\n", "Compare", "design", ":",
           "questions", "QUESTIONS", "Questions", "queſtions", "prompts", "PROMPTS", "Prompts", "promptſ"]
_TEXTS = st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=14).map(" ".join) \
    | st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)


def _plain_prompt(text: str) -> bool:
    core = " ".join(plain_words(text).split())
    if core.endswith(":"):
        return False
    return bool(prompts._COMPARE.match(core) or prompts._VERSUS.search(core)
                or prompts._ASKS_INSIDE.search(prompts._QUOTED.sub(" ", core)))


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
def test_a_prompt_is_worded_as_searching_every_text_finds(text):
    assert prompts.worded_as_prompt(text) == _plain_prompt(text)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
def test_an_item_puts_to_the_reader_as_searching_every_text_finds(text):
    plain = bool(statedareas._ASKED.search(text) or statedareas._PUT.search(text))
    assert statedareas._puts(text) == plain


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
def test_a_heading_names_prompts_as_searching_every_text_finds(text):
    found = gated_search(outlineprompts._NAMES_QUESTIONS, outlineprompts._NAMES_WORDS, text)
    assert found == bool(outlineprompts._NAMES_QUESTIONS.search(text))


def test_the_gates_let_through_every_shape_of_match():
    for text in ("Caching vs queues", "Caching VS. queues", "SQL versus NoSQL", "Caching: when? Key points."):
        assert prompts.worded_as_prompt(text), text
    for text in ("Tell us more", "WALK ME through it", "Done. Give us a number", "Why? ", "为什么？", "wal\u212a me",
                 "Share with u\u017f"):
        assert statedareas._puts(text), text
    for text in ("General Interview Questions", "PROJECT PROMPTS:", "More queſtions"):
        assert gated_search(outlineprompts._NAMES_QUESTIONS, outlineprompts._NAMES_WORDS, text), text
