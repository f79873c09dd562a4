"""The id a note would have if no other note had it: lower-case ASCII words joined by '-'.

The id is made from the note's question (or a story's name). A question with no
Latin words (Chinese, Japanese, Greek...) borrows them from elsewhere in the note,
so that the id still says what the note is about: an English variant of the
question, the opening line of its answer when that line is written in Latin
script, the competency it was filed under, or the Latin words of the nearest group
heading above it (``### Commercial Acumen (商业洞察力)``; never the page's title, nor a heading
that only names what the page holds, "Behavioural interview questions"),
numbered when several notes share them. A note with none of
these gets its topic's slug and a short code of its question's text (the first
hex digits of a hash), the same every time the same text is imported.
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

from ..lazyre import lazy_re
from ..model import QaBody, StarBody
from .base import Parsed

ID_WORDS = 6
ID_CHARS = 60
CODE_DIGITS = 4
_STOP = frozenset(
    "a an the and or of to in on for with at by from as is are was were be been do does did you your we our us "
    "i me my it its this that these those how what why when where which who whom can could would will should "
    "have has had about into over than then there their they them through tell describe give walk".split()
)
_SLUG_WORD = lazy_re(r"[a-z0-9]+")
# a heading made only of these names what the page holds ("Behavioural interview questions"), not a group of it
_KIND_OF_PAGE = frozenset("interview interviews question questions behavioral behavioural common answers answer notes "
                          "prep preparation general faq bq sample samples examples stories star".split())
_LATIN = lazy_re(r"[A-Za-z\u00c0-\u024f]")
_LETTER = lazy_re(r"[^\W\d_]")


@lru_cache(maxsize=1024)  # a note's id and whether its words are its own both read the slug of its name
def slug(text: str) -> str:
    """Up to six meaningful lower-case ASCII words of ``text``, joined by '-'."""
    folded = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore").decode().casefold()
    words = _SLUG_WORD.findall(folded.replace("'", ""))
    kept = [w for w in words if w not in _STOP] or words
    out = ""
    for word in kept[:ID_WORDS]:
        if out and len(out) + 1 + len(word) > ID_CHARS:
            break
        out = f"{out}-{word}" if out else word[:ID_CHARS]
    return out


def id_base(item: Parsed, topic_slug: str) -> str:
    """``kind-words``: the words of the note's name or question, else the Latin words the note has elsewhere,
    else its topic's slug and a code of its question's text."""
    words = slug(item.name or item.prompt) or _borrowed(item)
    if not words:
        words = "-".join(part for part in (slug(topic_slug), _code(item.name or item.prompt)) if part)
    return f"{item.kind.value}-{words}" if words else item.kind.value


def own_words(item: Parsed) -> bool:
    """Whether the note's id comes from its own question or name, not borrowed from elsewhere."""
    return bool(slug(item.name or item.prompt))


def _borrowed(item: Parsed) -> str:
    """Words for a note whose question has no Latin words: its first variant in Latin script, the opening line of
    its answer (or story) in Latin script, the competency it is filed under, or the Latin words of the nearest
    group heading above it that has some (``### Commercial Acumen (商业洞察力)``), never the page's title (nor a
    heading repeating it)."""
    for text in (*item.variants, _opening_line(item), *item.competencies):
        if _latin(text) and (words := slug(text)):
            return words
    for heading in reversed(item.groups):
        words = slug(_latin_run(heading))
        if words and not set(words.split("-")) <= _KIND_OF_PAGE:
            return words
    return ""


def _latin_run(heading: str) -> str:
    """The last run of words of ``heading`` written wholly in Latin script ("Commercial Acumen" in
    "Commercial Acumen (商业洞察力)"); ``""`` when none is."""
    run: list[str] = []
    for word in reversed(heading.split()):
        letters = _LETTER.findall(word)
        if letters and len(_LATIN.findall(word)) == len(letters):
            run.append(word)
        elif run:
            break
    return " ".join(reversed(run))


def _opening_line(item: Parsed) -> str:
    """The first line the note's answer, story or scenario writes."""
    body = item.body
    if isinstance(body, QaBody):
        text = body.answer
    elif isinstance(body, StarBody):
        text = next((part for part in (body.situation, body.task, body.action, body.result) if part.strip()), "")
    else:
        text = body.situation
    return next((line for line in text.splitlines() if line.strip()), "")


def _latin(text: str) -> bool:
    """Whether most letters of ``text`` are Latin ones (a line in English, not Chinese with a loanword)."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and 2 * len(_LATIN.findall(text)) > letters


def _code(text: str) -> str:
    """A few hex digits of a hash of ``text`` (spacing ignored): the same for the same text on every import."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode()).hexdigest()[:CODE_DIGITS] if normal else ""
