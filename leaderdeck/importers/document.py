"""Reading a document's bytes, and cleaning up what copy-paste and site generators leave behind.

:func:`clean` keeps every line where it was (line numbers are those of the
file) and blanks what is not content, setting it aside with its line: YAML
front matter or TOML front matter (its ``key: value`` / ``key = value`` pairs kept as metadata), MDX ``import`` lines
and JSX component tags (a component boxing a few lines, ``<Callout type="tip">``, reads as an admonition's label
over them: :mod:`.componentbox`), a Notion callout's ``<aside>`` tags (its emoji may label it, see :func:`_notion_callout`),
HTML comments (``<!--more-->``, a StackEdit trailer) and Obsidian's (``%% ... %%``
opening a line, up to the line that closes it); a template's hint written as a comment on one line
(``<!-- FILL IN: keep it positive -->``, ``<!-- Hint: ... -->``) is kept as a tip item.
Docusaurus admonitions (``:::danger Red Flag``), MkDocs ones (``!!! note "Sample answer"``, see
:mod:`leaderdeck.importers.mkdocsboxes`) and GitBook's ``{% hint %}`` boxes and titled tabs
(:mod:`leaderdeck.importers.gitbooktags`, its other tags blanked) become a bold label, and ``• item``
lines (or ``.<TAB>item``, a pasted list whose bullet became a dot) Markdown list items, a ``◦`` line at the
margin nested under the ``•`` line above it (:mod:`.glyphnest`); Obsidian's Dataview fields (``Answer:: ...``)
read as labels and its block ids (`` ^d3f9a1``) dropped (:mod:`.obsidianmarks`); bold written with doubled markers
(``****Label:****``) is read as bold (:mod:`.doubledbold`). Text that
was UTF-8 but got decoded as Windows-1252 (``ðŸŽ¯`` for 🎯) is repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import SourceErrors
from ..textfile import read_text
from .base import DocumentError
from .componentbox import box_label as component_box
from .doubledbold import has_doubled_bold, single_bold
from .gluedlabels import glued_star_labels
from .glyphnest import glyph_nested, has_nested_glyphs
from .obsidianmarks import has_obsidian_marks, obsidian_read
from ..lazyre import lazy_re
from .invisible import shows_all, visible_lines
from .labels import slot
from .text import is_question
from .mkdocsboxes import box_label
from .gitbooktags import CLOSERS as GITBOOK_CLOSERS, gitbook_tag
from .tomlfront import toml_front_matter

MAX_BYTES = 8 * 1024 * 1024

_META = lazy_re(r"^([A-Za-z][\w -]{0,30}):\s*(.*)$")
_IMPORT = lazy_re(r"^(?:import|export)\s.+\bfrom\s+['\"].+['\"];?\s*$")
# a template's hint on one line, "<!-- FILL IN: 60-90 second pitch -->", "<!-- Hint: name the number -->": advice on
# the answer to write, kept as a tip (any other comment is set aside)
_HINT_COMMENT = lazy_re(r"^<!--\s*(?:fill[ -]?in|hint|tip|advice)\s*[:：-]\s*(?P<text>[^<>]*?\w[^<>]*?)\s*-->$",
                        re.IGNORECASE)
_COMPONENT_OPEN = lazy_re(r"^\s*<([A-Z][A-Za-z0-9]*)\b")
_COMPONENT_CLOSE = lazy_re(r"^\s*</[A-Z][A-Za-z0-9]*\s*>\s*$")
_ADMONITION = lazy_re(r"^\s*:::\s*([a-z]+)?\s*(.*)$")
_CALLOUT = lazy_re(r"^(\s*)>[ \t]?\[!([A-Za-z-]+)\][+-]?[ \t]*(.*)$")
_QUOTE = lazy_re(r"^(\s*)>[ \t]?")
_EXERCISE = "Exercise for the reader"  # a box of practice for the reader: no part of a note, reported
# What an Obsidian callout or GitHub alert without a title of its own is, as a label.
_CALLOUT_LABELS = {"tip": "Tips", "hint": "Tips", "important": "Tips", "warning": "Red flags", "caution": "Red flags",
                   "attention": "Red flags", "danger": "Red flags", "failure": "Red flags", "fail": "Red flags",
                   "missing": "Red flags", "bug": "Red flags", "error": "Red flags", "example": "Example",
                   "abstract": "TL;DR", "summary": "TL;DR", "tldr": "TL;DR", "answer": "Answer",
                   "exercise": _EXERCISE, "practice": _EXERCISE, "homework": _EXERCISE}
_ASKING_CALLOUTS = frozenset({"question", "faq", "help", "q"})
# What a Docusaurus admonition of a neutral type is, whatever its title: an aside, read as a tip
_ADMONITION_LABELS = {"note": "Note", "info": "Note", "success": "Tips"}
# A UTF-8 byte sequence whose bytes were each decoded as Windows-1252.
_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a" \
        "\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = lazy_re(
    f"(?:[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}})+"
)
_MOJIBAKE_LEAD = lazy_re("[\u00c2-\u00f4]")  # the characters a match of _MOJIBAKE starts with


@dataclass(frozen=True, slots=True)
class Cleaned:
    lines: tuple[str, ...]
    meta: tuple[tuple[str, str], ...] = ()
    aside: tuple[tuple[int, str], ...] = ()
    repaired: tuple[tuple[int, str, str], ...] = ()
    meta_lines: tuple[int, ...] = ()  # the line each pair of ``meta`` is on
    after_boxes: tuple[int, ...] = ()  # the first line after each admonition's body, outside it (1-based)


def read_document(path: Path, display: str) -> str:
    """The text of a file: UTF-8 (a BOM is fine) or UTF-16 with a BOM."""
    try:
        text = read_text(path, display, max_bytes=MAX_BYTES, kind="text document", size_advice="",
                         utf8_advice="save the document as UTF-8 and import it again", utf16=True)
    except SourceErrors as exc:
        problem = exc.problems[0]
        advice = _SAVE_AS.get(path.suffix.casefold())
        raise DocumentError(problem.path, 1 if advice else problem.line, advice or problem.message) from None
    if text.lstrip("\ufeff").startswith("{\\rtf"):  # RTF is text, but of a word processor's markup
        raise DocumentError(display, 1, _WORD)
    return text


# Formats people keep their prep in that are not text: what to save them as instead.
_WORD = ("a word-processor document, not text: save or download it as Markdown (.md), a web page (.html) or "
         "plain text (.txt), then import that")
_BOOK = ("a spreadsheet workbook, not text: export the sheet as CSV (File > Download or Save As > .csv), then import "
         "that")
_SAVE_AS = {".docx": _WORD, ".doc": _WORD, ".odt": _WORD, ".rtf": _WORD, ".pages": _WORD,
            ".xlsx": _BOOK, ".xls": _BOOK, ".ods": _BOOK, ".numbers": _BOOK,
            ".pdf": "a PDF, not text: copy its text into a .txt or .md file, then import that"}


def clean(text: str) -> Cleaned:
    """Lines of ``text`` with what is not content blanked (see the module docstring)."""
    repaired: list[tuple[int, str, str]] = []
    body = text.removeprefix("\ufeff")
    lines = body.splitlines()
    if not shows_all(body):  # a quick look at the whole text spares most documents a search of their lines
        lines = visible_lines(lines)
    lines = [line.rstrip() for line in lines]
    # a quick look at the whole text (an ASCII one needs none) spares most documents a search per line
    if not text.isascii() and _MOJIBAKE_LEAD.search(text):
        lines = _repaired(lines, repaired)
    lines, meta, aside = _front_matter(lines)
    if has_obsidian_marks(body):
        lines = obsidian_read(lines)  # "Answer:: ...": a label; "... ^d3f9a1": no text
    if has_doubled_bold(body):
        lines = single_bold(lines)  # "****Question****": bold with doubled markers, as some exporters write it
    if has_nested_glyphs(body):
        lines = glyph_nested(lines)  # "• Why leave?" then "◦ Growth stalled.": the answer nested under its bullet
    after_boxes: list[int] = []
    aside += _set_aside(lines, after_boxes)
    lines = glued_star_labels(lines)  # "S-The export stalled." then "A-I ...": a story's parts keyed by letter
    return Cleaned(tuple(lines), tuple((key, value) for _, key, value in meta), tuple(sorted(aside)), tuple(repaired),
                   tuple(line for line, _, _ in meta), tuple(after_boxes))


def _repaired(lines: list[str], repaired: list[tuple[int, str, str]]) -> list[str]:
    """``lines`` with their damaged UTF-8 repaired (see :func:`_repair`): only a line holding a character a damaged
    sequence starts with (an accented letter, mostly) is tried."""
    return [_repair(line, number, repaired) if _MOJIBAKE_LEAD.search(line) else line
            for number, line in enumerate(lines, 1)]


def _repair(line: str, number: int, repaired: list[tuple[int, str, str]]) -> str:
    def fix(match: re.Match[str]) -> str:
        damaged = match.group(0)
        try:
            good = b"".join(_byte(ch) for ch in damaged).decode("utf-8")
        except (UnicodeDecodeError, ValueError):
            return damaged
        repaired.append((number, damaged, good))
        return good

    return _MOJIBAKE.sub(fix, line)


def _byte(char: str) -> bytes:
    try:
        return char.encode("cp1252")
    except UnicodeEncodeError:
        if ord(char) < 0x100:  # bytes Windows-1252 leaves undefined pass through as C1 controls
            return bytes([ord(char)])
        raise ValueError(char) from None


def _front_matter(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]], list[tuple[int, str]]]:
    """Blank a leading ``---`` ... ``---`` block (or a TOML ``+++`` one); keep its ``key: value`` pairs with their
    lines."""
    if (toml := toml_front_matter(lines)) is not None:
        return [""] * (toml[0] + 1) + lines[toml[0] + 1:], toml[1], [(1, "front matter")]
    if not lines or lines[0].strip() != "---":
        return lines, [], []
    end = next((i for i, line in enumerate(lines[1:200], 1) if line.strip() in {"---", "..."}), None)
    inside = [line for line in lines[1:end or 1] if line.strip()]
    if end is None or not all(_META.match(line) or line[:1].isspace() or line.lstrip().startswith(("#", "- "))
                              for line in inside):
        return lines, [], []
    meta = [(number, m.group(1).strip(), _scalar(m.group(2).strip()) or _listed_under(lines, number, end))
            for number, line in enumerate(lines[1:end], 2) if (m := _META.match(line))]
    return [""] * (end + 1) + lines[end + 1:], meta, [(1, "front matter")]


def _scalar(value: str) -> str:
    """A front-matter value without the quotes enclosing it: ``"How to answer 'X'"`` gives ``How to answer 'X'``,
    while a value that only ends on a quote of its own (``How to answer "X"``) keeps it."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].replace("''", "'") if value[0] == "'" else value[1:-1]
    return value.strip("'\"") if value[:1] in "'\"" else value


