"""The shipped JSON Schema and the loader must agree."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import ROOT, STARTER
from leaderdeck.errors import SourceErrors
from leaderdeck.loader import load_sources
from leaderdeck.schema import NOTE_KEYS, json_schema

SHIPPED = Path(str(resources.files("leaderdeck") / "schema" / "source.schema.json"))

STAR = {"id": "s", "kind": "star", "level": "staff", "topic": "Hiring", "question": "Q?",
        "star": {"situation": "S", "task": "T", "action": "A", "result": "R"}}
SCENARIO = {"id": "c", "kind": "scenario", "level": "director", "topic": "Culture", "title": "T", "situation": "S"}
QA = {"id": "q", "kind": "qa", "level": "senior", "topic": "Hiring", "question": "Q?", "answer": "A"}

# (document, valid?) pairs both validators must agree on.
DOCUMENTS = [
    (STAR, True),
    (SCENARIO, True),
    (QA, True),
    ({**QA, "answer": None, "draft": True}, True),
    ({"defaults": {"level": "staff", "tags": ["x"]}, "notes": [QA, STAR]}, True),
    ({**QA, "extra": 1}, False),
    ({**QA, "star": STAR["star"]}, False),
    ({k: v for k, v in QA.items() if k != "answer"}, False),
    ({k: v for k, v in STAR.items() if k != "question"}, False),
    ({**STAR, "star": {"situation": "S", "task": "T", "action": "A"}}, False),
    ({k: v for k, v in SCENARIO.items() if k != "title"}, False),
    ({**QA, "level": "vp"}, True),
    ({**QA, "level": "Director of Engineering"}, True),
    ({**QA, "level": "director-of-engineering!"}, True),
    ({**QA, "level": "astronaut"}, False),
    ({**QA, "level": "CTO/VP"}, False),
    ({**QA, "topic": "Gardening"}, False),
    ({**QA, "id": "Not A Slug"}, False),
    ({**QA, "kind": "essay"}, False),
    ({**QA, "tags": "one"}, False),
    ({**QA, "draft": "yes"}, False),
    ({**SCENARIO, "discussion": [{"heading": "H", "questions": ["a"]}]}, True),
    ({**SCENARIO, "discussion": [{"heading": "H", "bogus": 1}]}, False),
    ({"defaults": {"answer": "x"}, "notes": [QA]}, False),
    ({"notes": [QA], "other": 1}, False),
]


def test_shipped_schema_matches_the_code(taxonomy):
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert shipped == json_schema(taxonomy), "run `make schema` to regenerate the shipped JSON Schema"


def test_shipped_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json.loads(SHIPPED.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("document", "valid"), DOCUMENTS)
def test_loader_and_json_schema_agree(document, valid, tmp_path, taxonomy):
    validator = jsonschema.Draft202012Validator(json.loads(SHIPPED.read_text(encoding="utf-8")))
    path = tmp_path / "doc.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    try:
        load_sources([path], taxonomy)
        loader_valid = True
    except SourceErrors:
        loader_valid = False
    assert (loader_valid, validator.is_valid(document)) == (valid, valid)


def test_shipped_sources_pass_the_json_schema():
    validator = jsonschema.Draft202012Validator(json.loads(SHIPPED.read_text(encoding="utf-8")))
    for path in sorted((STARTER).glob("*.yaml")):
        errors = [e.message for e in validator.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8")))]
        assert not errors, (path.name, errors)


def test_readme_documents_every_key():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for key in NOTE_KEYS:
        assert f"`{key.name}`" in readme, key.name
        for child in key.children:
            assert f"`{child.name}`" in readme, child.name
