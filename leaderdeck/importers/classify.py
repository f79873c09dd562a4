"""Which topic a question is about: naive Bayes over labelled notes and the taxonomy's keywords.

The classifier learns from labelled notes (text and topic), such as our own
starter corpus, and from each topic's name and keywords. It returns the
topic with a confidence (the posterior of the best topic); a guess below
:data:`WEAK` is reported as weak. :meth:`Classifier.points_at` says whether a
text on its own (a question without its answer) points at a topic; a question names a topic's keyword only as a
word of the keyword's own family (a noun in -ation is named by itself or the -ing noun of its verb, not by the
verb: "expected" names no "expectations").
Where the labelled notes come from is
decided in one place, :func:`default_corpus`: notes shipped in the package
(``leaderdeck/starter/``), never the repository's ``source/``. What they
teach (:func:`learn`) is worked out once and then kept in the on-disk cache (:mod:`leaderdeck.cache`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from itertools import chain, pairwise
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

from ..model import Topic
from ..taxonomy import Taxonomy
from ..workspace import starter_files
from ..lazyre import lazy_re
from .cachesize import LABEL_CACHE
from ..slotinit import slot_init

WEAK = 0.65  # a guess whose posterior is below this is reported as weak
_NO_TERMS: frozenset[str] = frozenset()  # the keywords of a topic the lessons do not know
_KEYWORD_WEIGHT = 8  # a taxonomy keyword counts as this many occurrences in its topic
_WORD = lazy_re(r"[a-z][a-z0-9'-]+")
_STOP = frozenset(
    "a about after all also am an and any are as at be been before being between both but by can could did do does "
    "doing down during each few for from further had has have having he her here hers him his how i if in into is it "
    "its itself just me more most my no nor not now of off on once only or other our ours out over own same she "
    "should so some such than that the their them then there these they this those through to too under until up "
    "very was we were what when where which while who whom why will with would you your yours time tell describe "
    "example give walk share situation handled handle approach ensure way make made team teams work worked "
    "working engineering engineer engineers project projects".split())


@slot_init
@dataclass(frozen=True, slots=True)
class Guess:
    topic: Topic
    confidence: float

    @property
    def weak(self) -> bool:
        return self.confidence < WEAK


def default_corpus() -> tuple[Path, ...]:
    """The labelled notes the importer learns from: the starter notes shipped in the package."""
    return tuple(starter_files())


def terms(*texts: str) -> list[str]:
    """Words (lightly stemmed) and word pairs of ``texts`` joined by spaces, without stop words."""
    kept = list(chain.from_iterable(map(_words, texts)))
    return kept + list(map(" ".join, zip(kept, kept[1:])))


@lru_cache(maxsize=16384)  # a note's question is looked at several times
def _words(text: str) -> tuple[str, ...]:
    """The words of ``text`` :func:`terms` keeps (no word runs across a space: ``texts`` may be read apart)."""
    return tuple(filter(None, map(_kept, _tokens(text))))


def _worded(texts: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """The kept words (:func:`_words`) of each of ``texts`` that keeps any: all a guess reads of them (a text
    keeping no word adds no term, and joins no pair across it)."""
    return tuple(filter(None, map(_words, texts)))


@lru_cache(maxsize=65536)  # a document repeats its words: each is stemmed and weighed against the stop words once
def _kept(token: str) -> str:
    """``token`` (of :func:`_tokens`) stemmed as :func:`_words` keeps it, or ``""`` when it is dropped: a stop word,
    or two letters or fewer."""
    word = _stem(token.strip("'-"))
    return word if word not in _STOP and len(word) > 2 else ""


@lru_cache(maxsize=1024)  # a note's question is read for its words, the words it names and its nouns: found once
def _tokens(text: str) -> tuple[str, ...]:
    """What :data:`_WORD` finds in ``text`` in lower case, British spellings read as American ones
    (:func:`_american`): its words before any is stemmed or dropped."""
    return tuple(map(_american, _WORD.findall(text.casefold())))


# "prioritise", "organisation", "analysed", "behaviour", "favourite": the British spellings of words keywords and the
# starter notes spell the American way (every text compared is read so, the keywords and notes too)
_ISE = lazy_re(r"(?<=[a-z]{3})(i|y)s(e|es|ed|ing|ation|ations)$")
_OUR = lazy_re(r"(?<=[a-z][ivblnm])our(s|ed|ing|ite|ites|able)?$")


@lru_cache(maxsize=65536)
def _american(word: str) -> str:
    """``word`` spelt the American way; a word of four letters or fewer as it is (none is spelt two ways here)."""
    if len(word) < 5:
        return word
    if "s" in word:
        word = _ISE.sub(r"\1z\2", word)
    return _OUR.sub(r"or\1", word) if "our" in word else word


@lru_cache(maxsize=65536)  # a document repeats its words: each is stemmed once
def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def named_terms(*texts: str) -> list[str]:
    """The terms of ``texts`` as :func:`terms` gives them, save that a noun ending in -ation keeps its ending (see
    :func:`_named`): the terms keywords are matched by, a noun no verb of its stem."""
    kept = list(chain.from_iterable(map(_named_words, texts)))
    return kept + list(map(" ".join, zip(kept, kept[1:])))


@lru_cache(maxsize=1024)  # a note's texts are asked about again: whether they name the topic guessed, then which
def _naming(texts: tuple[str, ...]) -> frozenset[str]:
    """The terms ``texts`` name keywords by: :func:`named_terms`, and for a word in -ing (a noun of action too) the
    noun in -ation of its verb as well: "prioritizing" names "prioritization", "expected" names no "expectations".
    Those of each text on its own (:func:`_own_naming`), and the pair a text's last word makes with the next
    text's first."""
    across = [f"{before[-1]} {after[0]}" for before, after in pairwise(filter(None, map(_named_words, texts)))]
    return frozenset(across).union(*map(_own_naming, texts))