def _listed_under(lines: list[str], number: int, end: int) -> str:
    """The items of a block list under the key on line ``number`` (``tags:`` over ``- conflict`` / ``- hiring``),
    joined by commas; ``""`` when none follows it."""
    items = []
    for line in lines[number:end]:
        item = line.strip()
        if not item.startswith("- "):
            break
        items.append(item[2:].strip().strip("'\""))
    return ", ".join(filter(None, items))


def _set_aside(lines: list[str], after_boxes: list[int]) -> list[tuple[int, str]]:
    """Blank MDX imports, JSX component tags and HTML comments in place; turn admonitions into labels, adding to
    ``after_boxes`` the first line after each MkDocs box's body (1-based). Only a line whose first character
    opens one of these (or a fence) is looked at further."""
    aside: list[tuple[int, str]] = []
    fence = ""
    done = 0  # the lines before it are a construct's already handled
    for index, line in enumerate(lines):
        stripped = line.strip()
        if index < done or stripped[:1] not in _OPENERS:
            continue
        if stripped.startswith(("```", "~~~")):
            fence = "" if fence and stripped.startswith(fence) else (fence or stripped[:3])
        elif not fence and stripped.startswith(_CONSTRUCT_STARTS):
            done = _one(lines, index, aside, after_boxes) + 1
        elif not fence and (stripped[:1] in _BULLETS and stripped[1:2].isspace() or stripped[:2] == ".\t"):
            # "• Tell me about...", and ".<TAB>Tell me about..." (a pasted list whose bullet glyph became a dot):
            # a list item, as Markdown writes it, one space after its mark (after a tab, Markdown would want the
            # items nested under it four columns in, not the two :mod:`.glyphnest` gives them)
            lines[index] = _BULLET.sub(r"\1- ", line, count=1)
    return aside


