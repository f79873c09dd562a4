"""The cheap tests that let the note assembler's rules skip work answer as the plain way does.

Each prefilter below stands before an expensive reading (a pattern searched through the text, a text cleaned and
read): it may only say "no" where that reading says no. Each test compares the two on many texts made of the
words, letters and marks the patterns care about, so that matches are common, and on the samples' own lines."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from leaderdeck.importers import (aboutinterview, facts, guidance, headprompts, notes, orprompts, pointers, questions, seealso,
                                  skeleton, starbody)
from leaderdeck.importers.aboutinterview import _DRAFT, _HOW_TO, _HOW_TO_CJK, _PROCESS
from leaderdeck.importers.blocks import Block, ITEM, PARAGRAPH
from leaderdeck.importers.references import references
from leaderdeck.importers.text import clean_title, plain_words, strip_emphasis, unquote

# pieces of text the patterns read: their words in several cases, marks that cleaning removes, letters that fold
_WORDS = ["interview", "Interviewer", "RECRUITING", "bar raiser", "bar-raiser", "hiring process", "hiring bar",
          "onsite loop", "an offer", "your offers", "STAR method", "STAR", "star", "behavioral questions",
          "Behavioural rounds", "this guide", "This file", "your draft", "your first version", "your", "draft",
          "version", "how", "How", "HOW", "to", "how to", "How to ", "ho", "w", "what", "Why", "is", "the", "a",
          "İ", "ı", "K", "ſ", "怎么", "如何", "准备", "你", "(", ")", "[", "]", "*", "**", "_", "`", "#", "1.", "Q3:",
          "\"", "“", "”", "🔑", " ", "  ", "\t", "\n", "?", ":", "-", "e", "o", "t", "s"]
texts = st.lists(st.sampled_from(_WORDS), max_size=12).map("".join) | st.text(max_size=40)


@settings(max_examples=500)
@given(texts)
def test_names_process_answers_as_the_patterns(question: str) -> None:
    assert aboutinterview._names_process(question) == bool(_PROCESS.search(question) or _DRAFT.search(question))


def test_names_process_answers_as_the_patterns_on_every_pair_of_words() -> None:
    for first in _WORDS:
        for second in _WORDS:
            question = f"What is {first}{second} about?"
            assert aboutinterview._names_process(question) == bool(_PROCESS.search(question)
                                                                     or _DRAFT.search(question)), question


def _cleaned_opens_how_to(question: str) -> bool:
    core = plain_words(unquote(strip_emphasis(clean_title(question)))).strip()
    return bool(_HOW_TO.match(core) or _HOW_TO_CJK.match(core))


@settings(max_examples=500)
@given(texts)
@example("ho_w_ to pick a story?")
@example("[Ho](x)w to pick a story?")
@example("`how` to pick a story?")
@example("1. *How* to pick a story?")
@example("How\tto pick a story?")
@example("2) \x1cHow  \x1fTO pick a story?")
@example("\"How to pick a story?\"")
def test_may_tell_how_never_misses_a_how_to(question: str) -> None:
    if _cleaned_opens_how_to(question):
        assert aboutinterview._may_tell_how(question)


def test_may_tell_how_skips_plain_questions() -> None:
    assert not aboutinterview._may_tell_how("Tell me about a time you failed.")
    assert not aboutinterview._may_tell_how("How would you handle a request when the roadmap is full?")
    assert aboutinterview._may_tell_how("**Ho**w to pick a story?")  # the bold's marks go: "How to pick ..."


_FIXTURES = Path(__file__).parent / "fixtures"


def test_prefilters_hold_on_the_fixtures_lines() -> None:
    lines = [line.lstrip("#>-* ") for path in sorted(_FIXTURES.rglob("*.*")) if path.suffix in (".md", ".txt")
             for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 400
    for line in lines:
        assert aboutinterview._names_process(line) == bool(_PROCESS.search(line) or _DRAFT.search(line)), line
        assert aboutinterview._may_tell_how(line) or not _cleaned_opens_how_to(line), line


_NAME_PARTS = ["Story 2: ", "Scenario: ", "The outage", " (40 minutes)", " (5 min)", "(2 hrs)", " (STAR)",
               "[SAR format]", " (Debugging)", ")", "]", " ", "\n", "**", "\"", "Title: ", "x"]


@given(st.lists(st.sampled_from(_NAME_PARTS), max_size=6).map("".join) | st.text(max_size=30))
def test_story_name_skips_only_names_no_pattern_can_match(name: str) -> None:
    cleaned = clean_title(name)
    if not cleaned.rstrip().endswith((")", "]")):  # what the skip trusts: neither pattern matches such a name
        assert facts._DURATION.search(cleaned) is None
        assert facts._METHOD.search(cleaned) is None


_BLOCK_TEXTS = ["See [[salary]]", "[more](./note.md)", "[[a|b]]", "text", "](", "[[", "\n", " ", "x", "see: "]


@given(st.lists(st.sampled_from(_BLOCK_TEXTS), max_size=6).map("".join))
def test_unlinked_blocks_reference_nothing(text: str) -> None:
    block = Block(PARAGRAPH, 1, 1, text)
    if not seealso._linked(block):
        assert not any(references(line) for line in text.split("\n"))


def test_skeleton_needs_two_items() -> None:
    from leaderdeck.importers.unit import Piece

    one = Piece(None, 1, blocks=[Block(ITEM, 1, 1, "Situation -"), Block(PARAGRAPH, 2, 2, "Task -")])
    two = Piece(None, 1, blocks=[Block(ITEM, 1, 1, "Situation -"), Block(ITEM, 2, 2, "Task -")])
    assert skeleton.drop_skeleton([one]) == [one]
    assert skeleton.drop_skeleton([two]) == []


_ASKS = ["Tell me about ", "a time", "A TIME", "times when", "time that", "an example", "one instance", "the situation",
         "an occasion", "a moment", "a story", "the ſtory", "the ſituation", "times", "when", "ones", "How would you ",
         "?", " ", "\t", "example", "stories", "a", "the", "one", "İnstance", "K"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_ASKS), max_size=8).map("".join) | st.text(max_size=30))
def test_asks_instance_answers_as_the_pattern(question: str) -> None:
    assert pointers._asks_instance(question) == bool(pointers._INSTANCE.search(question))


def test_asks_instance_answers_as_the_pattern_on_every_pair() -> None:
    for first in _ASKS:
        for second in _ASKS:
            question = f"Tell me {first}{second} you led"
            assert pointers._asks_instance(question) == bool(pointers._INSTANCE.search(question)), question


_LABELS = ["Situation", "Action", " (immediate response)", " — what went wrong", " - ", "–", "(", ")", ":", "**",
           " ", "x", "Result – ", "ab"]


@given(st.lists(st.sampled_from(_LABELS), max_size=6).map("".join) | st.text(max_size=30))
def test_qualifier_answers_as_both_patterns(label: str) -> None:
    found = starbody._QUALIFIER.search(label) or starbody._DASHED_QUALIFIER.match(label.strip(" *_"))
    assert starbody._qualifier(label) == (found.group(1).strip() if found else "")


_TITLES = ["Gap 4", "Scenario", "Q13", ":", "：", " ", "\"Why switch?\"", "Things you would change", "The Outage",
           " (Debugging)", "(Collaboration/Influence)", ")", "\n", "What are the phases?", " :", "x", "A", "3"]
_titles = st.lists(st.sampled_from(_TITLES), max_size=6).map("".join) | st.text(max_size=30)


@given(_titles)
def test_leading_label_answers_as_the_pattern(title: str) -> None:
    found, plain = headprompts._leading_label(title), headprompts._LABEL.match(title)
    assert (found and found.group(0)) == (plain and plain.group(0))


@given(_titles)
def test_named_competencies_skip_only_names_closing_no_bracket(name: str) -> None:
    if not name.strip().endswith(")"):
        assert headprompts._NAMED_COMPETENCIES.match(name.strip()) is None
    if not name.rstrip().endswith(")"):
        assert notes._THEME.search(name) is None


@given(_titles)
def test_closed_question_answers_as_the_pattern(text: str) -> None:
    assert questions.closed_question(text) == questions._COLON_AFTER_MARK.sub("", text)


_OFFERED = ["\"Who are you?\"", "“Tell me about yourself”", " or ", " ou ", " / ", ", ", "\"", "“", "”", " ", "x",
            "或者", ".", "\"Why us?", "”?"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_OFFERED), max_size=7).map("".join) | st.text(max_size=30))
def test_offers_alternatives_answers_as_the_pattern(text: str) -> None:
    assert orprompts._offers_alternatives(text) == bool(orprompts._ALTERNATIVES.match(text))


_VOICES = ["the candidate's", "Candidates", "an interviewee", "applicants", "the potential hire", "a prospective lead",
           "This question will allow you to", "that question is meant", "question which you can use to",
           "You'll want to gauge", "you want to dig", "As an interviewer", "dig into their", "drill down into the",
           "ask the candidate", "This touches on", "that gets at", "This hints at", "This question speaks to",
           "this aims at", "This probes", "that digs into", "this goes after", "This fishes for",
           "The interviewer might be trying", "your interviewer is likely looking", "I ", "we ", "You ", "the ",
           "question", "ſ", "K", "İ", ". ", " ", "x", "\n"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_VOICES), max_size=6).map("".join) | st.text(max_size=40))
def test_to_interviewer_answers_as_the_patterns(text: str) -> None:
    assert guidance._to_interviewer(text) == bool(guidance._INTERVIEWED.search(text) or guidance._ASKER.search(text))


def test_to_interviewer_answers_as_the_patterns_on_each_phrase() -> None:
    for first in _VOICES:
        for second in ("", " the team", " their growth", " the question"):
            text = f"{first}{second}"
            assert guidance._to_interviewer(text) == bool(guidance._INTERVIEWED.search(text)
                                                          or guidance._ASKER.search(text)), text


def test_gated_search_searches_only_where_a_word_is_or_the_text_is_not_ascii() -> None:
    import re

    from leaderdeck.importers.wordgate import gated_search

    story = re.compile(r"\bthe story\b", re.IGNORECASE)
    assert gated_search(story, ("story",), "Tell THE STORY of the launch.")
    assert not gated_search(story, ("story",), "Tell me how you plan.")
    # "ſ" matches "s" ignoring case yet lowers to itself: text that is not ASCII is always searched
    assert gated_search(story, ("story",), "Tell the ſtory of the launch.")
    # the gate is the caller's promise: a word the pattern needs, missing, means no search
    assert not gated_search(re.compile("plan"), ("story",), "Tell me how you plan.")


_PREPARING = ["prep", "Prep", "PREPARE", "prepared", "preparation", "self-prep", "Self prep", "selfprep", "research",
              "Researching", "reflect", "REFLECTION", "before the interview", "Before my loop", "before any onsites",
              "before", "befor", "pre", "p", "rep", "resea", "the", "interview", "loop", "questions", "I should",
              "ſelf-prep", "reſearch", "K", "İ", "*", "**", "_", "`", " ", "  ", "\n", "-", ":", "?", "."]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PREPARING), max_size=8).map("".join) | st.text(max_size=40))
@example("Questions I should pre**p**are")
@example("Re`search` before the onsite")
def test_prepares_answers_as_its_pattern(text: str) -> None:
    from leaderdeck.importers import selfprep

    assert selfprep.prepares(text) == bool(selfprep._PREPARING.search(plain_words(text)))


def test_prepares_answers_as_its_pattern_on_each_pair_of_words() -> None:
    from leaderdeck.importers import selfprep

    for first in _PREPARING:
        for second in _PREPARING:
            text = f"{first} {second}"
            assert selfprep.prepares(text) == bool(selfprep._PREPARING.search(plain_words(text))), text


def test_coaching_is_read_from_coaching_pieces_only() -> None:
    from leaderdeck.importers.coaching import coach_of
    from leaderdeck.importers.unit import Piece, Unit

    tips = Piece("tips", 3, "Tips", blocks=[Block(ITEM, 3, 3, "Be brief.")])
    flags = Piece("redflags", 5, "Red flags", rest="Blaming the team. Instead, own the miss.")
    told = [Piece("answer", 2, "Answer", rest="I cut the scope."), Piece(None, 4, rest="Signals: ownership"),
            Piece("situation", 6, "Situation", rest="Tips: we shipped late.")]
    unit = Unit(1, question="How do you plan?")
    alone = coach_of(unit, [tips, flags], "How do you plan?")
    assert alone[0].tips
    assert coach_of(unit, [told[0], tips, *told[1:], flags], "How do you plan?") == alone