@lru_cache(maxsize=16384)  # a note's question is asked about with its title, then with its variants...: read once
def _own_naming(text: str) -> frozenset[str]:
    """The terms ``text`` alone names keywords by (:func:`_naming` of it alone)."""
    return frozenset(named_terms(text)).union(_gerund_nouns(text))


def _gerund_nouns(text: str) -> frozenset[str]:
    """The nouns in -ation (as :func:`_named` spells them) of ``text``'s words in -ing ("prioritizing")."""
    return frozenset(filter(None, map(_gerund_noun, _tokens(text))))


@lru_cache(maxsize=65536)
def _gerund_noun(token: str) -> str:
    """The noun in -ation of ``token`` (of :func:`_tokens`) when it is a word in -ing ("prioritizing",
    "prioritizings"), else ``""``."""
    for suffix in ("ings", "ing"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            return token[: -len(suffix)] + "ation"
    return ""


@lru_cache(maxsize=16384)
def _named_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` :func:`named_terms` keeps: those :func:`_words` keeps, stemmed by :func:`_named`."""
    return tuple(filter(None, map(_named_kept, _tokens(text))))


@lru_cache(maxsize=65536)
def _named_kept(token: str) -> str:
    """``token`` (of :func:`_tokens`) stemmed as :func:`_named_words` keeps it, or ``""`` when it is dropped (as
    :func:`_kept` drops it)."""
    word = _named(token.strip("'-"))
    return word if word not in _STOP and len(word) > 2 else ""


@lru_cache(maxsize=65536)
def _named(word: str) -> str:
    """``word`` stemmed as :func:`_stem` does, but a noun made with -ation keeps that ending (its plural loses the
    ``s``): "expectations" is not "expected" or "expect", and a question saying "beyond what was expected" names
    no keyword "expectations"."""
    for suffix in ("ations", "ation"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word.removesuffix("s")
    return _stem(word)


@dataclass(frozen=True, slots=True)
class Lessons:
    """What a classifier learns from the taxonomy and labelled notes (see :func:`learn`), by topic name."""

    counts: dict[str, Counter]  # each term's weight in the topic
    keywords: dict[str, set[str]]  # the terms that name the topic (see :meth:`Classifier.mentions`)
    whole: dict[str, set[str]]  # the same, without thinned phrases (see :meth:`Classifier.names`)


def learn(taxonomy: Taxonomy, labelled: Iterable[tuple[str, str]] = ()) -> Lessons:
    """Each topic's terms: its name and keywords (each weighing :data:`_KEYWORD_WEIGHT` occurrences), and the
    terms of the labelled notes ``(text, topic name)`` filed under it."""
    counts: dict[str, Counter] = {t.name: Counter() for t in taxonomy.topics}
    for topic in taxonomy.topics:
        for keyword in (topic.name, *topic.keywords):
            for term in terms(keyword):
                counts[topic.name][term] += _KEYWORD_WEIGHT
    for text, name in labelled:
        if name in counts:
            counts[name].update(terms(text))
    # a keyword as evidence: itself, or for one of several words, the whole phrase ("health" alone is not
    # "code health")
    keywords = {t.name: {_named_phrase(keyword) for keyword in (t.name, *t.keywords)} - {""} for t in taxonomy.topics}
    # the same, without phrases whose other words are all stop words ("speak up" is only "speak" above)
    whole = {t.name: {_named_phrase(keyword) for keyword in (t.name, *t.keywords) if not _thinned(keyword)} - {""}
             for t in taxonomy.topics}
    return Lessons(counts, keywords, whole)


class Classifier:
    """Multinomial naive Bayes with add-one smoothing and a uniform prior."""

    def __init__(self, taxonomy: Taxonomy, labelled: Iterable[tuple[str, str]] = (), *,
                 lessons: Lessons | None = None) -> None:
        """A classifier learning from ``taxonomy`` and the ``labelled`` notes, or given what :func:`learn` learnt
        from them (``lessons``)."""
        learnt = learn(taxonomy, labelled) if lessons is None else lessons
        self.topics = taxonomy.topics
        self.counts, self.keywords, self.whole = learnt.counts, learnt.keywords, learnt.whole
        self.weights = _Weights(self.topics, self.counts)
        # each text's own terms weighed once: a guess reads a note's question again and again (thrice in one call)
        self._weighed = lru_cache(maxsize=4096)(self._weigh)
        # the rules judging a note ask again about the texts a guess read: its question alone, with its title...
        self._asked = lru_cache(maxsize=256)(self._worded_guess)
        # a guess is made from the texts' kept words alone (:func:`_worded`): notes saying the same words in other
        # texts ("... request number 953 ...", "... number 954 ...") are guessed once
        self._guessed = lru_cache(maxsize=LABEL_CACHE)(self._guess)

    def classify(self, *texts: str) -> Guess | None:
        """The likeliest topic of ``texts`` (read as one text); ``None`` when none of its words is known."""
        return self._asked(texts)

    def _worded_guess(self, texts: tuple[str, ...]) -> Guess | None:
        """:meth:`classify` of ``texts``, by their kept words."""
        return self._guessed(_worded(texts))

    def _guess(self, worded: tuple[tuple[str, ...], ...]) -> Guess | None:
        """:meth:`classify` of the texts whose kept words are ``worded`` (:func:`_worded`)."""
        found = self._found_in(worded)
        if not found or not self.topics:
            return None
        # no prior: a question is as likely to be about any topic
        scores = list(map(sum, zip(*found)))
        top = max(scores)
        return Guess(self.topics[scores.index(top)], _posterior(scores, top))

    def classify_among(self, names: Collection[str], *texts: str) -> Guess | None:
        """The likeliest of the topics named ``names`` for ``texts``, with its posterior among all topics (low
        where the texts point elsewhere); ``None`` when none of the words is known or no topic is named."""
        found = self._found(texts)
        among = [i for i, topic in enumerate(self.topics) if topic.name in names]
        if not found or not among:
            return None
        scores = list(map(sum, zip(*found)))
        best = max(among, key=scores.__getitem__)
        return Guess(self.topics[best], _posterior(scores, scores[best]))

    def _found(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        """The weights of each known term of ``texts``, in the order of :func:`terms` (see :meth:`_found_in`)."""
        return self._found_in(_worded(texts))

    def _found_in(self, worded: tuple[tuple[str, ...], ...]) -> list[tuple[float, ...]]:
        """The weights of each known term of the texts whose kept words are ``worded`` (:func:`_worded`), in the
        order of :func:`terms`: the words of every text, then the pairs of words next to each other (the pairs
        within each text, as :meth:`_weigh` weighs them once per text's words, and the pair a text's last word
        makes with the next text's first)."""
        words: list[tuple[float, ...]] = []
        pairs: list[tuple[float, ...]] = []
        last = ""
        for kept in worded:
            own, inner = self._weighed(kept)
            words.extend(own)
            if last and (across := self.weights[f"{last} {kept[0]}"]) is not None:
                pairs.append(across)
            pairs.extend(inner)
            last = kept[-1]
        words.extend(pairs)
        return words

    def _weigh(self, kept: tuple[str, ...]) -> tuple[tuple[tuple[float, ...], ...], tuple[tuple[float, ...], ...]]:
        """The weights of a text's known words and of its known pairs of words (its :func:`terms`), in order, from
        its kept words ``kept`` (:func:`_words`)."""
        weights = self.weights.__getitem__
        return (tuple([found for found in map(weights, kept) if found is not None]),
                tuple([found for found in map(weights, map(" ".join, zip(kept, kept[1:]))) if found is not None]))

    def points_at(self, topic: Topic, *texts: str) -> bool:
        """Whether ``texts`` alone point at ``topic``: they hold one of the topic's keywords, or their own
        likeliest topic is ``topic``."""
        if self.mentions(topic, *texts):
            return True
        guess = self.classify(*texts)
        return guess is not None and guess.topic.name == topic.name

    def mentions(self, topic: Topic, *texts: str) -> bool:
        """Whether ``texts`` hold one of ``topic``'s keywords (a phrase whole), as a word of its own family
        (:func:`named_terms`)."""
        return not self.keywords.get(topic.name, _NO_TERMS).isdisjoint(_naming(texts))


    def also_names(self, topic: Topic, *texts: str) -> Topic | None:
        """Another topic ``texts`` name a keyword of, besides one of ``topic``'s (:meth:`names`), by words that are
        not those of ``topic``'s keyword ("error budget" holds no "budget" of its own); else ``None``."""
        named = _naming(texts)
        own = self.whole.get(topic.name, _NO_TERMS) & named
        if not own:
            return None
        covered = {word for term in own for word in term.split()}
        naming = self._naming_topics  # a term naming no topic (most) is passed over before its words are read
        others = [index for term in named if term in naming and not covered.issuperset(term.split())
                  for index in naming[term] if self.topics[index].name != topic.name]
        return self.topics[min(others)] if others else None  # the first in the taxonomy's order

    @cached_property
    def _naming_topics(self) -> dict[str, tuple[int, ...]]:
        """The topics (by index) each term names whole (:meth:`names`): a text's terms are looked up, not every
        topic's keywords tried."""
        found: dict[str, list[int]] = {}
        for index, topic in enumerate(self.topics):
            for term in self.whole.get(topic.name, ()):
                found.setdefault(term, []).append(index)
        return {term: tuple(indexes) for term, indexes in found.items()}

    def names(self, topic: Topic, *texts: str) -> bool:
        """Whether ``texts`` hold one of ``topic``'s keywords whose words are not all stop words but one: "public
        speaking" holds "speak up" only as "speak", and names no topic by it."""
        return not self.whole.get(topic.name, _NO_TERMS).isdisjoint(_naming(texts))


def _posterior(scores: list[float], score: float) -> float:
    """The posterior of the topic scoring ``score`` (log-likelihoods, no prior)."""
    return 1 / sum(map(math.exp, [s - score for s in scores]))


class _Weights(dict):
    """Each known term's log-likelihood in every topic (in the order of the topics), worked out when first
    asked for: a document uses a small part of the vocabulary. An unknown term's is ``None``."""

    def __init__(self, topics: Sequence[Topic], counts: dict[str, Counter]) -> None:
        super().__init__()
        self.counters = [counts[t.name] for t in topics]
        vocabulary = {term for counter in self.counters for term in counter}
        self.known = vocabulary.__contains__
        self.denominators = [sum(counter.values()) + len(vocabulary) for counter in self.counters]

    def __missing__(self, term: str) -> tuple[float, ...] | None:
        # ``get``, not ``[]``: a term most topics lack would call Counter's ``__missing__`` for each of them
        weights = tuple([math.log((counter.get(term, 0) + 1) / denominator)
                         for counter, denominator in zip(self.counters, self.denominators)]) \
            if self.known(term) else None
        self[term] = weights
        return weights


def _named_phrase(keyword: str) -> str:
    """The term a keyword is named by (:func:`named_terms`): its one word, or the pair of its last two words."""
    found = named_terms(keyword)
    return found[-1] if found else ""


def _thinned(keyword: str) -> bool:
    """Whether ``keyword`` is a phrase of several words that :func:`terms` keeps one word of ("speak up", "why
    this company"): that word alone is far more common than the phrase."""
    return len(_WORD.findall(keyword.casefold())) > 1 and len(_words(keyword)) < 2


def labelled_notes(paths: Sequence[Path], taxonomy: Taxonomy) -> list[tuple[str, str]]:
    """``(text, topic)`` of every valid note in ``paths``: its question, variants and competencies."""
    from ..loader import load_file

    out = []
    for path in paths:
        notes, _ = load_file(path, taxonomy)
        for note in notes:
            texts = [note.prompt, *note.variants, *note.competencies]
            out.append((" ".join(t for t in texts if t), note.topic.name))
    return out


@cache
def _default(taxonomy: Taxonomy, corpus: tuple[Path, ...]) -> Classifier:
    return Classifier(taxonomy, lessons=_cached_lessons(corpus, taxonomy))


def _cached_lessons(paths: tuple[Path, ...], taxonomy: Taxonomy) -> Lessons:
    """:func:`learn` from the notes in ``paths`` (:func:`labelled_notes`) through the on-disk cache
    (:mod:`leaderdeck.cache`), keyed by the files' names and bytes, the taxonomy and this module's code: reading
    the notes and learning from them costs more than a small import. No cache when a file cannot be read."""
    from ..cache import Cache, default_directory

    try:
        contents = [part for path in paths for part in (str(path), path.read_bytes())]
    except OSError:
        return learn(taxonomy, labelled_notes(paths, taxonomy))
    store = Cache(default_directory())
    key = store.key("classifier lessons", Path(__file__).read_bytes(), repr(taxonomy), *contents)
    found = store.load(key)
    if isinstance(found, Lessons):
        return found
    lessons = learn(taxonomy, labelled_notes(paths, taxonomy))
    store.store(key, lessons)
    return lessons


def classifier_for(taxonomy: Taxonomy, corpus: tuple[Path, ...] | None = None) -> Classifier:
    """A classifier learning from ``corpus`` (default: :func:`default_corpus`), built once per process."""
    return _default(taxonomy, default_corpus() if corpus is None else tuple(corpus))
