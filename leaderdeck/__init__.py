"""leaderdeck: interview-preparation notes in YAML -> Anki decks.

The library API (names are imported on first use, so the CLI starts fast)::

    from leaderdeck import load_taxonomy, load_manifest, build_deck
    taxonomy = load_taxonomy()
    result = build_deck(load_manifest(Path("decks/leadership.yaml"), taxonomy), taxonomy)
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "LeaderdeckError": "errors",
    "SourceErrors": "errors",
    "Problem": "errors",
    "Note": "model",
    "Kind": "model",
    "Level": "model",
    "Topic": "model",
    "Taxonomy": "taxonomy",
    "load_taxonomy": "taxonomy",
    "load_sources": "loader",
    "Manifest": "manifest",
    "load_manifest": "manifest",
    "find_manifests": "manifest",
    "GroupBy": "grouping",
    "build_deck": "build",
    "select_notes": "build",
    "BuildResult": "build",
    "json_schema": "schema",
    "lint_notes": "lint",
    "import_files": "importers",
    "import_text": "importers",
    "ImportReport": "importers",
    "check_package": "ankicheck",
    "write_preview": "preview",
    "StarCards": "manifest",
    "lint_config": "lint",
    "cover": "coverage",
    "write_coverage_page": "coveragepage",
    "add_note": "skeleton",
    "ad_hoc_manifest": "manifest",
    "Selection": "manifest",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'leaderdeck' has no attribute {name!r}")
