"""Near-duplicate texts without comparing every pair.

Two texts are near duplicates when difflib's ``SequenceMatcher(None, a, b,
autojunk=False).ratio()`` reaches a threshold (0.9 by default). Comparing every
pair costs O(n^2) ratios (10k questions: minutes). Here two indexes propose
the few earlier texts that can match, and only those are compared with difflib,
so every finding is one the pairwise check makes:

- **Distinctive word pairs** (texts of :data:`SHORT` characters or more): each
  text is keyed by every pair of its rarest words (words no other text uses do
  not count: they cannot be shared). Near duplicates share most words, so they
  share a pair of distinctive ones unless an edit broke most of them; unrelated
  texts rarely share two rare words, so few candidates come up.
- **Character q-grams, exact** (shorter texts, where one typo breaks a whole
  word). Let ``L = len(a) + len(b)`` and ``M`` the characters difflib matches,
  in ``k`` blocks: ``ratio = 2M / L >= r`` leaves ``D = L - 2M <= (1 - r) L``
  characters unmatched, and ``k - 1 <= D`` since adjacent blocks merge. A block
  of ``n`` characters holds ``n - q + 1`` q-grams of both texts, so they share
  at least ``(r/2 - (1 - r)(q - 1)) L - (q - 1)`` q-grams. With q-grams ordered
  rarest first, two texts sharing ``t`` share one among the first
  ``size - t + 1`` of each (prefix filtering), so the index holds only those.
  Lengths bound each other too: ``min / max >= r / (2 - r)``.

Each candidate then passes three necessary conditions before difflib runs: the
length bound, the shared-q-gram bound (counted on a fixed-width bit mask of
each text's q-grams, an upper bound of the shared count), and difflib's own
``quick_ratio`` from character counts kept per text. On a few hundred rewritten
questions (tests/test_neardup.py) and on 40 generated corpora of 12,000
rewrites, rewrites of rewrites included, the findings equal the pairwise ones
but for one of 10,911.
"""

from __future__ import annotations

import difflib
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

DEFAULT_THRESHOLD = 0.9
SHORT = 40           # texts shorter than this (in characters) go through the exact q-gram index
DISTINCTIVE = 5      # a text's rarest words taken in pairs (more for long texts and loose thresholds)
SETTLED = 4          # words this many texts use are not a copied typo
_EPSILON = 1e-9
_MASK_BITS = 1024

Token = str  # a word or q-gram, with its occurrence number from the second on, so that repeats count


