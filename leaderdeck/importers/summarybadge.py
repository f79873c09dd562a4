"""The title of a ``<details>`` section written in Markdown, without the badge that numbers it.

Blog themes number a run of folded questions with a styled badge before the summary's words:
``<summary><code class="language-plaintext highlighter-rouge">#1</code> Why did you move teams?</summary>``. The
badge (an inline element that only styles text, holding a number or ``#`` tag: ``#1``, ``Q3``, ``[12]``) numbers
the section and is dropped; the words after it are the title. Code in the words themselves (``How does
<code>rebase</code> work?``) stays.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re

# a styling element at the summary's start holding a number or a "#" tag, then the title's words
_BADGE = lazy_re(r"^\s*<(code|span|kbd|mark|small|sup|font)\b[^>]*>\s*"
                 r"(?:[#\[(]?[A-Za-z]{0,8}[-#.]?\d{1,3}(?:\.\d{1,3})?[\])]?[.:]?|#[\w-]{1,20})\s*</\1>\s*(?=\S)",
                 re.IGNORECASE)


def without_badge(summary: str) -> str:
    """``summary`` (the HTML inside ``<summary>``) without a leading badge that numbers it (see the module)."""
    return _BADGE.sub("", summary, count=1)
