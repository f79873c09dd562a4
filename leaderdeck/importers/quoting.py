"""Double quotes that wrap what a line says: a whole answer in one pair of quotes, and advice that quotes the
words to say ("When they probe, offer a choice: "Which part interests you?"")."""

from __future__ import annotations

import re
from ..lazyre import lazy_re

_WRAPPED = lazy_re(r"^\s*(?:\"(?P<straight>[^\"“”]+)\"|“(?P<curly>[^\"“”]+)”)\s*$", re.DOTALL)
# a sentence that gives words to say after a colon: its question mark is the quotation's, not the sentence's
_QUOTED_ASIDE = lazy_re(r"^([^:\"“”?？﹖]+):\s*[\"“][^\"“”]*[?？﹖][^\"“”]*[\"”]\W*$")
# double quotes that open, close, or either: straight, or curly “ to open and ” to close
OPENING, CLOSING, DOUBLE_QUOTES = "\"“", "\"”", "\"“”"
# a lead-in giving the teller words to say, as advice: "reply with a question such as:", "you can simply say:"
_SAY_LEAD = lazy_re(r"(?:^|[,;]\s*|\b(?:then|anyway|instead|simply|just)\s+"
                    r"|\byou\s+(?:can|could|might|should|may)\s+(?:simply\s+|just\s+|also\s+)?)"
                    r"(?:reply|respond|answer|say|ask (?:them|back)|turn it around)\b[^:：]*[:：]\s*$", re.IGNORECASE)
# ... or one naming a reply by example: "a good response is a clarifying question such as:"
_REPLY_SUCH_AS = lazy_re(r"\b(?:respon[ds]\w*|repl(?:y|ies|ying)|answer(?:s|ing)?|say(?:ing)?)\b[^:：]*"
                         r"\b(?:such as|like|for example|for instance|e\.g\.)\s*[:：]\s*$", re.IGNORECASE)
_FIRST_PERSON = lazy_re(r"\b(?:I|I'm|I've|I'd|my|me|we|our|us)\b")
_ASK_VERB = lazy_re(r"\b(?:asks?|asked|asking|questions?|probes?|wonder)\W*$", re.IGNORECASE)
# a question in double quotes inside a line, and the line's own words before it
_QUOTED_ASKING = lazy_re(r"([^\"“”]*)[\"“]([^\"“”]*[?？﹖][^\"“”]*)[\"”]")
_MARK = lazy_re(r"[?？﹖]")


def inside_quotes(text: str) -> str:
    """What one pair of double quotes around the whole of ``text`` holds, with no other double quote in it; ``""``
    when the quotes do not wrap it all."""
    match = _WRAPPED.match(text)
    return (match.group("straight") or match.group("curly") or "").strip() if match else ""


def quoted_whole(line: str, ends: str = "", plain: bool = False) -> str | None:
    """What double quotes (straight, or curly: “ to open, ” to close) around the whole of ``line`` hold, one mark of
    ``ends`` allowed after them ('"Why now?".'); with ``plain``, no other double quote inside. ``None`` when the
    quotes do not wrap the line ("" for a pair of quotes with nothing in it)."""
    core = line[:-1] if line and line[-1] in ends else line
    if len(core) < 2 or core[0] not in OPENING or core[-1] not in CLOSING:
        return None
    inner = core[1:-1]
    return None if plain and any(mark in inner for mark in DOUBLE_QUOTES) else inner


def quotes_advice(line: str) -> bool:
    """A line whose only question is quoted after a colon, the words before it advice to the teller: a sentence of
    four words or more, mostly in lower case (not a title, "Leadership Principle - Ownership"), that does not say
    the quotation is asked ("The panel will often ask")."""
    if ":" not in line:
        return False  # no colon before a quotation: a quick look spares the pattern
    aside = _QUOTED_ASIDE.match(line)
    if aside is None:
        return False
    lead = aside.group(1)
    tail = lead.split()[1:]
    return len(tail) >= 3 and sum(w[:1].islower() for w in tail) * 2 > len(tail) and not _ASK_VERB.search(lead)


def words_to_say(text: str, lead: str) -> bool:
    """A paragraph wholly in double quotes (``text``) right under a lead-in of advice (``lead``, the paragraph above
    it, its last sentence closing in a colon, not told as I or we) that gives the teller words to say: "If asked
    anyway, reply with a question such as:" then '"Is there a part of my background you want to start with?"'.
    The quotation is the advice's, never a question of the page."""
    if quoted_whole(text.strip(), ".") is None:
        return False
    last = re.split(r"(?<=[.!?])\s+", lead.strip())[-1]
    return bool(_SAY_LEAD.search(last) or _REPLY_SUCH_AS.search(last)) and not _FIRST_PERSON.search(last)


def quotes_questions(line: str) -> bool:
    """A statement that holds two or more quoted questions and asks nothing of its own: every question mark is
    inside quotes, and its own words (four or more) say none of the quotations is asked ("For senior roles the
    talk moves from "How do I fix it?" to "How do we stop it?""). Quotations after "asks" are put to someone."""
    if sum(map(line.count, "\"“”")) < 4 or not _MARK.search(line):
        return False  # each quoted question takes two of these marks: cheap, and findall below is slow on long lines
    found = _QUOTED_ASKING.findall(line)
    outside = _QUOTED_ASKING.sub(" ", line)
    own = " ".join(lead for lead, _ in found) + " " + outside
    return len(found) >= 2 and not _MARK.search(own) and len(own.split()) >= 4 \
        and not any(_ASK_VERB.search(lead) for lead, _ in found)


# "Avoid leading questions ("How collaborative are you?")", "Don't ask "Where do you see yourself?"": a warning
# against a kind of question, with an example quoted (never "Don't you think ...?", which asks)
_WARNS = lazy_re(r"^(?:avoid|don'?t|do not|never|steer clear of)\b(?!\s+you\b)", re.IGNORECASE)


def warns_off(line: str) -> bool:
    """A line of advice that warns against a question and quotes an example of it: it opens with "Avoid",
    "Don't" or "Never", and every question mark is inside quotes."""
    if line[:1] not in "aAdDnNsS" or not _WARNS.match(line):
        return False  # most lines open otherwise: no need to look at the quotes
    found = _QUOTED_ASKING.findall(line)
    return bool(found) and not _MARK.search(_QUOTED_ASKING.sub(" ", line))
