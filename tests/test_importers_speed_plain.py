"""The importer's shortcuts for text that needs no work give what the work gives.

Labels, titles and answers are looked up many times; each look-up first tries a cheap test for text that the full
steps would leave as it is. These tests try the shortcuts on text made of the characters those steps act on, and on
text the shortcut accepts, against the full steps.
"""

from __future__ import annotations

import re
from re import _constants, _parser  # type: ignore[attr-defined]

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from leaderdeck.importers import cjklabels, labels, placeholders, spanishlabels, text
from leaderdeck.importers.vocabulary import uncaptured

# the characters the steps of clean_title, normalise and is_placeholder act on, and some they leave alone
_TRICKY = " \t\n\xa0\u200b\u3000aAbQqNn19#*_`[]()<>{}\"“”‘’'«»„&:：.;!?？-–—/|,+…🚧🔟️⃣éſ"
_texts = st.text(alphabet=_TRICKY, max_size=24)
_words = st.lists(st.sampled_from(["a", "the", "Q3", "No.", "N", "q", "story", "(30s)", "**Tips**", "'x'", "1.", "-",
                                   "TBD", "X", "[name]", "—", "🚧", "situation:", "&", "’", "é"]),
                  max_size=8).map(" ".join)


@settings(max_examples=600)
@given(st.from_regex(labels._NORMAL.pattern, fullmatch=True))
def test_a_label_in_normal_form_is_its_own_normal_form(label: str) -> None:
    assert labels._normalised(label) == label


@settings(max_examples=600)
@given(st.one_of(_texts, _words))
@example("the release train number 5")
@example("self-check list")
@example("what's next")
@example("a")
@example("q")
def test_normalise_gives_what_its_steps_give(label: str) -> None:
    assert labels.normalise.__wrapped__(label) == labels._normalised(label)


@settings(max_examples=600)
@given(st.one_of(_texts, _words))
@example("How did you handle it?")
@example("Question 3: why?")
@example("No. 4 Title")
@example("Title (Click to expand)")
@example("Title [Onsite]")
@example("Title 🔑")
@example("Tips [^1]")
def test_clean_title_gives_what_its_steps_give(title: str) -> None:
    assert text.clean_title.__wrapped__(title) == text._cleaned_title(title)


@settings(max_examples=600)
@given(st.one_of(_texts, _words).filter(text._plain_title))
def test_a_plain_title_is_only_respaced(title: str) -> None:
    assert text._cleaned_title(title) == " ".join(title.split())


@settings(max_examples=600)
@given(st.one_of(_texts, _words))
@example("  - 🚧  still  working on it  🚧 ")
@example("🚧 🚧")
def test_a_placeholders_core_counts_its_words_by_its_spaces(answer: str) -> None:
    core = placeholders._core(answer)
    if core:
        assert len(core.split()) == core.count(" ") + 1


def _shape(node: object) -> object:
    """A parsed pattern as nested tuples, with each group that sets no flags spliced into the sequence around it (its
    number, the only thing uncapturing changes, left out; the parser splices a non-capturing one itself): two
    sources of the same shape match the same texts."""
    if isinstance(node, _parser.SubPattern):
        items: list[object] = []
        for op, value in node.data:
            if op is _constants.SUBPATTERN and not value[1] and not value[2]:
                items.extend(_shape(value[3]))  # type: ignore[arg-type]
            else:
                items.append((op, _shape(value)))
        return tuple(items)
    if isinstance(node, (tuple, list)):
        return tuple(_shape(item) for item in node)
    return node


_SOURCES = [source for module in (labels, spanishlabels, cjklabels) for _, source in module._VOCABULARY]


@pytest.mark.parametrize("source", _SOURCES)
def test_an_uncaptured_vocabulary_pattern_is_the_same_pattern(source: str) -> None:
    assert re.compile(uncaptured(source)).groups == 0
    assert _shape(_parser.parse(uncaptured(source))) == _shape(_parser.parse(source))


@pytest.mark.parametrize(("source", "expected"), [
    (r"(the )?task", r"(?:the )?task"),
    (r"a\(b\)", r"a\(b\)"),  # escaped brackets are characters
    (r"[(\[]x[)\]]", r"[(\[]x[)\]]"),  # so are brackets in a class
    (r"[^(]+(x)", r"[^(]+(?:x)"),
    (r"[]()](y)", r"[]()](?:y)"),  # a "]" first in a class is one of its characters
    (r"(?:a)(?!b)(?P<c>d)(e)", r"(?:a)(?!b)(?P<c>d)(?:e)"),
    (r"\\(x)", r"\\(?:x)"),  # an escaped backslash, then a group
])
def test_uncaptured_opens_only_groups(source: str, expected: str) -> None:
    assert uncaptured(source) == expected
    assert _shape(_parser.parse(uncaptured(source))) == _shape(_parser.parse(source))


_CAPTURING = [re.compile(rf"^(?:{source})$") for _, source in labels._VOCABULARY]


@settings(max_examples=1000)
@given(st.one_of(_texts, _words, st.sampled_from(["situation and task", "the results achieved", "key learnings",
                                                    "what the interviewer is looking for", "pro tips for the loop"]))
       .map(labels.normalise))
def test_a_label_matches_the_uncaptured_patterns_as_it_matched_its_own(label: str) -> None:
    for (_, pattern), capturing in zip(labels._PATTERNS, _CAPTURING, strict=True):
        assert bool(pattern.match(label)) == bool(capturing.match(label))


def _stepwise_title(title: str) -> str:
    """:func:`text._cleaned_title` as each of its steps is taken, none skipped."""
    title = text.strip_symbols(text.link_text(title))
    _, title = text.split_number(title)
    title = text.unquote(text.strip_emphasis(text.strip_symbols(title)))
    _, title = text.split_number(title)
    title = text.strip_symbols(text.unquote(text.strip_emphasis(title)))
    if title.endswith((")", "]")):
        title = text._STAGE_TAGS.sub("", text._UI_HINT.sub("", text._FOOTNOTES.sub("", title)))
    return " ".join(title.split())


@settings(max_examples=600)
@given(st.one_of(_texts, _words, st.tuples(st.sampled_from(["3. ", "Q3: ", "12) ", "No. 4 ", "1.2 ", "🔟 ", "(3) ", ""]),
                                           st.one_of(_texts, _words)).map("".join)))
@example("3. How did you handle it?")
@example("3.  How  did you handle it?")
@example("3. **How did you handle it?**")
@example("3. Q4 How did you handle it?")
@example("3. How did you handle it? (Onsite)")
@example("3. \"How did you handle it?\"")
def test_a_title_plain_after_its_number_is_cleaned_as_every_step_cleans_it(title: str) -> None:
    assert text._cleaned_title(title) == _stepwise_title(title)
