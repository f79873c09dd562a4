"""Spreadsheets (CSV, TSV) and Anki's "Notes in Plain Text" export -> notes, one per row.

Columns are mapped by their header, in any order and spelling ("Ideal Answer",
"ideal_answer", "IdealAnswer", "response", "answer_text" are all the answer);
``--columns question=Name,...`` overrides. A row with STAR columns is a star
note, else a Q&A note; a row without an answer is a draft. Columns nobody maps
are reported, and kept as coach tips with ``--keep-columns``. Every row is kept;
a question on several rows, and an unanswered row whose question does not read
as one ("We will now begin."), are reported. A Markdown table whose header names a
question column is read the same way (:func:`import_table`). Anki's export
(``#separator:tab``, ``#html:true``, ``#guid column:1``...) has no header row:
its columns are the note type's fields, read by name for leaderdeck's own note
types, else first field the question, second the answer; HTML fields become
Markdown.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import PurePath

from .cellasks import cell_questions
from .cellparts import cell_parts, cell_story
from ..model import Coach, Kind, QaBody, StarBody
from .base import Attention, DocumentError, Parsed, ParseResult, Skipped
from .blanks import blank_reasons
from .forked import map_in_two
from .gluedtext import unglued
from .headers import ROLE_COLUMN, Columns, answer_keywords, asking_header, header_mapping, named_by_label
from .labels import STAR_SLOTS, numbered_story
from .listing import short
from .rowcheck import row_checks
from .scenerows import SCENE_FIELDS, scene_row
from .scorecolumns import score_columns
from .noheader import NULL, headerless, read_as
from .tabbedtext import tab_separated
from .wholerows import opened_rows
from .sheetcarry import carried_answer, joined as joined_row, rows_named
from .text import split_number
from .sheetrows import HEADER_SEARCH, group_name, header_index, repeats_header, rule_row, totals_row
from .placeholders import is_placeholder
from ..lazyre import lazy_re

SUFFIXES = frozenset({".csv", ".tsv", ".tab"})
_BREAK = lazy_re(r"\s*<br\s*/?>\s*", re.IGNORECASE)  # a line break inside a Markdown table's cell
_ANKI_HEADER = lazy_re(r"^#([a-z ]+):(.*)$")
_STORY_COLUMNS = 3  # STAR columns in the header, at the least, for a sheet of stories


def is_spreadsheet(text: str, name: str) -> bool:
    return PurePath(name).suffix.casefold() in SUFFIXES or text.lstrip("\ufeff").startswith("#separator:") \
        or tab_separated(text, name)  # a sheet saved as .txt: Anki's older export, a table saved as text


def import_rows(text: str, name: str, display: str, columns: Columns = Columns()) -> ParseResult:
    text = text.removeprefix("\ufeff")
    settings, skip = _anki_settings(text)
    delimiter = _delimiter(text, name, settings)
    if not settings and delimiter != "\t":
        delimiter = _naming_delimiter(text, delimiter, columns)
    rows = _rows(text, skip, delimiter, display)
    if not settings and (opened := _opened(rows, delimiter, columns)) is not None:
        rows = opened  # '"role,question,level"' over '"Lead,How do you ...?,Senior"': each row quoted whole
    bare = False  # a sheet of cards with no header row (:mod:`.noheader`)
    if settings:
        header, data = _anki_header(settings, rows), rows
    elif rows:  # a title row (or a note, a date) may stand above the header: the header is the row naming a question
        at = header_index(rows, lambda cells: _asks_or_tells(header_mapping(cells, columns)[0]))
        header, data, above = [cell.strip() for cell in rows[at][1]], rows[at + 1:], rows[:at]
        if not columns.mapping and not _asks_or_tells(header_mapping(header, columns)[0]) \
                and (names := headerless(rows, tagged=tab_separated(text, name))) is not None:
            header, data, above, bare = names, rows, [], True  # "What is X?,It is ...": no header row
    else:
        header, data = [], []
    mapping, unknown = _map(header, columns, display)
    html = settings.get("html", "").strip() == "true"
    result = _notes(header, data, mapping, unknown, columns, html=html,
                    header_line=rows[at][0] if not settings and rows else 1)
    if bare:
        read = Attention(rows[0][0], f"no header row: {read_as(header)}")
        result = replace(result, attention=(read, *result.attention))
    if settings or not rows or not above:
        return result
    titles = tuple(Skipped(line, f"'{short(' '.join(c.strip() for c in cells if c.strip()))}'",
                           "a row above the header (not a question)") for line, cells in above)
    return replace(result, skipped=titles + result.skipped)


def import_table(rows: Sequence[Sequence[str]], lines: Sequence[int],
                 columns: Columns = Columns()) -> ParseResult | None:
    """A table's rows (header first, each on ``lines``) read as a spreadsheet would read them; ``None`` when the
    header names no question column (the table is then text, not notes)."""
    if not rows:
        return None
    header = [cell.strip() for cell in rows[0]]
    mapping, unknown = header_mapping(header, columns)
    if not _asks_or_tells(mapping):
        return None
    data = [(line, [_BREAK.sub("\n", cell) for cell in cells]) for line, cells in zip(lines[1:], rows[1:])]
    return _notes(header, data, mapping, unknown, columns, html=False, header_line=lines[0] if lines else 1)


def _notes(header: list[str], data: list[tuple[int, list[str]]], mapping: dict[int, str], unknown: list[str],
           columns: Columns, *, html: bool, header_line: int) -> ParseResult:
    notes, skipped = [], [Skipped(header_line, f"column '{h}'", "not read (--keep-columns keeps it as a coach tip)")
                          for h in unknown if not columns.keep_unknown]
    scores = score_columns(data, mapping) if not columns.mapping else set()  # "Evaluation": "7/10" on each row
    mapping = {i: field for i, field in mapping.items() if i not in scores}
    skipped.extend(Skipped(header_line, f"column '{header[i]}'", "scores, not part of a note") for i in sorted(scores))
    given = {name.casefold() for _, name in columns.mapping}
    named = frozenset(i for i, field in mapping.items() if field == "tips" and header[i].casefold() not in given
                      and named_by_label(header[i]))  # "Metrics to Mention": its tips keep what the header says
    labels = {field: header[index] for index, field in mapping.items() if index < len(header)}
    posed = tuple(header[i] for i in sorted(named) if asking_header(header[i]))  # "What would you do?"
    joined: dict[int, list[int]] = {}  # a row's line -> the lines of the rows carrying on its answer
    stories = sum(field in STAR_SLOTS for field in set(mapping.values())) >= _STORY_COLUMNS  # a column a part
    to_write = stories and _left_to_write(data, mapping)  # "| Production incident | | | | |": stories to write
    group = ""
    order: list[Skipped | int] = []  # in the rows' order: what a row reports by itself, or the row to read
    rows: list[tuple[int, list[str], str]] = []  # the rows to read, each with the group above it
    carry = carried_answer(mapping)
    for line, cells in data:
        if carry and order and isinstance(order[-1], int) and carry(rows[-1][1], cells):
            rows[-1] = (rows[-1][0], joined_row(rows[-1][1], cells, carry.answer), rows[-1][2])
            joined.setdefault(rows[-1][0], []).append(line)
        elif repeats_header(cells, header):
            order.append(Skipped(line, "the header row again", "not a question"))
        elif rule_row(cells):  # "-----" / "=====": a line drawn between rows
            order.append(Skipped(line, "a separator row", "not a question"))
        elif totals_row(cells):  # "Total,,,,12": the sum of the rows above
            order.append(Skipped(line, "a totals row", "not a question"))
        elif not to_write and (name := group_name(cells)):  # "LEADERSHIP" alone in its row: the rows' group
            group = name
            order.append(Skipped(line, f"group row '{short(name)}'", "the category of the rows under it"))
        else:
            order.append(len(rows))
            rows.append((line, cells, group))
    skipped.extend(Skipped(lines[0], f"{rows_named(lines)} with no question of their own",
                           f"joined to the answer of line {above}, its question cell merged down them")
                   for above, lines in joined.items())
    # each row read on its own: for thousands of rows, in two processes (:func:`.forked.map_in_two`)
    made = map_in_two(partial(_row_note, header=header, mapping=mapping, html=html, keep=columns.keep_unknown,
                              named=named, labels=labels, posed=posed, stories=stories, to_write=to_write), rows)
    for item in order:
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        note, reported = made[item]
        skipped.extend(reported)
        if note is not None:
            notes.append(note)
    return ParseResult(notes=tuple(notes), skipped=tuple(skipped),
                       attention=row_checks(notes))


def _row_note(row: tuple[int, list[str], str], *, header: list[str], mapping: dict[int, str], html: bool,
              keep: bool, named: frozenset[int], labels: dict[str, str], posed: tuple[str, ...],
              stories: bool, to_write: bool = False) -> tuple[Parsed | None, list[Skipped]]:
    """A row's note (``None``: the row asks nothing), and what reading it reports; ``row`` is its line, its cells
    and the name of the group row above it."""
    line, cells, group = row
    skipped: list[Skipped] = []
    values = _values(cells, header, mapping, html, keep, named)
    if group and not values.get("topic"):
        values["topic"] = [group]
    if values.get("question"):  # "...at all times.”What is ...?": a scraper's text glued on, cut and reported
        values["question"][0], cut = unglued(values["question"][0])
        if cut:
            skipped.append(Skipped(line, f"'{short(cut)}' before the question", "text glued onto it: cut"))
        number, asked = split_number(values["question"][0])  # "Q3: What ...?", "2) Why us?": the row's number
        if number is not None and asked:
            values["question"][0] = asked
    note = _note(values, line, labels, stories, posed, to_write)
    if note is None and any(c.strip() for c in cells):
        skipped.append(Skipped(line, "a row", "no question"))
    return note, skipped


def _anki_settings(text: str) -> tuple[dict[str, str], int]:
    settings: dict[str, str] = {}
    lines = text.split("\n")
    count = 0
    for line in lines:
        match = _ANKI_HEADER.match(line.rstrip("\r"))
        if not match:
            break
        settings[match.group(1).strip()] = match.group(2)
        count += 1
    return settings, count


def _delimiter(text: str, name: str, settings: dict[str, str]) -> str:
    named = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ", "colon": ":"}
    if "separator" in settings:
        value = settings["separator"].strip().casefold()
        return named.get(value, value[:1] or "\t")
    if PurePath(name).suffix.casefold() in (".tsv", ".tab") or tab_separated(text, name):
        return "\t"
    for first in text.split("\n", HEADER_SEARCH)[:HEADER_SEARCH]:  # a title row above the header may have none
        counts = {d: first.count(d) for d in (",", "\t", ";", "|")}
        best = max(counts, key=counts.__getitem__)
        if counts[best]:
            return best
    return ","


def _naming_delimiter(text: str, guessed: str, columns: Columns) -> str:
    """The separator under which a header naming a question column is found among the first rows: ``guessed``
    (from the first line holding one) unless only another finds it (a title row ``Prep, 2024`` above a header
    separated by ``;``)."""
    head = "\n".join(text.split("\n", HEADER_SEARCH + 1)[:HEADER_SEARCH])
    for delimiter in dict.fromkeys((guessed, ";", ",", "\t", "|")):
        if delimiter not in head:
            continue
        try:
            rows = list(csv.reader(io.StringIO(head, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        if any(sum(1 for c in cells if c.strip()) >= 2 and _asks_or_tells(header_mapping([c.strip() for c in cells],
                                                                                           columns)[0])
               for cells in rows):
            return delimiter
    return guessed


def _rows(text: str, skip: int, delimiter: str, display: str) -> list[tuple[int, list[str]]]:
    body = "\n".join(text.split("\n")[skip:])
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
    rows = []
    start = skip + 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((start, cells))
            start = skip + reader.line_num + 1
    except csv.Error as exc:
        raise DocumentError(display, skip + reader.line_num, f"not a readable spreadsheet row: {exc}") from None
    return rows


def _anki_header(settings: dict[str, str], rows: list[tuple[int, list[str]]]) -> list[str]:
    """Column names of an Anki export: ``#columns:`` if given, else the note type's fields."""
    width = max((len(cells) for _, cells in rows), default=0)
    if "columns" in settings:
        named = [c.strip() for c in re.split(r"[\t,;]", settings["columns"])] + [""] * width
        tags = settings.get("tags column", "").strip()
        if tags.isdigit() and 0 < int(tags) <= len(named):
            named[int(tags) - 1] = "#tags"  # "#columns:Front Back Tags" with "#tags column:3": Anki's tags
        return named
    header = [""] * width
    special = {}
    for key in ("guid", "notetype", "deck", "tags"):
        value = settings.get(f"{key} column", "").strip()
        if value.isdigit() and 0 < int(value) <= width:
            header[int(value) - 1] = f"#{key}"
            special[key] = int(value) - 1
    type_name = rows[0][1][special["notetype"]].strip() if rows and "notetype" in special else ""
    from ..notetypes import note_types  # here: only an Anki export without its columns named reads its note type

    fields = next((t.fields for t in note_types() if t.name == type_name), ("Question", "Answer"))
    free = [i for i, name in enumerate(header) if not name]
    for index, field in zip(free, fields):
        header[index] = field
    return header