_BULLETS = frozenset("•◦▪‣·")
_BULLET = lazy_re(r"^(\s*)(?:[•◦▪‣·]|\.(?=\t))[ \t]+")
_CONSTRUCT_STARTS = ("import", "export", "<", ">", ":::", "!!!", "???", "%%", "{%")  # how the lines :func:`_one` handles start, stripped
_OPENERS = frozenset("`~ie<>:!?.%{") | _BULLETS  # the first characters of a fence, a construct and a bullet


def _one(lines: list[str], index: int, aside: list[tuple[int, str]], after_boxes: list[int]) -> int:
    """Handle the construct starting at ``index``; the index of its last line."""
    stripped = lines[index].strip()
    if _IMPORT.match(stripped):
        lines[index] = ""
        aside.append((index + 1, "an import line"))
    elif stripped.startswith("%%"):  # an Obsidian comment, "%% to do: shorten %%": hidden from the page
        end = index if "%%" in stripped[2:] else \
            next((i for i in range(index + 1, len(lines)) if "%%" in lines[i]), index)
        for i in range(index, end + 1):
            lines[i] = ""
        aside.append((index + 1, "an Obsidian comment"))
        return end
    elif stripped.casefold() == "<aside>":
        return _notion_callout(lines, index)
    elif stripped.startswith("<!--") and (hint := _HINT_COMMENT.match(stripped)):
        lines[index] = f"- **Tip:** {hint['text'].strip()}"  # "<!-- FILL IN: keep it positive -->": how to answer
        return index
    elif stripped.startswith("<!--"):
        end = next((i for i in range(index, len(lines)) if "-->" in lines[i]), len(lines) - 1)
        for i in range(index, end + 1):
            lines[i] = ""
        aside.append((index + 1, "an HTML comment"))
        return end
    elif stripped[1:2].isupper() and (box := component_box(lines, index)) is not None:
        label, end = box  # "<Callout type="tip">" over a few lines: a box, read as an admonition (.componentbox)
        lines[index], lines[end] = f"**{label}:**", ""
        return index
    elif (match := _COMPONENT_OPEN.match(stripped)) or _COMPONENT_CLOSE.match(stripped):
        end = index if not match else next((i for i in range(index, len(lines)) if lines[i].rstrip().endswith(">")),
                                           index)
        for i in range(index, end + 1):
            lines[i] = ""
        aside.append((index + 1, f"a <{match.group(1)}> component" if match else "a component's closing tag"))
        return end
    elif stripped.startswith(">") and (match := _CALLOUT.match(lines[index])):
        return _callout(lines, index, match)
    elif stripped.startswith(":::") and (match := _ADMONITION.match(stripped)):
        kind, title = (match.group(1) or "").casefold(), match.group(2).strip().strip(":").strip()
        if title.startswith("[") and title.endswith("]"):
            title = title[1:-1].strip()  # ":::tip[Pacing]", Docusaurus 3's way of titling a box
        if kind or title:
            # a title naming a part of a note ("Red Flag", "Sample answer") is the label; any other title
            # (":::note My aside") is the box's own name: the box's type says what its text is, never the answer
            label = title if title and slot(title) is not None else \
                _CALLOUT_LABELS.get(kind) or _ADMONITION_LABELS.get(kind) or title or kind.capitalize()
            lines[index] = f"**{label.rstrip(':')}:**"
        else:  # ":::" closing a box: the text after it is back outside the box
            lines[index] = ""
            if (after := _next_text(lines, index + 1)) is not None:
                after_boxes.append(after + 1)
    elif stripped.startswith("{%") and (tag := gitbook_tag(stripped)) is not None:
        name, lines[index] = tag
        if not lines[index]:
            aside.append((index + 1, "a GitBook tag"))
        if name in GITBOOK_CLOSERS and (after := _next_text(lines, index + 1)) is not None:
            after_boxes.append(after + 1)  # "{% endhint %}": the text after it is outside the box
    elif stripped.startswith(("!!!", "???")) and (after := box_label(lines, index, _CALLOUT_LABELS, _ASKING_CALLOUTS)) is not None \
            and after < len(lines):
        after_boxes.append(after + 1)
    return index


