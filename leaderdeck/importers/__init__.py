"""Importers: interview-prep documents -> notes -> source YAML.

Every document is read once into blocks (:mod:`.reader`: Markdown through
markdown-it-py, plain text into the same model), outlined, assembled into
units (one per question, story or scenario) and built into notes whose kind
is decided per note::

    from leaderdeck.importers import import_files
    reports = import_files([Path("prep.md")], load_taxonomy(), source_dir=Path("source"))
    for line in reports[0].lines():
        print(line)
"""

from .base import Attention, DocumentError, Format, ParseResult, Parsed, Skipped
from .pipeline import existing_ids, import_files, import_text, output_name
from .report import ImportReport
from .headers import Columns
from .settle import FALLBACK_LEVEL, Overrides
from .writer import dump_notes, scalar

__all__ = [
    "FALLBACK_LEVEL", "Attention", "Columns", "DocumentError", "Format", "ImportReport", "Overrides", "ParseResult",
    "Parsed", "Skipped", "dump_notes", "existing_ids", "import_files", "import_text", "output_name", "scalar",
]
