"""``leaderdeck init``: a new workspace of one's own that builds at once.

It holds ``leaderdeck.toml`` (the workspace's key), ``source/`` with one example note of
each kind, ``decks/`` with one manifest, the JSON Schema for editors, a ``.gitignore`` and
a short README. Nothing existing is ever replaced: if any of these files is already there,
nothing is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .atomic import together
from .errors import LeaderdeckError
from .schema import json_schema
from .taxonomy import Taxonomy
from .workspace import WORKSPACE_FILE, Identity, identity_text, new_key

SCHEMA_HINT = "# yaml-language-server: $schema=../schema/source.schema.json\n"


@dataclass(frozen=True, slots=True)
class Workspace:
    root: Path
    files: tuple[Path, ...]


def init_workspace(root: Path, taxonomy: Taxonomy, starter: bool = False) -> Workspace:
    """Write a new workspace into ``root`` (created if missing); the files written."""
    contents = {
        WORKSPACE_FILE: identity_text(Identity(new_key())),
        "source/stories.yaml": SCHEMA_HINT + _example("stories.yaml"),
        "source/scenarios.yaml": SCHEMA_HINT + _example("scenarios.yaml"),
        "source/answers.yaml": SCHEMA_HINT + _example("answers.yaml"),
        "decks/prep.yaml": _example("prep.yaml").replace("starter: false", f"starter: {str(starter).lower()}"),
        "schema/source.schema.json": json.dumps(json_schema(taxonomy), indent=2, ensure_ascii=False) + "\n",
        ".gitignore": "# built decks and previews; commit everything else, lock files included\n"
                      "decks/*.apkg\nbuild/\n",
        "README.md": _example("README.md"),
    }
    existing = [name for name in contents if (root / name).exists() or (root / name).is_symlink()]
    if existing:
        raise LeaderdeckError(f"{root} already holds {', '.join(existing)}; nothing was written "
                              "(choose a new folder, or move those files away)")
    with together() as batch:  # no lock: none of these files exists, so no other run's are swept
        for name, text in contents.items():
            batch.stage(root / name, text.encode("utf-8"))
    return Workspace(root, tuple(root / name for name in contents))


def _example(name: str) -> str:
    return (resources.files("leaderdeck") / "examples" / name).read_text(encoding="utf-8")
