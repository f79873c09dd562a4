"""Shared fixtures: building decks into tmp_path and reading them back with real Anki."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from leaderdeck.build import build_deck
from leaderdeck.manifest import load_manifest
from leaderdeck.taxonomy import Taxonomy, load_taxonomy
from leaderdeck.workspace import starter_folder

ROOT = Path(__file__).resolve().parent.parent
# Property tests check results, never time: a busy machine must not fail them (speed has benchmarks).
# They draw the same examples on every run, so `make test` passes or fails the same way for everyone;
# HYPOTHESIS_PROFILE=explore draws new ones (to look for bugs, not to gate a change).
settings.register_profile("leaderdeck", deadline=None, derandomize=True)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "leaderdeck"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Manifests of decks built from the starter corpus (which ships inside the package: STARTER):
# the tests never read the project's source/ or decks/, which hold the user's own notes
# (`make check` checks those).
CORPUS = FIXTURES / "corpus"
STARTER = starter_folder()


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory) -> Iterator[None]:
    """Builds in tests use their own render cache, never the user's."""
    previous = os.environ.get("LEADERDECK_CACHE_DIR")
    os.environ["LEADERDECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        del os.environ["LEADERDECK_CACHE_DIR"]
    else:
        os.environ["LEADERDECK_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture
def build(tmp_path: Path, taxonomy: Taxonomy) -> Callable[..., Path]:
    """Build a manifest into tmp_path; keyword arguments override manifest fields."""

    def _build(manifest_path: Path = FIXTURES / "mini.yaml", **changes) -> Path:
        manifest = load_manifest(manifest_path, taxonomy)
        out = tmp_path / f"{manifest_path.stem}-{len(list(tmp_path.glob('*.apkg')))}.apkg"
        build_deck(dataclasses.replace(manifest, output=out, **changes), taxonomy)
        return out

    return _build


@pytest.fixture
def collection(tmp_path: Path) -> Iterator:
    """A fresh, empty Anki collection."""
    from anki.collection import Collection

    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        yield col
    finally:
        col.close()


def import_package(col, path: Path):
    """Import as a user clicking Import with Anki's default options; returns the log."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    options = ImportAnkiPackageOptions()
    options.CopyFrom(col._backend.get_import_anki_package_presets())
    response = col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options))
    col._clear_caches()
    return response.log



def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--project", metavar="DIR", default=None,
                     help="check the notes and decks of the project in DIR (tests/content; `make check`)")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """The content checks (tests/content) read a project's own notes: only with --project."""
    if collection_path == Path(__file__).parent / "content" and config.getoption("--project") is None:
        return True
    return None
