"""A prompt's wording (prompts.worded_as_prompt), an item putting something to the reader (statedareas._puts) and a
heading naming its sections as prompts (outlineprompts.outlined_prompts) search their patterns only in text holding a
letter, mark or word every match holds, and a jotted prompt (bareprompts.short_prompt) is known by its length before
its words are read: the same answers as searching every text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import bareprompts, outlineprompts, prompts, statedareas
from leaderdeck.importers.cjkasks import holds_interrogative
from leaderdeck.importers.wordgate import gated_search
from leaderdeck.importers.text import is_bare_link, plain_words
from leaderdeck.importers.voice import first_person

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


def _plain_short_prompt(text: str) -> bool:
    core = " ".join(plain_words(text).split()).rstrip(bareprompts._SLIPS)
    if not core or is_bare_link(core) or first_person(core) or "我" in core:
        return False
    if holds_interrogative(core):
        return True
    several = len(core.split()) >= 2 or len(bareprompts._CJK.findall(core)) >= 2
    return several and len(core.split()) <= bareprompts._MAX_WORDS and len(core) <= bareprompts._MAX_CHARS \
        and not bareprompts._SENTENCE.search(core) and not core.endswith(("?", "？"))


_LINES = st.lists(st.sampled_from(["How", "do", "you", "Why", "Jira", "rollout", "I", "my", "**", "_", ".", "?",
                                   "怎么", "如何", "为什么", "なぜ", "어떻게", "我", "；", "a" * 30, "[x](http://y)"])
                  | st.text(max_size=6), max_size=16).map(" ".join)


@settings(max_examples=3000, deadline=None)
@given(_LINES)
def test_a_jotted_prompt_is_known_as_reading_every_line_finds(text):
    assert bareprompts.short_prompt(text) == _plain_short_prompt(text)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=120))
def test_no_ascii_line_holds_a_cjk_word_to_ask_with(text):
    assert not holds_interrogative(text) and not bareprompts._CJK.search(text)


def test_the_gates_let_through_every_shape_of_match():
    for text in ("Caching vs queues", "Caching VS. queues", "SQL versus NoSQL", "Caching: when? Key points."):
        assert prompts.worded_as_prompt(text), text
    for text in ("Tell us more", "WALK ME through it", "Done. Give us a number", "Why? ", "为什么？", "wal\u212a me",
                 "Share with u\u017f"):
        assert statedareas._puts(text), text
    for text in ("跟老板如何处理冲突" + "以及之后团队的合作方式发生了什么样的变化" * 2, "Caching vs queues", "为什么"):
        assert bareprompts.short_prompt(text) == _plain_short_prompt(text), text  # the first asks, past 40 characters
    for text in ("General Interview Questions", "PROJECT PROMPTS:", "More queſtions"):
        assert gated_search(outlineprompts._NAMES_QUESTIONS, outlineprompts._NAMES_WORDS, text), text
