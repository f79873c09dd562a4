"""GitBook's template tags, each alone on its line: boxes become labels, the other tags go.

A page exported from GitBook keeps its blocks as Liquid-style tags::

    {% hint style="warning" %}
    Do not blame the other team.
    {% endhint %}

    {% tabs %}
    {% tab title="Sample answer" %}
    I moved the launch a week and said why the same day.
    {% endtab %}
    {% endtabs %}

Read as text, the tags would sit in a note's answer or tip. A ``hint`` opens a box whose style says what it holds,
as an admonition's type does (``warning`` and ``danger`` warn: red flags; ``info``, ``success`` and ``tip`` tip), and
becomes that bold label; a ``tab`` with a title becomes its title as a label (``**Sample answer:**``), so the text
under it is read under that name; every other tag (``endhint``, ``tabs``, ``endtab``, ``embed``, ``content-ref``,
``code``) is blanked. A line that holds more than the one tag is left as it is.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_TAG = lazy_re(r"^\{%-?\s*([a-z][\w-]*)\s*(.*?)\s*-?%\}$")
_ATTRIBUTE = lazy_re(r"""\b(style|title)\s*=\s*["']([^"']*)["']""")
_HINT_LABELS = {"warning": "Red flags", "danger": "Red flags", "info": "Tips", "success": "Tips", "tip": "Tips"}
CLOSERS = frozenset({"endhint", "endtab", "endtabs"})  # the tags that close a box: what follows is outside it


def gitbook_tag(stripped: str) -> tuple[str, str] | None:
    """``(name, line)`` for a line (stripped) that is one GitBook tag: the tag's name and what the line becomes (a
    bold label, or ``""``); ``None`` for any other line."""
    match = _TAG.match(stripped)
    if match is None:
        return None
    name = match.group(1)
    attributes = {found.group(1): found.group(2) for found in _ATTRIBUTE.finditer(match.group(2))}
    if name == "hint":
        label = _HINT_LABELS.get(attributes.get("style", "info").casefold(), "Tips")
        return name, f"**{label}:**"
    if name == "tab" and (title := attributes.get("title", "").strip().rstrip(":")):
        return name, f"**{title}:**"
    return name, ""
