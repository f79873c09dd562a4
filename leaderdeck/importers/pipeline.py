"""Detect, parse, settle and write: documents in, source YAML files out."""

from __future__ import annotations

import contextlib
import dataclasses
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from ..errors import LeaderdeckError, SourceErrors, display_path
from ..model import Kind
from ..taxonomy import Taxonomy
from .aheadwork import queued
from .base import Attention, DocumentError, Format, Parsed, Skipped
from .document import read_document
from .nothingfound import nothing_found
from .parse import parse_text
from .prepare import is_web_page, outline_format
from .reader import read_document_text
from .report import ImportReport
from .classify import Classifier, classifier_for
from .evidence import document_level
from .exportnames import page_stem
from .sectionlevels import below_notes, level_sections, per_level
from .sectiontopics import topic_sections
from .peerlevel import peer_level
from .knownprinciples import principle_headings
from .settle import Context, Overrides, settle
from .ids import existing_ids
from .output import check_targets, chunks, part_paths, write_all
from .headers import Columns
from .spreadsheet import import_rows, is_spreadsheet
from .tabbedtext import tab_separated

def import_text(text: str, taxonomy: Taxonomy, *, display: str, source: str, taken: set[str] | None = None,
                fmt: Format | None = None, overrides: Overrides = Overrides(), columns: Columns = Columns(),
                classifier: Classifier | None = None) -> ImportReport:
    """Notes from one document's text; ``taken`` (ids to avoid) gains the new ids.

    ``classifier`` guesses topics; by default it learns from the starter notes shipped with leaderdeck.
    A document nested deeper than Python's stack can follow (thousands of ``<details>`` inside one another) is
    refused with a :class:`DocumentError`, never a traceback.
    """
    # the topic classifier, built while this process waits for a child reading notes with it, not after
    ahead = queued(partial(classifier_for, taxonomy)) if classifier is None else contextlib.nullcontext()
    try:
        with ahead:
            return _import_text(text, taxonomy, display=display, source=source, taken=taken, fmt=fmt,
                                overrides=overrides, columns=columns, classifier=classifier)
    except RecursionError:
        raise DocumentError(display, 1, "nested too deeply to read: lists, quotes or HTML elements inside one "
                                        "another more levels deep than leaderdeck follows; flatten the deepest "
                                        "part") from None


def _import_text(text: str, taxonomy: Taxonomy, *, display: str, source: str, taken: set[str] | None,
                 fmt: Format | None, overrides: Overrides, columns: Columns,
                 classifier: Classifier | None) -> ImportReport:
    spreadsheet = fmt in (Format.CSV, Format.ANKI_TEXT) or (fmt is None and is_spreadsheet(text, source))
    if spreadsheet:
        try:
            doc, result = read_document_text("", source), import_rows(text, source, display, columns)
        except DocumentError:
            if fmt is not None or not tab_separated(text, source) or is_spreadsheet(text, ""):
                raise
            spreadsheet = False  # a .txt of tab-separated rows whose columns name no question: read as text
    if not spreadsheet:
        doc, result = parse_text(text, source, fmt)
    parsed = principle_headings([p for p in result.notes if p.prompt.strip()], doc.blocks)
    if not parsed:
        raise DocumentError(display, 1, nothing_found(fmt, result.skipped, doc.blocks))
    skipped = [*result.skipped, *(Skipped(p.line, "a note", "no question or title") for p in result.notes
                                 if not p.prompt.strip())]
    lines = {p.line for p in parsed}
    sections = level_sections(doc, taxonomy, lines)
    classifier = classifier or classifier_for(taxonomy)
    context = Context(taxonomy, classifier,
                      document_level(doc, taxonomy, per_level(sections) | _story_titles(parsed)
                                     | below_notes(doc, lines)), sections,
                      topic_sections(doc, taxonomy, classifier, lines), peer_level(doc, taxonomy))
    notes, attention = settle(parsed, context, display=display, source=source,
                              taken=set() if taken is None else taken, overrides=overrides)
    reading = _reading(text, fmt, doc.plain, spreadsheet, is_web_page(text, source), outline_format(source))
    return ImportReport(document=display, format=reading, notes=notes, skipped=tuple(skipped),
                        attention=(*_repairs(doc.repaired), *result.attention, *attention))


