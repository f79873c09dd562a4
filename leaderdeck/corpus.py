"""The starter corpus shipped with leaderdeck: example notes over every level and topic.

:func:`starter_directory` is the one place that says where it lives.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .errors import LeaderdeckError, SourceErrors
from .loader import find_sources, load_sources
from .model import Note
from .taxonomy import Taxonomy


def starter_directory() -> Path:
    """The folder of the starter corpus inside the installed package."""
    return Path(str(resources.files("leaderdeck") / "starter"))


def load_starter(taxonomy: Taxonomy, directory: Path | None = None) -> list[Note]:
    """The notes of the starter corpus (or of ``directory``); none when it is not there."""
    directory = directory or starter_directory()
    if not directory.is_dir():
        return []
    try:
        return load_sources(find_sources([directory]), taxonomy)
    except SourceErrors as exc:
        raise LeaderdeckError(f"the example questions in {directory} do not load: {exc.problems[0]}") from None
