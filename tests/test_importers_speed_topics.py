"""The importer's shortcuts in guessing topics and writing YAML give what the plain way gives.

Each test compares a shortcut with the plain computation it stands for, written out here as it was, on many
inputs: a shortcut that answered differently would change what an import writes.
"""

from __future__ import annotations

from itertools import chain

from hypothesis import given, settings
from hypothesis import strategies as st

from leaderdeck.importers import classify, foreign, writer
from leaderdeck.importers.classify import Classifier
from leaderdeck.model import Topic
from leaderdeck.taxonomy import Taxonomy

SETTINGS = settings(max_examples=500, deadline=None)

# words of every kind the classifier treats apart: stop words, -ing and -ation nouns, British spellings, plurals,
# apostrophes and hyphens, short words, capitals, other scripts
_WORDS = ["the", "you", "team", "handling", "prioritizing", "prioritisation", "prioritization", "expectations",
          "expected", "behaviour", "organised", "analysing", "favourite", "colours", "hiring", "hires", "incidents",
          "outage", "stakeholders", "conflict", "debt", "technical", "code", "health", "speak", "up", "it's",
          "re-org", "'quoted'", "-dash-", "a", "an", "of", "IS", "Mentoring", "Trade-offs", "data", "ownership",
          "budgets", "error", "delivery", "roadmap", "things", "settings", "meetings", "über", "naïve", "商业", "x1",
          "ab", "studies", "copied"]
_SEPARATORS = [" ", ", ", ". ", "? ", "\n", " - ", "/"]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), max_size=12))
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(chain.from_iterable(zip(words, seps))).strip()


_TEXT = st.one_of(_texts(), st.text(max_size=40))


def _plain_tokens(text: str) -> tuple[str, ...]:
    found = classify._WORD.findall(text.casefold())
    return tuple([classify._american(word) if len(word) >= 5 else word for word in found])


def _plain_words(text: str) -> tuple[str, ...]:
    found = [classify._stem(w.strip("'-")) for w in _plain_tokens(text)]
    return tuple([w for w in found if w and w not in classify._STOP and len(w) > 2])


def _plain_named_words(text: str) -> tuple[str, ...]:
    found = [classify._named(w.strip("'-")) for w in _plain_tokens(text)]
    return tuple([w for w in found if w and w not in classify._STOP and len(w) > 2])


def _plain_gerund_nouns(text: str) -> frozenset[str]:
    return frozenset([word[: -len(suffix)] + "ation" for word in _plain_tokens(text) for suffix in ("ings", "ing")
                      if word.endswith(suffix) and len(word) - len(suffix) >= 4])


def _plain_naming(texts: tuple[str, ...]) -> frozenset[str]:
    kept = list(chain.from_iterable(map(_plain_named_words, texts)))
    terms = kept + list(map(" ".join, zip(kept, kept[1:])))
    return frozenset(terms).union(*map(_plain_gerund_nouns, texts))


@SETTINGS
@given(_TEXT)
def test_words_are_kept_word_by_word_as_the_plain_way_keeps_them(text: str) -> None:
    assert classify._tokens(text) == _plain_tokens(text)
    assert classify._words(text) == _plain_words(text)
    assert classify._named_words(text) == _plain_named_words(text)
    assert classify._gerund_nouns(text) == _plain_gerund_nouns(text)


@SETTINGS
@given(st.lists(_TEXT, max_size=6).map(tuple))
def test_terms_named_text_by_text_are_those_of_the_texts_read_as_one(texts: tuple[str, ...]) -> None:
    assert classify._naming(texts) == _plain_naming(texts)
    # the same text repeated (a question weighed thrice) and texts without words between others
    doubled = (*texts, *texts, "", "the")
    assert classify._naming(doubled) == _plain_naming(doubled)


def test_terms_across_texts_join_the_last_word_of_one_to_the_first_of_the_next_that_has_words() -> None:
    named = classify._naming(("handling incidents", "the", "", "error budgets"))
    assert "incident error" in named  # the texts between hold no kept word
    assert named == _plain_naming(("handling incidents", "the", "", "error budgets"))


_TAXONOMY = Taxonomy(aliases=(), topics=(
    Topic("Hiring", "hiring", keywords=("hiring", "interviews", "recruiting")),
    Topic("Crisis & Incidents", "crisis-incidents", keywords=("incident", "outage", "postmortem")),
    Topic("Technical Debt", "tech-debt", keywords=("technical debt", "code health", "refactoring")),
    Topic("Prioritization", "prioritization", keywords=("prioritization", "roadmap", "trade-offs"))))


@SETTINGS
@given(st.lists(_TEXT, max_size=5))
def test_a_guess_asked_again_is_the_guess_made_afresh(texts: list[str]) -> None:
    classifier = Classifier(_TAXONOMY, [("hiring interviews for the team", "Hiring"),
                                        ("the outage and its postmortem", "Crisis & Incidents")])
    first = classifier.classify(*texts)
    assert classifier.classify(*texts) == first
    assert Classifier(_TAXONOMY, [("hiring interviews for the team", "Hiring"),
                                  ("the outage and its postmortem", "Crisis & Incidents")]).classify(*texts) == first