def _story_titles(parsed: Sequence[Parsed]) -> frozenset[int]:
    """The lines of stories' names: a story titled "Becoming an engineering manager" names no level of the
    document it is in."""
    return frozenset(p.line for p in parsed if p.untitled or p.kind is Kind.STAR and p.name != p.prompt.strip())


def _reading(text: str, fmt: Format | None, plain: bool, spreadsheet: bool, page: bool, outline: str) -> str:
    """How the document was read, for the report: a forced format, a spreadsheet, a saved web page (read as the
    Markdown of its content), an Org or AsciiDoc file (read as Markdown), plain text or Markdown."""
    if fmt is not None:
        return fmt.label
    if spreadsheet:
        return Format.ANKI_TEXT.label if text.lstrip("\ufeff").startswith("#separator:") else Format.CSV.label
    if page:
        return "web page"
    if outline and not plain:
        return outline
    return "plain text" if plain else "Markdown"



def _repairs(repaired: Sequence[tuple[int, str, str]]) -> tuple[Attention, ...]:
    if not repaired:
        return ()
    line, damaged, fixed = repaired[0]
    noun = "character" if len(repaired) == 1 else "characters"
    return (Attention(line, f"repaired {len(repaired)} mis-decoded {noun} (such as '{damaged}' -> '{fixed}'); "
                            "check the text"),)


def output_name(path: Path) -> str:
    """``My Notes (v2).md`` -> ``my-notes-v2.yaml``; a Notion page's id closing the name goes
    (``Prep 3f9c...a19.md`` -> ``prep.yaml``)."""
    folded = unicodedata.normalize("NFKD", page_stem(path.stem)).encode("ascii", "ignore").decode().casefold()
    return (re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "imported") + ".yaml"


def import_files(paths: Sequence[Path], taxonomy: Taxonomy, *, source_dir: Path = Path("source"),
                 out: Path | None = None, fmt: Format | None = None, overrides: Overrides = Overrides(),
                 force: bool = False, dry_run: bool = False, columns: Columns = Columns(),
                 progress: Callable[[int, int], None] | None = None) -> list[ImportReport]:
    """Import every document into its own YAML file (or ``out``), all of them or none.

    Every document is read and parsed, and every output checked, before anything is written;
    problems in any of them are raised together. An existing file is replaced only with ``force``,
    and never when it is one of the documents or not a YAML file.
    """
    if out is not None and len(paths) != 1:
        raise LeaderdeckError("--out names one file; import one document with it, or leave it out")
    targets = [out or source_dir / output_name(path) for path in paths]
    clash = next((t for t in targets if targets.count(t) > 1), None)
    if clash is not None:
        names = " and ".join(str(p) for p, t in zip(paths, targets) if t == clash)
        raise LeaderdeckError(f"{names} would be written to the same file, {clash}; import one of them with --out FILE")
    taken = existing_ids(source_dir, skip=targets)
    reports, problems = [], []
    for done, (path, target) in enumerate(zip(paths, targets), start=1):
        if progress:
            progress(done - 1, len(paths))
        display = display_path(path)
        try:
            text = read_document(path, display)
            report = import_text(text, taxonomy, display=display, source=path.name, taken=taken, fmt=fmt,
                                 overrides=overrides, columns=columns)
        except SourceErrors as exc:
            problems.extend(exc.problems)
            continue
        reports.append(_planned(report, target))
    if progress:
        progress(len(paths), len(paths))
    if problems:
        raise SourceErrors(problems)
    files = [(path, text) for report in reports for path, text in zip(report.outputs, report.texts)]
    check_targets([path for path, _ in files], paths, force=force or dry_run)
    if not dry_run:
        write_all(files)
    return [dataclasses.replace(report, written=not dry_run) for report in reports]


def _planned(report: ImportReport, target: Path) -> ImportReport:
    comments = (f"Imported by `leaderdeck import` from {Path(report.document).name} ({report.format}).",
                "Edit the text freely; keep each id, it becomes the note's identity in Anki.")
    texts = chunks(report.notes, comments)
    outputs = part_paths(target, len(texts))
    return dataclasses.replace(report, output=target, outputs=tuple(outputs), texts=tuple(texts))