def _map(header: list[str], columns: Columns, display: str) -> tuple[dict[int, str], list[str]]:
    by_name = {h.casefold(): i for i, h in enumerate(header) if h}
    for _, name in columns.mapping:
        if name.casefold() not in by_name:
            raise DocumentError(display, 1, f"--columns names '{name}', but the header has: {', '.join(header)}")
    mapping, unknown = header_mapping(header, columns)
    if not _asks_or_tells(mapping):
        raise DocumentError(display, 1, "no question column (headers: " + ", ".join(h for h in header if h)
                            + "); name it with --columns question=HEADER")
    return mapping, unknown


def _opened(rows: list[tuple[int, list[str]]], delimiter: str, columns: Columns) -> list[tuple[int, list[str]]] | None:
    """``rows`` read again when each was quoted whole (:mod:`.wholerows`) and the columns so found have a header
    naming a question column (or a story bank's); else ``None``."""
    opened = opened_rows(rows, delimiter)
    if opened is None:
        return None

    def names(cells: list[str]) -> bool:
        return _asks_or_tells(header_mapping(cells, columns)[0])

    return opened if names(opened[header_index(opened, names)][1]) else None


def _asks_or_tells(mapping: dict[int, str]) -> bool:
    """A header naming a question column, or a story bank's: a story's name (``Story``, ``Title``) beside two or
    more STAR columns, each row a story its name stands in for the question of."""
    fields = set(mapping.values())
    return "question" in fields or "title" in fields and len(fields.intersection(STAR_SLOTS)) >= 2 \
        or "scenario" in fields and bool(fields & {"situation", "challenges", "discussion"})  # a sheet of scenarios


