"""The benchmark's floor: the corpus's notes written by genanki directly.

    python bench/floor.py CORPUS_ROOT OUTPUT.apkg

Reads ``CORPUS_ROOT/source/*.yaml`` with PyYAML's C loader and writes every
note with ``genanki.Package.write_to_file`` - no validation, no Markdown, no
sanitising, no lock file, genanki's uncompressed zip. The note types (names,
fields, templates, CSS) are leaderdeck's, read from ``CORPUS_ROOT/notetypes.json``
(written by ``run.py``) so that this script imports nothing from leaderdeck.
Field values are the raw YAML text (lists joined with ``<br>``). It is a lower
bound for ``leaderdeck build`` of the same corpus, not a competitor.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import genanki
import yaml

DECK_NAME = "Bench Deck"
TIMESTAMP = 1_700_000_000.0


def main(root: Path, output: Path) -> None:
    specs = json.loads((root / "notetypes.json").read_text("utf-8"))
    models = {kind: _model(spec) for kind, spec in specs.items()}
    decks: dict[str, genanki.Deck] = {}
    for path in sorted((root / "source").glob("*.yaml")):
        document = yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)
        defaults = document.get("defaults") or {}
        for note in document["notes"]:
            values = {**defaults, **note}
            name = f"{DECK_NAME}::{values['topic']}::{values['level'].capitalize()}"
            deck = decks.get(name) or decks.setdefault(name, genanki.Deck(_id(name), name))
            deck.add_note(_note(models[values["kind"]], values))
    genanki.Package(list(decks.values())).write_to_file(output, timestamp=TIMESTAMP)


def _model(spec: dict) -> genanki.Model:
    return genanki.Model(spec["id"], spec["name"], fields=[{"name": f} for f in spec["fields"]],
                         templates=spec["templates"], css=spec["css"])


def _note(model: genanki.Model, values: dict) -> genanki.Note:
    flat = {**values, **(values.get("star") or {})}
    for key, value in (values.get("coach") or {}).items():
        flat[key if key == "cheat_code" else f"coach_{key}"] = value
    fields = [_text(flat.get(f["name"].lower().replace(" ", "_"))) for f in model.fields]
    tags = [f"leaderdeck::kind::{values['kind']}", f"leaderdeck::level::{values['level']}",
            f"leaderdeck::topic::{values['topic'].replace(' ', '-')}",
            *(f"leaderdeck::competency::{c.replace(' ', '-')}" for c in values.get("competencies", ())),
            *values.get("tags", ())]
    return genanki.Note(model=model, fields=fields, tags=tags, guid=genanki.guid_for("leaderdeck", values["id"]))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "<br>".join(_text(v) if not isinstance(v, dict) else _point(v) for v in value)
    return str(value)


def _point(point: dict) -> str:
    return "<br>".join([str(point.get("heading", "")), *map(str, point.get("questions", ()))])


def _id(name: str) -> int:
    return (1 << 30) + int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:4], "big") % (1 << 30)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
