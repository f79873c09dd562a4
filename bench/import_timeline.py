"""Where ``leaderdeck import``'s wall time goes, process by process: a timeline of one run.

    .venv/bin/python bench/import_timeline.py DOCUMENT               # every step of 3 ms or more
    .venv/bin/python bench/import_timeline.py DOCUMENT --min 0.5     # finer
    .venv/bin/python bench/import_timeline.py DOCUMENT --one-process # no fork: the work itself, step by step

The import runs in this process, as the ``leaderdeck`` command would run it (into a temporary ``source/``), with
the functions its main steps call wrapped to note when each call starts and ends, in this process and in every
child it forks (a line when a child starts, and when it leaves). The timeline shows, for each process (P0 is the
importer, P1... its children in the order they were forked), each call of at least ``--min`` milliseconds: when
it started and ended from the importer's start, and how long it took. The stretches where P0 works and no child
runs are what the second core cannot help with; they are where a faster import has to come from (bench/README.md).

The wrappers cost a little: the times are those of one run, not a benchmark (``bench/import_speed.py`` is).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.abc
import importlib.util
import io
import os
import shutil
import sys
import tempfile
import time
import types
from pathlib import Path

# the modules whose functions are wrapped: those that call the importer's steps, so every step shows once
WATCHED = ("leaderdeck.importers.pipeline", "leaderdeck.importers.reader", "leaderdeck.importers.parse",
           "leaderdeck.importers.forkedsections", "leaderdeck.importers.settle", "leaderdeck.importers.output")


class _Timeline:
    """Spans written to a file every process appends to (whole lines, one ``os.write`` each)."""

    def __init__(self, path: Path, least: float) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self.least = least

    def span(self, start: float, end: float, name: str) -> None:
        os.write(self.fd, f"{os.getpid()}\t{start:.6f}\t{end:.6f}\t{name}\n".encode())

    def wrapped(self, name: str, function: types.FunctionType):
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                end = time.perf_counter()
                if end - start >= self.least:
                    self.span(start, end, name)

        timed.__wrapped__ = function  # type: ignore[attr-defined]
        return timed

    def watch(self, module: types.ModuleType) -> None:
        """Wrap the project's functions ``module`` holds (its own and those it imported), as ``module`` calls them."""
        short = module.__name__.rsplit(".", 1)[-1]
        for key, value in list(vars(module).items()):
            if isinstance(value, types.FunctionType) and (value.__module__ or "").startswith("leaderdeck"):
                setattr(module, key, self.wrapped(f"{short}.{key}", value))


class _Watcher(importlib.abc.MetaPathFinder):
    """Wraps each watched module's functions once it is imported (the importer loads its rules when first used)."""

    def __init__(self, timeline: _Timeline) -> None:
        self.timeline = timeline

    def find_spec(self, name, path, target=None):
        if name not in WATCHED:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            self.timeline.watch(module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _show(path: Path, started: float, parent: int) -> None:
    rows = [line.rstrip("\n").split("\t") for line in path.read_text().splitlines()]
    pids = list(dict.fromkeys([str(parent), *(row[0] for row in sorted(rows, key=lambda row: float(row[1])))]))
    print(f"{'process':<8}{'start ms':>9}{'end ms':>9}{'took ms':>9}  step")
    for pid, start, end, name in sorted(rows, key=lambda row: float(row[1])):
        start_ms, end_ms = (float(start) - started) * 1000, (float(end) - started) * 1000
        print(f"P{pids.index(pid):<7}{start_ms:9.1f}{end_ms:9.1f}{end_ms - start_ms:9.1f}  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("document", type=Path)
    parser.add_argument("--min", type=float, default=3.0, help="shortest call shown, in milliseconds")
    parser.add_argument("--one-process", action="store_true", help="fork nothing: the work itself")
    args = parser.parse_args(argv)
    if not args.document.is_file():
        print(f"no such document: {args.document}", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="leaderdeck-timeline-"))
    log = folder / "timeline.tsv"
    timeline = _Timeline(log, args.min / 1000)
    sys.meta_path.insert(0, _Watcher(timeline))
    started = time.perf_counter()
    os.register_at_fork(after_in_child=lambda: timeline.span(time.perf_counter(), time.perf_counter(), "(forked)"))
    leave = os._exit

    def noted_exit(status: int) -> None:  # the command and its children leave with os._exit
        now = time.perf_counter()
        timeline.span(now, now, "(leaves)")
        if os.getpid() != parent:
            leave(status)
        raise SystemExit(status)

    parent = os.getpid()
    os._exit = noted_exit  # type: ignore[assignment]
    if args.one_process:
        from leaderdeck.importers import forked

        forked.can_fork = lambda: False  # type: ignore[assignment]
    from leaderdeck.cli import main as command

    sys.argv = ["leaderdeck", "import", str(args.document.resolve()), "--source", str(folder / "source")]
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # the import's own report: not what this shows
            command()
    except SystemExit as exc:
        if exc.code:
            print(f"leaderdeck import failed (exit {exc.code})", file=sys.stderr)
    finally:
        os._exit = leave  # type: ignore[assignment]
        timeline.span(time.perf_counter(), time.perf_counter(), "(done)")
        _show(log, started, parent)
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
