"""A heading that names a kind of story by two words and a slash: the story's name, not the label of its first word.

A guide to a story bank heads each story it asks for with the themes it covers, put as alternatives::

    ### Ambiguity / Uncharted Territory Story
    **Question:** "Tell me about a time you ..."

    ## Mistakes / Failure Story

A label's subtitle after a dash or slash is dropped when its first words are a label (``Situation / Context`` is
the situation), but here the heading ends with "story" after the slash: the words before the slash
are the theme of one story (its title), never the challenges of a case or the red flags of the note above.
A subtitle with an article or a possessive (``Situation – the background of my story``) still describes a label,
and so does a plural (``Red flags / weak stories`` lists what a weak answer does).
"""

from __future__ import annotations

from ..lazyre import lazy_re

# after a dash or slash, one to four plain words ending in "story", none of them an article or possessive
_KIND = lazy_re(r"(?:\s*[/|–—]|\s+-)\s*(?!.*\b(?:the|a|an|my|your|our|this|that|of)\b)"
                r"[\w'&-]+(?: [\w'&-]+){0,3} story$")


def names_story_kind(text: str) -> bool:
    """``text`` (a normalised label: lower case, no marks) names one kind of story after a dash or slash."""
    return text.endswith("story") and _KIND.search(text) is not None