def _next_text(lines: list[str], start: int) -> int | None:
    """The index of the first line from ``start`` on that holds text, or None."""
    return next((i for i in range(start, len(lines)) if lines[i].strip()), None)


def _callout(lines: list[str], index: int, match: re.Match) -> int:
    """An Obsidian callout or GitHub alert (``> [!question] Title`` and the quoted lines under it): its
    title a heading when it asks (so the lines under it answer), else a label; its lines unquoted. A box with a
    title and nothing under it says its title: the text of what its kind names (``> [!tip] Be brief.`` a tip). A question
    callout whose title is only a label naming the question (``Answers``, ``Question``) over a line that asks labels
    that line as the question of the section it is in (``Follow-ups`` over questions stays a label)."""
    kind, title = match.group(2).casefold(), match.group(3).strip()
    end = index
    while end + 1 < len(lines) and lines[end + 1].lstrip().startswith(">"):
        end += 1
        lines[end] = _QUOTE.sub(r"\1", lines[end], count=1)
    if kind in _ASKING_CALLOUTS and _labels_its_question(title, lines, index, end):
        lines[index] = "**Question:**"  # "> [!question] Answers" over "> Tell me about ...?": the section's question
    elif kind in _ASKING_CALLOUTS:
        lines[index] = f"###### {title}" if title else ""
    elif title and not any(line.strip() for line in lines[index + 1:end + 1]):
        # "> [!tip] Say what you changed." with nothing quoted under it: the title is what the box says
        label = _CALLOUT_LABELS.get(kind, "")
        lines[index] = f"**{label}:** {title}" if label else title
    else:
        label = title or _CALLOUT_LABELS.get(kind, "")
        lines[index] = f"**{label.rstrip(':')}:**" if label else ""
    return end


