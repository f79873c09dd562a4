"""How long an answer takes to say: one count of words and minutes for the card and for lint."""

from __future__ import annotations

from dataclasses import dataclass

from .model import StarBody
from .lazyre import lazy_re

WORDS_PER_MINUTE = 150
STAR_PARTS = ("situation", "task", "action", "result", "learning")
_WORD = lazy_re(r"\w[\w'’-]*")


def words(text: str) -> list[str]:
    """The words of ``text``, lower case: 'trade-off' and "I'm" are one word each; Markdown marks are not words."""
    return _WORD.findall(text.casefold())


@dataclass(frozen=True, slots=True)
class SpeakingTime:
    """The time a STAR answer takes at a steady interview pace."""

    words: int

    @property
    def minutes(self) -> float:
        return self.words / WORDS_PER_MINUTE

    @property
    def rounded(self) -> float:
        """Minutes to the nearest half minute: what the card shows and what lint judges."""
        return round(self.minutes * 2) / 2

    @property
    def label(self) -> str:
        return "under 1 min" if self.rounded < 1 else f"about {self.rounded:g} min"


def speaking_time(body: StarBody) -> SpeakingTime:
    return SpeakingTime(sum(len(words(getattr(body, part))) for part in STAR_PARTS))