def _plain_not_english(*texts: str) -> bool:
    if not texts or not all(text.strip().endswith(foreign._CLOSED) for text in texts):
        return False
    words = [word.casefold() for text in texts for word in foreign._LATIN_WORD.findall(text)]
    if any(word in foreign._ENGLISH for word in words):
        return False
    found = [word for word in words if any("a" <= c <= "z" or c in "äöüßéèàáíóúñç" for c in word)]
    return len(found) >= foreign._MIN_WORDS and any(word in foreign._OTHER for word in found)


# "ſhe" folds to "she" (English), "ſie" to "sie" (German): a word is weighed folded, not only in lower case
_FOREIGN_WORDS = ["Wie", "gehen", "Sie", "mit", "Druck", "um", "THE", "You", "Team", "Konflikt", "İstanbul", "vous",
                  "über", "comment", "how", "ſie", "ſhe", "STRASSE", "Straße"]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(_FOREIGN_WORDS), max_size=7).map(" ".join)
                .flatmap(lambda text: st.sampled_from([text + "?", text + ".", text])), max_size=3))
def test_a_question_is_read_as_another_language_as_the_plain_way_reads_it(texts: list[str]) -> None:
    assert foreign.not_english(*texts) == _plain_not_english(*texts)


def _plain_literal(text: str, indent: int) -> str:
    trailing = len(text) - len(text.rstrip("\n"))
    chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
    marker = "2" if text[0] in " \t\n" else ""
    lines = text[: len(text) - trailing].split("\n") + [""] * max(trailing - 1, 0)
    pad = " " * indent
    body = "\n".join([pad + line if line else "" for line in lines])
    return f"|{marker}{chomp}\n{body}"


@SETTINGS
@given(st.text(alphabet="ab \n\t").filter(str.strip), st.integers(0, 8))
def test_prose_without_blank_lines_is_indented_as_line_by_line(text: str, indent: int) -> None:
    assert writer._literal(text, indent) == _plain_literal(text, indent)


def _plain_also_names(classifier: Classifier, topic: Topic, *texts: str) -> Topic | None:
    named = classify._naming(texts)
    own = classifier.whole.get(topic.name, set()) & named
    if not own:
        return None
    covered = {word for term in own for word in term.split()}
    others = [index for term in named if not covered.issuperset(term.split())
              for index in classifier._naming_topics.get(term, ()) if classifier.topics[index].name != topic.name]
    return classifier.topics[min(others)] if others else None


@SETTINGS
@given(st.sampled_from(_TAXONOMY.topics), st.lists(_TEXT, max_size=3))
def test_another_topic_named_is_found_among_the_terms_that_name_one(topic: Topic, texts: list[str]) -> None:
    classifier = Classifier(_TAXONOMY)
    texts = [*texts, "handling the incident and the code health"]  # names two topics' keywords
    assert classifier.also_names(topic, *texts) == _plain_also_names(classifier, topic, *texts)


def _plain_guess(classifier: Classifier, *texts: str) -> classify.Guess | None:
    """Naive Bayes over the terms of ``texts`` read as one text, each known term's weights summed topic by topic
    in the order of :func:`classify.terms`, as the guess was first made."""
    found = [weights for term in classify.terms(*texts) if (weights := classifier.weights[term]) is not None]
    if not found:
        return None
    scores = [sum(column) for column in zip(*found)]
    top = max(scores)
    return classify.Guess(classifier.topics[scores.index(top)], classify._posterior(scores, top))


_LABELLED = [("hiring interviews for the team", "Hiring"), ("the outage and its postmortem", "Crisis & Incidents"),
             ("prioritizing the roadmap and its trade-offs", "Prioritization")]


@SETTINGS
@given(st.lists(_TEXT, max_size=5))
def test_a_guess_keyed_by_the_words_kept_is_the_guess_of_the_texts_themselves(texts: list[str]) -> None:
    classifier = Classifier(_TAXONOMY, _LABELLED)
    assert classifier.classify(*texts) == _plain_guess(classifier, *texts)
    # the same words in other texts (numbers, stop words, case, marks and texts without words differ): one guess
    other = [f"{text.upper()} 953, the" for text in texts] + ["", "you 12"]
    assert classifier.classify(*other) == classifier.classify(*texts) == _plain_guess(classifier, *other)


def test_texts_keeping_the_same_words_share_one_guess_and_others_do_not() -> None:
    classifier = Classifier(_TAXONOMY, _LABELLED)
    first = classifier.classify("How would you handle request number 953 when the roadmap is full?", "")
    assert classifier.classify("How would you handle request number 954 when the roadmap is full?") is first
    assert classifier.classify("How would you handle the outage?") != first
    assert classifier.classify("How would you handle the outage?") == _plain_guess(classifier,
                                                                                 "How would you handle the outage?")
    # the words in another order make other pairs: another key
    assert classify._worded(["roadmap trade-offs", "outage"]) != classify._worded(["outage", "roadmap trade-offs"])
