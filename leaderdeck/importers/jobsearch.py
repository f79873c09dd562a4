"""The writer's account of their own job search in an interview-experience post: no answer to a prompt.

A post on "how I interviewed as a manager" tells its story under short headings (``## Reaching Out``,
``## Phone Screens``, ``## Making a Decision``, ``## Negotiating``) in the first person, and lists the questions it
was asked somewhere else on the page. Such a heading reads like a prompt of personal notes (``## Weaknesses`` over
"I rush the details"), and its text is told as I, but what it tells is the search itself: the companies tried,
the recruiters, the phone screens and on-sites, the offers. Its paragraphs are the post's narrative, reported
with their section, never the answer of a question named by the heading.

A section's text is such an account when half or more of its paragraphs name the search: the
interviews and their rounds (phone screens, on-sites, loops), recruiters and hiring managers,
applications, offers, negotiation, compensation.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re

_MIN_PARAGRAPHS = 1
_SEARCH = lazy_re(r"\b(?:interview(?:s|ed|ing)?|recruiters?|phone[- ]screens?|on-?sites?|hiring managers?"
                  r"|offers|an offer|(?:job )?applications?|applied to|negotiat(?:e|ed|ing|ion)"
                  r"|compensation|total comp|glassdoor|job search)\b", re.IGNORECASE)


def tells_the_search(texts: list[str]) -> bool:
    """Whether the paragraphs ``texts`` (a section's text, told as I) are the writer's account of their job search
    (see the module docstring)."""
    filled = [text for text in texts if text.strip()]
    if len(filled) < _MIN_PARAGRAPHS:
        return False
    return sum(1 for text in filled if _SEARCH.search(text)) * 2 >= len(filled)