def _values(cells: list[str], header: list[str], mapping: dict[int, str], html: bool, keep: bool,
            named: frozenset[int]) -> dict:
    values: dict[str, list[str]] = {}
    for index, cell in enumerate(cells):
        text = _from_html(cell) if html else cell.replace("\r\n", "\n")
        text = text.strip()
        if not text or text == NULL or is_placeholder(text):  # "TBD", "[fill in]": nothing written yet; "\N": empty
            continue
        name = header[index] if index < len(header) else ""
        field = mapping.get(index)
        if name == "#tags":  # Anki's tags column: its tags separated by spaces ("ops ch03::retros")
            values.setdefault("anki_tags", []).extend(text.split())
        elif field == "company" and not _named(text) or index in named:
            values.setdefault("tips", []).append(f"**{name}:** {text}")  # "Metrics to Mention", advice on a company
        elif field == "signals" and answer_keywords(name):  # "expected_keywords": "listen,mediate,document"
            values.setdefault(field, []).append("Keywords: " + ", ".join(_split(text)))
        elif field:
            values.setdefault(field, []).append(text)
        elif name == "#deck":
            values.setdefault("deck", []).append(text)
        elif keep and name and not name.startswith("#"):
            values.setdefault("tips", []).append(f"**{name}:** {text}")
    return values


