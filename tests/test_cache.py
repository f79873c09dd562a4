"""The render cache makes rebuilds fast and is never stale."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from leaderdeck.build import build_deck
from leaderdeck.cache import Cache
from leaderdeck.cli import cli
from leaderdeck.manifest import load_manifest
from leaderdeck.sources import read_source_files


def project(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "mini", tmp_path / "source")
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "mini.yaml").write_text("name: Mini\nsources: [../source/*.yaml]\n", encoding="utf-8")
    return tmp_path / "decks" / "mini.yaml"


def test_cached_and_uncached_builds_are_identical(tmp_path, taxonomy):
    manifest = load_manifest(project(tmp_path), taxonomy)
    cache = Cache(tmp_path / "cache")
    build_deck(manifest, taxonomy, cache=cache)
    first = manifest.output.read_bytes()
    assert list((tmp_path / "cache").rglob("*.pickle"))
    build_deck(manifest, taxonomy, cache=cache)
    assert manifest.output.read_bytes() == first
    build_deck(manifest, taxonomy)
    assert manifest.output.read_bytes() == first


def test_an_edit_is_never_served_from_the_cache(tmp_path, taxonomy):
    manifest_path = project(tmp_path)
    cache = Cache(tmp_path / "cache")
    source = tmp_path / "source" / "notes.yaml"
    first = next(read_source_files([source], taxonomy, cache))
    source.write_text(source.read_text(encoding="utf-8").replace("What is an error budget for?",
                                                                 "Why keep an error budget?"), encoding="utf-8")
    second = next(read_source_files([source], taxonomy, cache))
    assert "What is an error budget for?" in str(first.fields) and "Why keep an error budget?" in str(second.fields)
    result = build_deck(load_manifest(manifest_path, taxonomy), taxonomy, cache=cache)
    assert result.changes.new  # built from the edited text, not the stale entry


def test_damaged_cache_entries_are_misses(tmp_path, taxonomy):
    manifest = load_manifest(project(tmp_path), taxonomy)
    cache = Cache(tmp_path / "cache")
    build_deck(manifest, taxonomy, cache=cache)
    first = manifest.output.read_bytes()
    for entry in (tmp_path / "cache").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    build_deck(manifest, taxonomy, cache=cache)
    assert manifest.output.read_bytes() == first


def test_cache_problems_are_reported_like_fresh_ones(tmp_path, taxonomy):
    (tmp_path / "bad.yaml").write_text("id: x\nkind: qa\n", encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    fresh = next(read_source_files([tmp_path / "bad.yaml"], taxonomy, cache))
    cached = next(read_source_files([tmp_path / "bad.yaml"], taxonomy, cache))
    assert fresh.problems and cached.problems == fresh.problems


def test_cli_uses_the_cache_directory_and_no_cache_skips_it(tmp_path, monkeypatch):
    project(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LEADERDECK_CACHE_DIR", str(tmp_path / "cli-cache"))
    assert CliRunner().invoke(cli, ["build", "--no-cache"]).exit_code == 0
    assert not (tmp_path / "cli-cache").exists()
    assert CliRunner().invoke(cli, ["build"]).exit_code == 0
    assert list((tmp_path / "cli-cache").rglob("*.pickle"))


VARIANTS = {
    "question": ["What is an error budget for?", "Why keep an error budget?", "What does an error budget buy?"],
    "level": ["level: staff", "level: senior", "level: director"],
}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(sorted(VARIANTS)), st.integers(0, 2), st.booleans()),
                      min_size=1, max_size=6))
def test_any_interleaving_of_edits_and_builds_equals_a_fresh_build(tmp_path_factory, taxonomy, monkeypatch, steps):
    """Edit, build with the cache (or not), edit again...: every deck is byte for byte the deck a
    build without the cache makes from the same sources and the same lock file."""
    root = tmp_path_factory.mktemp("interleave")
    manifest = load_manifest(project(root), taxonomy)
    fresh = dataclasses.replace(manifest, output=root / "fresh" / "mini.apkg")
    cache = Cache(root / "cache")
    source = root / "source" / "notes.yaml"
    for number, (what, choice, build_now) in enumerate(steps):
        text = source.read_text(encoding="utf-8")
        current = next(v for v in VARIANTS[what] if v in text) if any(v in text for v in VARIANTS[what]) else None
        if current:
            source.write_text(text.replace(current, VARIANTS[what][choice], 1), encoding="utf-8")
        if build_now or number == len(steps) - 1:
            monkeypatch.setenv("SOURCE_DATE_EPOCH", str(1_700_000_000 + number))
            if manifest.output.with_suffix(".lock").exists():
                fresh.output.parent.mkdir(exist_ok=True)
                shutil.copy(manifest.output.with_suffix(".lock"), fresh.output.with_suffix(".lock"))
            build_deck(manifest, taxonomy, cache=cache)
            build_deck(fresh, taxonomy)
            assert manifest.output.read_bytes() == fresh.output.read_bytes()


def test_the_cache_key_covers_every_module_its_modules_import():
    """A change to any leaderdeck module the keyed modules import must change the key (e.g. the pickler)."""
    import ast

    from leaderdeck import cache

    package = Path(cache.__file__).parent
    missing = set()
    for name in cache._CODE:
        tree = ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:  # "from .x import y" and "from . import x"
                tops = [node.module.split(".")[0]] if node.module else [alias.name for alias in node.names]
                missing.update(f"{name} imports {top}" for top in tops
                               if (package / f"{top}.py").exists() and top not in cache._CODE)
    assert not missing


def test_library_versions_are_read_off_their_dist_info_folders_as_importlib_metadata_reads_them(monkeypatch, tmp_path):
    from importlib import metadata

    from leaderdeck.cache import library_version

    for name in ("markdown", "nh3", "pyyaml", "PyYAML", "markdown-it-py", "ruamel.yaml", "genanki", "click"):
        assert library_version(name) == metadata.version(name)
    # the first folder on the path that holds the distribution wins, as for importlib.metadata
    (tmp_path / "nh3-9.9.9.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(tmp_path))
    assert library_version("nh3") == "9.9.9"
    # no such folder anywhere (an egg, a zip): importlib.metadata answers
    monkeypatch.setattr(metadata, "version", lambda name: f"{name} by metadata")
    assert library_version("no-such-library") == "no-such-library by metadata"
