"""The importer's shortcuts for text that needs no work give what the work gives.

Labels, titles and answers are looked up many times; each look-up first tries a cheap test for text that the full
steps would leave as it is. These tests try the shortcuts on text made of the characters those steps act on, and on
text the shortcut accepts, against the full steps.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from leaderdeck.importers import labels, placeholders, text

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