def _from_html(cell: str) -> str:
    """An HTML field (Anki's export with ``#html:true``) as Markdown."""
    from ..htmlmd import html_to_markdown  # BeautifulSoup and markdownify: only for HTML fields

    return html_to_markdown(cell, exact=False)


def _left_to_write(data: list[tuple[int, list[str]]], mapping: dict[int, str]) -> bool:
    """A sheet of stories whose STAR columns are all still empty (``| Production incident | | | | | 5, 11 |``): each
    row names a story to write, a draft of its own, not a group row (a name alone in a sheet with parts told). A
    guide's blank form (``| Story 1 | | | | |``, ``| [Story name] | ...``) names no story of the writer's."""
    parts = [index for index, field in mapping.items() if field in STAR_SLOTS]
    named = [index for index, field in mapping.items() if field in ("title", "question")]
    cell = lambda cells, index: cells[index].strip() if index < len(cells) else ""  # noqa: E731
    names = [text for _, cells in data for i in named if (text := cell(cells, i))]
    if not names or any(is_placeholder(name) or numbered_story(name) for name in names):
        return False
    return not any((text := cell(cells, i)) and not is_placeholder(text) for _, cells in data for i in parts)


def _note(values: dict[str, list[str]], line: int, labels: dict[str, str] | None = None,
          stories: bool = False, posed: tuple[str, ...] = (), to_write: bool = False) -> Parsed | None:
    """The note of one row (``labels``: what the header calls each field; ``posed``: headers that ask the sheet's
    question, "What would you do?"); in a sheet of ``stories`` (a column for each STAR part), a row with no answer that
    asks a question or tells one part is a story still to write: a star note, a draft for the parts it lacks (a
    row holding only a name, as a sheet's group rows do, is no story)."""
    one = {k: "\n\n".join(v) for k, v in values.items()}
    if not SCENE_FIELDS.isdisjoint(one) and (scene := scene_row(_posed(one, posed), line)) is not None:
        return _with_facts(scene, values, one, labels or {})  # "The Quiet Team | Your new team ... | Low trust | ..."
    question, asked_too = cell_questions(one.get("question", ""))  # "Tell me ...; Describe ...": one and a variant
    parts = {p: one[p] for p in STAR_SLOTS if one.get(p)}
    summary = ""
    if not parts:  # "S: ... / T: ... / A: ... / R: ..." typed in the story's one cell
        cell = next((key for key in ("answer", "title") if cell_parts(one.get(key, "")) is not None), None)
        if cell is not None:
            (parts, summary), one = cell_story(one[cell]), {**one, cell: ""}  # "Summary: ..." over them: its one-liner
    star = len(parts) >= 2 or stories and not one.get("answer", "").strip() \
        and bool(parts or question or to_write and one.get("title", "").strip())
    named = star and not question and one.get("title", "").strip()  # a story with a name and no question
    question = named or question
    if not question:
        return None
    body = StarBody(question=question, title="" if named else one.get("title", ""), **parts) if star else \
        QaBody(question=question, answer=_answer(one, parts, labels or {}))
    tags, topics, level = _anki_tags(values.get("anki_tags", []))
    deck = values.get("deck", [""])[0].split("::")[-1]
    stated = one.get("level", "") or level
    role = "" if stated else one.get("role", "")  # "Engineering Manager" names a band; "Data Scientist" does not
    red = [f"Red flag: {entry}" for text in values.get("redflags", []) for entry in _split(text, lines=True)]
    red += _follow_ups(values)
    return Parsed(
        kind=Kind.STAR if star else Kind.QA, body=body, line=line, name=question,
        level_label=stated or role, topic_labels=tuple(filter(None, (one.get("topic", ""), *topics))),
        topic_hint=deck, competencies=tuple(_split(one.get("competencies", ""))),
        tags=tuple([*_split(one.get("tags", "")), *_split(one.get("topic", "")), *values.get("company", []),
                    *_split(one.get("role", "")), *tags]),
        coach=Coach(signals=_signals(values), cheat_code=summary,
                    tips=(*_story_name(one, star, labels or {}), *values.get("tips", []), *red)),
        variants=(*asked_too, *_split(one.get("variants", ""), lines=True)),
        reasons=blank_reasons(parts if star else {"answer": body.answer}),
        evidence=(("level", ROLE_COLUMN),) if role else (), untitled=bool(named),
        story=one.get("title", "").strip() if _story_name(one, star, labels or {}) else "",
    )


