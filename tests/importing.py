"""Helpers the importer tests share: import a text as a named document, and read the report's lines."""

from __future__ import annotations

from leaderdeck.importers import ImportReport, import_text


def imported(text: str, taxonomy, name: str = "doc.md", **options) -> ImportReport:
    """``text`` imported as the document ``name`` (its suffix decides how it is read)."""
    return import_text(text, taxonomy, display=name, source=name, **options)


def messages(report: ImportReport) -> list[str]:
    """The report's lines that ask for attention, as printed."""
    return [str(item) for item in report.attention]


def skipped(report: ImportReport) -> list[str]:
    """The report's skipped lines, as printed."""
    return [str(item) for item in report.skipped]


def kinds(report: ImportReport) -> dict[str, int]:
    """How many notes of each kind."""
    return {kind.value: count for kind, count in report.counts.items()}
