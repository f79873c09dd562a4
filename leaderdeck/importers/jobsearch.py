"""The writer's account of their own job search in an interview-experience post: no answer to a prompt.

A post on "how I interviewed as a manager" tells its story under short headings (``## Reaching Out``,
``## Phone Screens``, ``## Making a Decision``, ``## Negotiating``) in the first person, and lists the questions it
was asked somewhere else on the page. Such a heading reads like a prompt of personal notes (``## Weaknesses`` over
"I rush the details"), and its text is told as I, but what it tells is the search itself: the companies tried,
the recruiters, the phone screens and on-sites, the offers. Its paragraphs are the post's narrative, reported
with their section, never the answer of a question named by the heading.

A section's text is such an account when half or more of its paragraphs name the search from the candidate's
side: recruiters, phone screens and on-sites, applying to companies, being interviewed at one, offers received,
an offer or salary negotiated. A manager's answer about hiring names interviews, offers and negotiation too (``I
rebuilt our interview loop``, ``offer acceptance rose``, ``I negotiated the scope with product``), so those words
alone say nothing of the writer's own search, and one that names the hiring side (candidates, hires, the team's
interviewers or its hiring loop: ``I set up phone screens with our recruiters for every candidate``) is no
account of it.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re

_MIN_PARAGRAPHS = 1
_SEARCH = lazy_re(r"\b(?:recruiters?|phone[- ]screens?|on-?sites?|applied (?:to|for|at)|job (?:search|hunt|applications?|offers?)"
                  r"|interviewed (?:at|with|for)|my (?:interviews|interview loops?)|glassdoor|total comp(?:ensation)?"
                  r"|base salary|signing bonus|offers"
                  r"|(?:got|received|had|ended (?:up )?with|accepted|declined|turned down|took) (?:an?|the|my|\w+) offers?"
                  r"|offers? (?:from|at)|negotiat\w* (?:my|the|an?) (?:offer|salary|package|comp\w*))\b",
                  re.IGNORECASE)
# the hiring side: the writer hires, and is not being hired
_HIRING = lazy_re(r"\b(?:(?:every|each|the|our|a|strong|senior) candidates?|candidates (?:we|i)|new hires|hires|hired"
                  r"|hiring (?:loop|pipeline|process|bar|plan|panel)|interviewers|headcount"
                  r"|our (?:recruiters?|interviews?|interview loop|phone screens?|on-?sites?|offers?))\b", re.IGNORECASE)


def tells_the_search(texts: list[str]) -> bool:
    """Whether the paragraphs ``texts`` (a section's text, told as I) are the writer's account of their job search
    (see the module docstring)."""
    filled = [text for text in texts if text.strip()]
    if len(filled) < _MIN_PARAGRAPHS:
        return False
    if any(_HIRING.search(text) for text in filled):
        return False
    return sum(1 for text in filled if _SEARCH.search(text)) * 2 >= len(filled)
