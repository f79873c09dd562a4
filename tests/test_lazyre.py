"""Module-level patterns are compiled on first use (leaderdeck.lazyre): the same answers as re.compile, and no
leaderdeck module compiles one at import."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from leaderdeck.lazyre import lazy_re

PACKAGE = Path(__file__).resolve().parent.parent / "leaderdeck"


@pytest.mark.parametrize(("source", "flags", "text"), [
    (r"(?P<lead>\w+):\s*(?P<rest>.*)", 0, "Situation: the build broke"),
    (r"^tell me about", re.IGNORECASE, "Tell me about a launch"),
    (r"\s+", 0, "one  two\tthree"),
])
def test_a_lazy_pattern_answers_as_the_compiled_one(source, flags, text) -> None:
    lazy, compiled = lazy_re(source, flags), re.compile(source, flags)
    assert repr(lazy) == f"lazy_re({source!r}, {int(flags)!r})"  # nothing compiled before first use
    assert (lazy.match(text) or [None])[0] == (compiled.match(text) or [None])[0]
    assert lazy.search(text).span() == compiled.search(text).span()
    assert lazy.sub("_", text) == compiled.sub("_", text)
    assert lazy.split(text) == compiled.split(text)
    assert lazy.findall(text) == compiled.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == \
        (compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex))


def test_a_bad_pattern_fails_on_first_use_and_an_unknown_attribute_is_an_attribute_error() -> None:
    broken = lazy_re(r"(unclosed")
    with pytest.raises(re.error):
        broken.match("x")
    with pytest.raises(AttributeError):
        lazy_re("x").nothing  # noqa: B018 - the attribute read is the test


def _module_level_compiles(path: Path) -> list[int]:
    """Lines of ``re.compile`` calls run when ``path`` is imported (outside any function)."""
    found: list[int] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and child.func.attr == "compile" \
                    and isinstance(child.func.value, ast.Name) and child.func.value.id == "re":
                found.append(child.lineno)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_no_module_compiles_a_pattern_when_it_is_imported() -> None:
    eager = {str(p.relative_to(PACKAGE)): lines for p in sorted(PACKAGE.rglob("*.py"))
             if p.name != "lazyre.py" and (lines := _module_level_compiles(p))}
    assert eager == {}, "use lazy_re for module-level patterns"


def test_importing_the_importer_compiles_few_of_its_patterns() -> None:
    probe = ("import re, sys\ncount = [0]\noriginal = re._compile\n"
             "def counted(pattern, flags):\n"
             "    if sys._getframe(2).f_globals.get('__name__', '').startswith('leaderdeck'):\n"
             "        count[0] += 1\n"
             "    return original(pattern, flags)\n"
             "re._compile = counted\nimport leaderdeck.importers.pipeline\nprint(count[0])")
    compiled = int(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout)
    assert compiled < 5  # a few hundred before: only patterns built from another's .pattern are compiled now


def test_patterns_waiting_to_be_compiled_are_compiled_in_order_until_told_to_stop() -> None:
    from leaderdeck import lazyre
    lazyre.compile_pending(lambda: False)  # what other tests and modules left
    first, used, second, third = (lazy_re(source) for source in ("a+", "b+", "c+", "d+"))
    used.match("bb")  # compiled by its first use: nothing left to do for it
    assert not any(p.compiled() for p in (first, second, third)) and used.compiled()
    seen: list[bool] = []

    def done() -> bool:  # stop once the second is compiled
        seen.append(second.compiled())
        return second.compiled()

    lazyre.compile_pending(done)
    assert first.compiled() and second.compiled() and not third.compiled()
    assert seen == [False, False, False, True]  # asked before first, used (skipped), second, and after: stop
    assert repr(third) == "lazy_re('d+', 0)"
    assert first.fullmatch("aaa") and not second.fullmatch("cd")  # compiled ahead, answering as compiled
    lazyre.compile_pending(lambda: False)
    assert third.compiled() and third.match("dd")


def test_a_bad_pattern_compiled_ahead_still_fails_on_first_use() -> None:
    from leaderdeck import lazyre
    broken = lazy_re(r"[unclosed")
    lazyre.compile_pending(lambda: False)
    assert not broken.compiled()
    with pytest.raises(re.error):
        broken.search("x")
