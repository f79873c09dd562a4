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

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import Attention, DocumentError, Format, ParseResult, Parsed, Skipped
    from .pipeline import existing_ids, import_files, import_text, output_name
    from .report import ImportReport
    from .headers import Columns
    from .settle import FALLBACK_LEVEL, Overrides
    from .writer import dump_notes, scalar

# Each name from the module that defines it, imported when first asked for: importing this package imports none of
# the importer's few hundred rule modules, so ``leaderdeck import`` can start reading a large document in a second
# process (:mod:`.readahead`) before this process has imported them.
_WHERE = {
    "Attention": "base", "DocumentError": "base", "Format": "base", "ParseResult": "base", "Parsed": "base",
    "Skipped": "base", "existing_ids": "pipeline", "import_files": "pipeline", "import_text": "pipeline",
    "output_name": "pipeline", "ImportReport": "report", "Columns": "headers", "FALLBACK_LEVEL": "settle",
    "Overrides": "settle", "dump_notes": "writer", "scalar": "writer",
}
__all__ = [
    "FALLBACK_LEVEL", "Attention", "Columns", "DocumentError", "Format", "ImportReport", "Overrides", "ParseResult",
    "Parsed", "Skipped", "dump_notes", "existing_ids", "import_files", "import_text", "output_name", "scalar",
]


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value  # asked once: from then on an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