_ASKED_SLOTS = frozenset({"question", "answer", "covers"})  # what a question callout's label may name: its question


def _labels_its_question(title: str, lines: list[str], index: int, end: int) -> bool:
    """Whether a question callout's ``title`` is a short label naming the question (``Question``, ``Answers``,
    ``Use for``), not a question, and its first line asks."""
    if not title or "?" in title or len(title.split()) > 3 or slot(title.rstrip(":")) not in _ASKED_SLOTS:
        return False  # "Follow-ups" over questions: the interviewer's follow-ups, read under their label
    first = next((line.strip() for line in lines[index + 1:end + 1] if line.strip()), "")
    return bool(first) and is_question(first)


# What a Notion callout's emoji says its text is: a warning's red flags (the bulb, 💡, is Notion's default for any
# callout: it says nothing)
_CALLOUT_EMOJI = {"⚠": "Red flags", "🚫": "Red flags", "❌": "Red flags", "⛔": "Red flags", "🚩": "Red flags",
                  "❗": "Red flags"}
_MAX_ASIDE_LINES = 60


def _notion_callout(lines: list[str], index: int) -> int:
    """A Notion callout (``<aside>`` on its own line, an emoji opening its text, ``</aside>``): its tags go, so its
    text is Markdown like any other; a warning's emoji (⚠️, 🚫, ❌, 🚩) makes it a ``**Red flags:**`` label over
    the text, and the emoji goes; any other emoji (💡, Notion's default) stays, the text's own. The index of its
    closing line (its own when none closes it)."""
    end = next((i for i in range(index + 1, min(len(lines), index + _MAX_ASIDE_LINES))
                if lines[i].strip().casefold() == "</aside>"), None)
    if end is None:
        return index
    first = next((i for i in range(index + 1, end) if lines[i].strip()), None)
    label = _CALLOUT_EMOJI.get(lines[first].strip()[:1]) if first is not None else None
    lines[index], lines[end] = "", ""
    if label is not None and first is not None:
        text = lines[first].strip()[1:].lstrip("\ufe0f").strip()
        lines[index] = f"**{label}:**"
        lines[first] = text
        if first > index + 1:  # a blank line between the tag and the text: the label sits right over it
            lines[first - 1], lines[index] = lines[index], ""
    return end
