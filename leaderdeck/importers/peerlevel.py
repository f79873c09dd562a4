"""A band the document's text gives by naming the candidate's peers: "performed by the hiring manager and one peer
manager", "a panel of two peer staff engineers".

A peer is someone of the candidate's own band, so a peer named by a title names the band of the notes: weak
evidence, used only where neither the note nor the document states a level and the note's own words name no
role, and reported as guessed from that phrase. Whom the candidate meets otherwise ("with the hiring manager",
"your manager") names no band (:mod:`.bands`).
"""

from __future__ import annotations

import re

from ..model import Level
from ..taxonomy import Taxonomy
from .blocks import Document, PARAGRAPH, ITEM
from .evidence import Decided, label_level
from ..lazyre import lazy_re

# "peer" and the (up to three) words after it, the title of the peer; "peer review", "peer pressure" name none,
# and "a peer or manager" names two people, neither of them a peer manager
_PEER = lazy_re(r"\bpeer[ \t]+(?!(?:or|and|nor|vs|versus)\b)(?P<title>[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){0,2})",
                re.IGNORECASE)
_CONFIDENCE = 0.5


def peer_level(doc: Document, taxonomy: Taxonomy) -> Decided | None:
    """The band the first peer the document's text names by a title gives, as a weak guess; else ``None``."""
    for block in doc.blocks:
        if block.kind is not PARAGRAPH and block.kind is not ITEM or "peer" not in block.text.lower():  # few say it
            continue
        for match in _PEER.finditer(block.text):
            if found := _title_level(match.group("title").split(), taxonomy):
                title, level = found
                return Decided(level, "guessed", f"'peer {title}'", _CONFIDENCE, weak=True)
    return None


def _title_level(words: list[str], taxonomy: Taxonomy) -> tuple[str, Level] | None:
    """The title the words after "peer" open with and its band: up to the last word that changes the band the
    words name ("senior engineering manager"; "managers run this loop" is "managers")."""
    found, named = None, None
    for end in range(1, len(words) + 1):
        level = label_level(" ".join(words[:end]), taxonomy)
        if level is not None and level is not named:
            found = (" ".join(words[:end]), level)
        named = level
    return found
