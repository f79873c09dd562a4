"""How a report line names a heading: by the words a reader sees, not its Markdown.

A link heading (``### [Tech Lead Questions](https://example.com/tl)``) is named by its words, never its address;
emphasis round the whole heading (``# **A teammate is slipping** :``) goes, and so does a colon left standing
apart at its end. A picture goes with the link around it, if any (a README's badge,
``# Questions [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)``): it shows no words.
"""

from __future__ import annotations

from ..lazyre import lazy_re
from .references import without_addresses
from .text import strip_emphasis

_APART = lazy_re(r"\s+[:：]$")  # "**Title** :": a colon set apart after the emphasis
# a picture, and the link around it when the picture is all it shows: "[![Awesome](badge.svg)](https://...)"
_PICTURE = lazy_re(r"\[\s*!\[[^\]]*\]\([^()\s]*\)\s*\]\([^()\s]*\)|!\[[^\]]*\]\([^()\s]*\)")


def heading_name(text: str) -> str:
    """``text`` (a heading's text) as a report line names it (see the module docstring)."""
    if "![" in text:
        text = " ".join(_PICTURE.sub("", text).split())
    return strip_emphasis(_APART.sub("", without_addresses(text).strip()))
