"""Importers: interview-prep documents -> notes -> source YAML.

One module per format, each with ``FORMAT``, ``detect(text) -> float`` and
``parse(text, taxonomy) -> ParseResult`` (see :class:`Importer`)::

    from leaderdeck.importers import import_files
    reports = import_files([Path("prep.md")], load_taxonomy(), source_dir=Path("source"))
    for line in reports[0].lines():
        print(line)
"""

from .base import Attention, DocumentError, Format, Importer, ParseResult, Parsed, Skipped
from .pipeline import IMPORTERS, detect_format, existing_ids, import_files, import_text, importer_for, output_name
from .report import ImportReport
from .settle import FALLBACK_LEVEL, Overrides
from .writer import dump_notes, scalar

__all__ = [
    "FALLBACK_LEVEL", "IMPORTERS", "Attention", "DocumentError", "Format", "ImportReport", "Importer",
    "Overrides", "ParseResult", "Parsed", "Skipped", "detect_format", "dump_notes", "existing_ids",
    "import_files", "import_text", "importer_for", "output_name", "scalar",
]
