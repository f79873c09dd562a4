"""The starter corpus shipped with leaderdeck: example notes over every level and topic.

Where it lives is said in one place: :func:`leaderdeck.workspace.starter_folder`.
"""

from __future__ import annotations

from pathlib import Path

from .errors import LeaderdeckError, SourceErrors
from .loader import find_sources, load_sources
from .model import Note
from .taxonomy import Taxonomy
from .workspace import starter_folder


def load_starter(taxonomy: Taxonomy, directory: Path | None = None) -> list[Note]:
    """The notes of the starter corpus (or of ``directory``); none when it is not there."""
    directory = directory or starter_folder()
    if not directory.is_dir():
        return []
    try:
        return load_sources(find_sources([directory]), taxonomy)
    except SourceErrors as exc:
        raise LeaderdeckError(f"the example questions in {directory} do not load: {exc.problems[0]}") from None
