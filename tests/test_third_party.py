"""Each third-party library is imported by exactly one module of leaderdeck (Click by the command line's package),
so a library's use stays in one place and can be swapped or upgraded there."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "leaderdeck"
LIBRARIES = ("genanki", "yaml", "markdown", "nh3", "markdown_it", "ruamel", "markdownify", "bs4", "anki", "click")


def _importers(library: str) -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            if any(name == library or name.startswith(library + ".") for name in names):
                found.add(str(path.relative_to(PACKAGE)))
    return found


def test_each_library_is_imported_by_one_module() -> None:
    for library in LIBRARIES:
        modules = _importers(library)
        if library == "click":  # the command line is one package of thin commands over the library
            modules = {m for m in modules if not m.startswith("cli/")}
            assert not modules, f"click imported outside leaderdeck/cli: {sorted(modules)}"
            continue
        assert len(modules) == 1, f"{library} imported by {sorted(modules)}"


def test_the_check_sees_a_second_importer(tmp_path, monkeypatch) -> None:
    package = tmp_path / "leaderdeck"
    package.mkdir()
    (package / "one.py").write_text("from bs4 import BeautifulSoup\n")
    (package / "two.py").write_text("import bs4.element\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", package)
    assert _importers("bs4") == {"one.py", "two.py"}
    assert _importers("markdown") == set()