def _posed(one: dict[str, str], posed: tuple[str, ...]) -> dict[str, str]:
    """A scenario row's cells, put the question its sheet asks in a header ("What would you do?") when the row has
    no question of its own."""
    if one.get("question", "").strip():
        return one
    asked = next((h for h in posed if h), "")
    return {**one, "question": asked} if asked else one


def _with_facts(scene: Parsed, values: dict[str, list[str]], one: dict[str, str],
                labels: dict[str, str]) -> Parsed:
    """A scenario row's note with what its other columns state: level, topic, tags, competencies, coaching; its
    answer column (``Strong answer``), which a scenario has no field for, kept as a tip under its header."""
    red = [f"Red flag: {entry}" for text in values.get("redflags", []) for entry in _split(text, lines=True)]
    red += _follow_ups(values)
    red = [*(f"**{labels.get('answer') or 'Answer'}:** {text}" for text in values.get("answer", [])), *red]
    return replace(scene, level_label=one.get("level", ""), topic_labels=tuple(filter(None, (one.get("topic", ""),))),
                   competencies=tuple(_split(one.get("competencies", ""))),
                   tags=tuple([*_split(one.get("tags", "")), *_split(one.get("topic", ""))]),
                   coach=Coach(signals=_signals(values), tips=(*values.get("tips", []), *red)))


