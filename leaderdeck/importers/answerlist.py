"""An answer whose label line leads into its own list::

    **A**: I keep feedback to one shape:
    - **Observation**: "The demo skipped the rollback plan."
    - **Impact**: "Support could not tell customers when it would be fixed."
    - **Request**: "Walk through the rollback first next time."

The text after the answer's label ends with a colon: the items after it are that answer's points, each kept as
written with its bold name, even a name that elsewhere labels a part of a story (``Impact``, ``Result``), unless
the list opens with such a part (then it tells a story in parts).
"""

from __future__ import annotations

from .unit import Piece

_COLONS = (":", "：")


def leads_into_list(piece: Piece) -> bool:
    """Whether ``piece`` is a labelled answer whose own line ends with a colon, opening the list under it."""
    return piece.slot == "answer" and bool(piece.label) and piece.rest.rstrip(" *_").endswith(_COLONS)