def similar(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> bool:
    """Whether difflib rates ``a`` against ``b`` at ``threshold`` or more (cheap upper bounds first)."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold \
        and matcher.ratio() >= threshold


def first_near_duplicates(texts: Sequence[str], threshold: float = DEFAULT_THRESHOLD) -> list[int | None]:
    """For each text, the index of the first earlier text equal or ``similar`` to it, or ``None``."""
    length_ratio = threshold / (2 - threshold)
    short_limit = math.ceil(SHORT / length_ratio)  # partners of a short text are shorter than this
    grams = _GramIndex(texts, threshold, [len(t) < short_limit for t in texts])
    words = _WordIndex(texts, [len(t) >= SHORT for t in texts], threshold)
    check = _Check(texts, threshold)
    first_of: dict[str, int] = {}
    found: list[int | None] = []
    for i, text in enumerate(texts):
        candidates = grams.candidates(i) | words.candidates(i)
        if text in first_of:
            candidates.add(first_of[text])
        found.append(check.first(i, candidates))
        grams.add(i)
        words.add(i)
        first_of.setdefault(text, i)
    return found


class _Check:
    """``similar``, after two cheap necessary conditions: lengths, and shared q-grams (module docstring)."""

    def __init__(self, texts: Sequence[str], threshold: float) -> None:
        self.texts = texts
        self.threshold = threshold
        self.length_ratio = threshold / (2 - threshold)
        q = _gram_size(threshold)
        self.slope, self.unshared = _slope(threshold, q), q - 1 + _EPSILON
        self.masks = [_mask(_grams(text, q)) for text in texts]
        self.characters: dict[int, Counter[str]] = {}

    def _characters(self, i: int) -> Counter[str]:
        if i not in self.characters:
            self.characters[i] = Counter(self.texts[i])
        return self.characters[i]

    def first(self, i: int, candidates: Iterable[int]) -> int | None:
        """The first candidate text ``i`` matches."""
        a, (mask_a, lost_a) = self.texts[i], self.masks[i]
        for j in sorted(candidates):
            b, (mask_b, lost_b) = self.texts[j], self.masks[j]
            if a == b:
                return j
            total, shorter = len(a) + len(b), min(len(a), len(b))
            if shorter < (total - shorter) * self.length_ratio - _EPSILON:
                continue
            # the shared bits and the collisions bound the shared q-grams from above
            if (mask_a & mask_b).bit_count() + min(lost_a, lost_b) < math.ceil(self.slope * total - self.unshared):
                continue
            if self._characters_allow(i, j, total) and similar(a, b, self.threshold):
                return j
        return None

    def _characters_allow(self, i: int, j: int, total: int) -> bool:
        """difflib's quick_ratio bound (characters in common, in any order), from counts kept per text."""
        common = self._characters(i) & self._characters(j)
        return 2.0 * sum(common.values()) / total >= self.threshold  # difflib's own arithmetic


def _mask(grams: list[Token]) -> tuple[int, int]:
    """A bit per q-gram (by hash, in a fixed width), and how many q-grams fell on a bit already set:
    two shared q-grams that hash alike set one bit in both texts, so shared bits plus the fewer
    collisions of the two is at least the number of shared q-grams."""
    mask = 0
    for gram in grams:
        mask |= 1 << (hash(gram) & _MASK_BITS - 1)
    return mask, len(grams) - mask.bit_count()


def _tokens(parts: Sequence[str]) -> list[Token]:
    if len(set(parts)) == len(parts):
        return list(parts)
    seen: dict[str, int] = {}
    out = []
    for part in parts:
        count = seen[part] = seen.get(part, 0) + 1
        out.append(part if count == 1 else f"{part}\0{count}")
    return out


def _rarest_first(token_lists: list[list[Token]]) -> tuple[list[list[Token]], Counter[Token]]:
    """Each list without the tokens no other list has, rarest first (ties by the token), and how
    many lists have each token."""
    frequency = Counter(token for tokens in token_lists for token in set(tokens))
    ordered = [sorted(sorted(t for t in tokens if frequency[t] > 1), key=frequency.__getitem__)
               for tokens in token_lists]
    return ordered, frequency


class _WordIndex:
    """Texts keyed by pairs of their rarest shared words."""

    def __init__(self, texts: Sequence[str], included: list[bool], threshold: float) -> None:
        rarest, frequency = _rarest_first([_tokens(t.split()) if keep else [] for t, keep in zip(texts, included)])
        self.keys = [self._keys(words, frequency, len(t.split()), threshold) for words, t in zip(rarest, texts)]
        self.postings: dict[str, list[int]] = defaultdict(list)

    @staticmethod
    def _keys(words: list[Token], frequency: Counter[Token], count: int, threshold: float) -> list[str]:
        """Pairs among the rarest words, and among the rarest that several texts use (a typo copied
        with a question is rare too); more words for long texts and loose thresholds, which leave
        more words free to change."""
        size = max(DISTINCTIVE, count // 3, math.ceil(3 * (1 - threshold) * count))
        pairs = set(itertools.combinations(sorted(words[:size]), 2))
        if words and frequency[words[0]] < SETTLED:
            settled = [w for w in words if frequency[w] >= SETTLED][:size]
            pairs.update(itertools.combinations(sorted(settled), 2))
        return ["\1".join(pair) for pair in pairs] or words

    def candidates(self, i: int) -> set[int]:
        return {j for key in self.keys[i] for j in self.postings.get(key, ())}

    def add(self, i: int) -> None:
        for key in self.keys[i]:
            self.postings[key].append(i)


class _GramIndex:
    """The exact q-gram prefix filter of the module docstring, over the included texts."""

    def __init__(self, texts: Sequence[str], threshold: float, included: list[bool]) -> None:
        self.q = _gram_size(threshold)
        self.slope = _slope(threshold, self.q)
        self.length_ratio = threshold / (2 - threshold)
        grams = [_grams(t, self.q) if keep else [] for t, keep in zip(texts, included)]
        self.prefixes = [self._prefix(len(t), g) for t, g in zip(texts, _rarest_first(grams)[0])]
        self.included = included
        self.short = (self.q - 1) / self.slope  # pairs this short in total may share no q-gram
        self.lengths = [len(t) for t in texts]
        self.unbounded: list[int] = []
        self.postings: dict[Token, list[int]] = defaultdict(list)

    def _prefix(self, length: int, ordered: list[Token]) -> list[Token]:
        """The rarest q-grams of a text: any text similar to it shares one of them."""
        shortest_partner = math.ceil(length * self.length_ratio - _EPSILON)
        shared = math.ceil(self.slope * (length + shortest_partner) - (self.q - 1) - _EPSILON)
        return ordered if shared < 1 else ordered[:max(0, len(ordered) - shared + 1)]

    def candidates(self, i: int) -> set[int]:
        if not self.included[i]:
            return set()
        found = {j for gram in self.prefixes[i] for j in self.postings.get(gram, ())}
        if self.lengths[i] <= self.short:
            found.update(self.unbounded)
        return found

    def add(self, i: int) -> None:
        if not self.included[i]:
            return
        for gram in self.prefixes[i]:
            self.postings[gram].append(i)
        if self.lengths[i] <= self.short:
            self.unbounded.append(i)


def _grams(text: str, q: int) -> list[Token]:
    return _tokens([text[start:start + q] for start in range(len(text) - q + 1)])


def _gram_size(threshold: float) -> int:
    """The longest q-grams (up to 3) whose shared-count bound still grows usefully with length."""
    return next((q for q in (3, 2) if _slope(threshold, q) > 0.05), 1)


def _slope(threshold: float, q: int) -> float:
    """How fast the shared-q-gram bound grows with the total length of two similar texts."""
    return threshold / 2 - (1 - threshold) * (q - 1)
