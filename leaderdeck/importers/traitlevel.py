"""Level words in a section heading that say nothing of whom the section is for.

A heading names the level of the notes under it when it says whom they are for (``## For Directors``,
``## Staff Engineer questions``). A level word that qualifies a trait (``Executive Presence``, ``Senior
Judgment``) names a quality, not a band; one that is the object of what the candidate does to others, right after
an ``-ing`` verb (``Developing Senior Leaders``, ``Coaching staff engineers``), names the people the candidate
grows or leads. Both are set aside before the heading is read for a level; a verb that chooses or makes the
candidate (``Hiring``, ``Interviewing``, ``Becoming``) keeps its object. "Principals" after a word that goes with
principles (``Amazon 16 Leadership Principals``, ``Our Core Principals``) is that word misspelt, never the band.
"""

from __future__ import annotations

import re
from ..lazyre import lazy_re

# band words used as adjectives ("Senior Engineer", "Executive Presence")
_BAND = r"(?:senior|sr|staff|principal|executive|distinguished)"
# what a band word may qualify and still name whom a section is for: a person, a band, a role, the interview
_WHOM = (r"(?:engineers?|managers?|directors?|leaders?|ics?|individual|contributors?|developers?|architects?|staff"
         r"|levels?|roles?|tracks?|bands?|candidates?|hires?|positions?|people|members?|swes?|sdes?|ems?|vps?"
         r"|engineering|software|questions?|interviews?|rounds?|loops?|prep|preparation|only|and|or|to|vs|plus)")
# a band word whose next words, up to three, name no one: a trait ("Senior Data Engineer" names one)
_TRAIT = lazy_re(rf"\b{_BAND}[ \t]+(?!(?:[A-Za-z][\w-]*[ \t]+){{0,2}}{_WHOM}\b)[A-Za-z][\w-]*", re.IGNORECASE)
# "Developing Senior Leaders": a verb in -ing at the heading's start, its object right after it (no article),
# people in the plural
_OBJECT = lazy_re(r"^(?P<verb>[A-Za-z]+ing)[ \t]+(?!(?:a|an|the|as|for|to|into|at|in|on|with|your|my)\b)"
                  r"(?P<object>(?:[A-Za-z][\w+-]*[ \t]+){0,3}(?:leaders|engineers|managers|directors|executives"
                  r"|ics|developers|architects|people|reports|staff|vps))\b", re.IGNORECASE)
# verbs whose object is the candidate (the section is for them), and "Engineering", a field
_CHOOSING = frozenset({"engineering", "hiring", "interviewing", "recruiting", "becoming", "being", "preparing", "applying",
                       "onboarding", "promoting", "leveling", "levelling", "screening", "assessing", "evaluating"})
# "Leadership Principals", "our core principals": principles misspelt, no band of principal engineers
_MISSPELT = lazy_re(r"\b(?:leadership|core|guiding|company|team|engineering|management)[ \t]+principals\b",
                    re.IGNORECASE)
_NUMBER = lazy_re(r"^\W*(?:\d+(?:\.\d+)*[.):]?\s+)?")  # "3. ", "2.1 "


def whom_for(heading: str) -> str:
    """``heading`` with its trait phrases and the object of a verb of growing or leading others blanked: what
    is left names whom the section is for, if anything."""
    text = _NUMBER.sub("", heading, count=1)
    if (found := _OBJECT.match(text)) is not None and found.group("verb").casefold() not in _CHOOSING:
        text = text[:found.start("object")] + " · " + text[found.end("object"):]
    return _TRAIT.sub(" · ", text)


def principles_aside(label: str) -> str:
    """``label`` with "principals" blanked where it is "principles" misspelt (``Leadership Principals``): no band."""
    return _MISSPELT.sub(" · ", label) if "rincipals" in label else label
