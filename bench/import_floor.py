"""What the 1 MB import's 1 s goal leaves for the importer's own rules (issue 12).

    .venv/bin/python bench/import_floor.py            # 5 runs each, medians
    .venv/bin/python bench/import_floor.py --runs 9

Times, each in a fresh process of the venv's Python, as ``bench/import_speed.py`` runs the import:

- **start-up**: ``leaderdeck import`` of a three-line document (Python, Click, the importer's modules, the
  taxonomy and the topic classifier's training on the starter notes; almost no reading);
- **markdown-it**: the block parse alone of the benchmark's 1 MB Markdown document, with the reader's own
  parser settings (:func:`leaderdeck.importers.mdreader.parser`), whole and in two halves in two processes at
  once, as the importer reads a large document (the larger half's time counts);
- **import**: ``leaderdeck import`` of that document, end to end.

The floor is start-up plus the two-process parse: what any importer that reads Markdown through markdown-it
spends before deciding a single role. What the goal leaves for everything else (roles, assembly, notes, level
and topic, the YAML) is the goal minus the floor, shared by the machine's two cores; the script prints that
budget per note beside what the import spends per note now.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_speed import COMMAND, command_missing, one_megabyte, user_env  # noqa: E402  (a sibling script, not a package)

GOAL = 1.0
_PARSE = """
import os, sys, time
from leaderdeck.importers.mdreader import parser
text = open(sys.argv[1], encoding="utf-8").read()
md = parser()
if sys.argv[2] == "whole":
    started = time.perf_counter(); md.parse(text); print(time.perf_counter() - started)
else:
    cut = text.index("\\n## ", len(text) // 2) + 1  # at a heading, as the importer cuts
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        md.parse(text[cut:]); os._exit(0)
    md.parse(text[:cut]); os.waitpid(pid, 0); print(time.perf_counter() - started)
"""


def _wall(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=user_env())
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _parse(document: Path, how: str, runs: int) -> float:
    """The median of the in-process times the parse script prints (its own start-up left out)."""
    times = [float(subprocess.run([sys.executable, "-c", _PARSE, str(document), how], check=True, text=True,
                                  capture_output=True, env=user_env()).stdout) for _ in range(runs)]
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if command_missing():
        return 2
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        tiny = folder / "tiny.md"
        tiny.write_text("# Questions\n\n1. How do you settle a disagreement on your team?\n"
                        "I hear both sides first, then we agree on what would change our minds.\n", encoding="utf-8")
        (document,) = one_megabyte(folder)
        notes = document.read_text(encoding="utf-8").count("\n## ") - 1 + \
            document.read_text(encoding="utf-8").split("\n## Questions\n", 1)[1].count("?\n")
        start = _wall([str(COMMAND), "import", str(tiny), "--dry-run"], args.runs)
        whole = _parse(document, "whole", args.runs)
        halves = _parse(document, "halves", args.runs)
        full = _wall([str(COMMAND), "import", str(document), "--dry-run"], args.runs)
    floor = start + halves
    rest = full - floor
    print(f"start-up (a three-line document)      {start:5.2f} s")
    print(f"markdown-it block parse, 1 MB, whole  {whole:5.2f} s")
    print(f"  in two halves, two processes        {halves:5.2f} s")
    print(f"floor (start-up + two-process parse)  {floor:5.2f} s")
    print(f"leaderdeck import, 1 MB, {notes} notes {full:5.2f} s")
    print(f"left for the rules under the {GOAL:.0f} s goal   {GOAL - floor:5.2f} s wall, "
          f"{2 * (GOAL - floor) / notes * 1000:.2f} ms of CPU a note on 2 cores")
    print(f"spent on them now                     {rest:5.2f} s wall, {2 * rest / notes * 1000:.2f} ms of CPU a note "
          f"at best ({rest / max(GOAL - floor, 1e-9):.1f}x the budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