def _answer(one: dict[str, str], parts: dict[str, str], labels: dict[str, str]) -> str:
    """A row's answer where it tells no story (fewer than two STAR columns filled): its answer column, with a story
    told under a story's column (``My Story``) and a lone part (``**Result:** ...``), so that nothing it holds is
    dropped. A story's name there is no answer: :func:`_story_name` keeps it as a tip."""
    told = []
    title = one.get("title", "").strip()
    if title and _told(title):
        told.append(title)
    if one.get("answer", "").strip():
        told.append(one["answer"])
    told.extend(f"**{labels.get(part, part.capitalize()).strip(' :')}:** {text}" for part, text in parts.items())
    return "\n\n".join(told)


def _story_name(one: dict[str, str], star: bool, labels: dict[str, str]) -> tuple[str, ...]:
    """A Q&A row's story named under a story's column (``Your Story``: "Billing ledger: design to launch"): the
    story to tell for the question, a tip under the column's name."""
    title = one.get("title", "").strip()
    if star or not title or _told(title):
        return ()
    return (f"**{labels.get('title', 'Story').strip(' :')}:** {title}",)


def _told(text: str) -> bool:
    """A story told in sentences, not its name: it ends as a sentence does, or runs long."""
    return len(text.split()) >= 6 and text.endswith((".", "!", "?")) or len(text.split()) >= 15


def _named(text: str) -> bool:
    """A name ("Acme", "Big Tech", "Company-specific"), not a sentence of advice: a few words, no punctuation."""
    return len(text.split()) <= 3 and not re.search(r"[.,;:!?+()\n]", text)


def _anki_tags(tags: list[str]) -> tuple[list[str], list[str], str]:
    """Tags to keep, topic slugs and a level from leaderdeck's own ``leaderdeck::...`` tags."""
    keep, topics, level = [], [], ""
    for tag in tags:
        parts = tag.split("::")
        if parts[0] == "leaderdeck" and len(parts) == 3 and parts[1] == "topic":
            topics.append(parts[2])
        elif parts[0] == "leaderdeck" and len(parts) == 3 and parts[1] == "level":
            level = parts[2]
        elif parts[0] != "leaderdeck":
            keep.append(tag)
    return keep, topics, level


def _signals(values: dict[str, list[str]]) -> tuple[str, ...]:
    """A row's signals: one a line of its cells (``Raised it privately<br>Used data``: two)."""
    return tuple(entry for text in values.get("signals", []) for entry in _split(text, lines=True))


def _follow_ups(values: dict[str, list[str]]) -> list[str]:
    """A row's follow-up questions (a ``Follow-ups`` column, one a line of its cell), as tips."""
    return [f"Follow-up: {entry}" for text in values.get("followups", []) for entry in _split(text, lines=True)]


def _split(text: str, lines: bool = False) -> list[str]:
    separators = r"\n+" if lines else r"[,;\n]+"
    return [part.strip() for part in re.split(separators, text) if part.strip()]
