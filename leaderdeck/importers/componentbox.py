"""A JSX component of an MDX page that boxes a few lines of text apart from the page's flow.

An MDX page sets a remark apart in a component of its own, its tags each on a line of their own::

    <Callout type="warning">
    Never blame the team.
    </Callout>

    <Encourager title="You have got this">
    A calm story shows maturity.
    </Encourager>

The tags are blanked like any component's (:mod:`.document`), but the text between them is no part of what
stands above it: left bare it ran on into the answer of the question above, or went with the section's other text.
Such a box reads like a Docusaurus admonition: its opening tag becomes a label over its text: its ``title`` when
that is a label of ours (``title="Sample answer"``, ``title="Red flags"``), else the kind its
``type`` (``variant``, ``kind``, ``severity``, ``status``, ``intent``, ``tone``) names or its own name does
(``Tip``, ``Warning``, ``InfoBox``): a tip's ``**Tips:**``, a warning's ``**Red flags:**``, any other box's
``**Note:**`` (the page's aside, a tip for the question above it or, between questions, reported as the page's
coaching). A component is such a box when its name or kind says so, or when it has a ``title`` and a name that is
no layout's (tabs, columns, steps, cards, an accordion: those hold the page's own content, answers included);
a box whose title asks (``title="Why do you want to leave?"``) or that holds a heading, a fence or another
component is left as it was. Only a component whose opening tag is one line and whose closing tag is found within
:data:`_MAX_LINES` lines is looked at.
"""

from __future__ import annotations

from ..lazyre import lazy_re
from .labels import slot
from .text import is_question

_MAX_LINES = 40
_OPEN = lazy_re(r"^<(?P<name>[A-Z][A-Za-z0-9]*)(?P<attrs>(?:\s[^<>]*)?)>$")
_ATTR = lazy_re(r"""\b(?P<key>[a-zA-Z]+)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|\{\s*["'](?P<bq>[^"']*)["']\s*\})""")
_KIND_KEYS = frozenset({"type", "variant", "kind", "severity", "status", "intent", "tone"})
_WORD = lazy_re(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# What a kind word (in the name or the kind attribute) makes of the box's text, as a label
_KINDS = {"tip": "Tips", "tips": "Tips", "hint": "Tips", "protip": "Tips", "success": "Tips",
          "warning": "Red flags", "warn": "Red flags", "caution": "Red flags", "danger": "Red flags",
          "error": "Red flags", "pitfall": "Red flags",
          "note": "Note", "info": "Note", "information": "Note", "callout": "Note", "admonition": "Note",
          "aside": "Note", "alert": "Note", "important": "Note", "highlight": "Note", "box": "Note"}
# Words of a layout component's name: its content is the page's own
_LAYOUT = frozenset({"tab", "tabs", "item", "details", "summary", "column", "columns", "grid", "row", "layout", "step",
                     "steps", "accordion", "collapse", "collapsible", "toggle", "card", "cards", "section", "page",
                     "wrapper", "container", "flex", "stack", "group", "list", "table", "question", "answer",
                     "faq", "qa", "story", "example", "code", "block"})


def box_label(lines: list[str], index: int) -> tuple[str, int] | None:
    """The label of the text boxed by the component opening at ``lines[index]`` and the index of its closing
    tag's line, or ``None`` when it is no box (see the module's docstring)."""
    match = _OPEN.match(lines[index].strip())
    if match is None or match["attrs"].rstrip().endswith("/"):
        return None
    closing = f"</{match['name']}>"
    end = next((i for i in range(index + 1, min(len(lines), index + _MAX_LINES))
                if lines[i].strip().startswith(f"</{match['name']}")), None)
    if end is None or lines[end].strip().replace(" ", "") != closing:
        return None
    body = [line.strip() for line in lines[index + 1:end] if line.strip()]
    if not body or any(line[:1] in "#<`~" or line.startswith(":::") for line in body):
        return None
    attrs = {m["key"].casefold(): m["dq"] if m["dq"] is not None else m["sq"] if m["sq"] is not None else m["bq"]
             for m in _ATTR.finditer(match["attrs"])}
    title = attrs.get("title", "").strip()
    if title and is_question(title):
        return None
    if title and slot(title) not in (None, "noise", "title"):
        return title.rstrip(" :"), end  # title="Sample answer", title="Red flags": the title says what the text is
    words = [word.casefold() for word in _WORD.findall(match["name"])]
    kinds = [value.strip().casefold() for key, value in attrs.items() if key in _KIND_KEYS]
    for word in (*kinds, *reversed(words)):
        if word in _KINDS:
            return _KINDS[word], end
    if title and not _LAYOUT.intersection(words):
        return "Note", end
    return None

