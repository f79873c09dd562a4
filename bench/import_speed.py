"""Benchmark ``leaderdeck import`` end to end (issue 12): a 1 MB document, and 20 documents at once.

    .venv/bin/python bench/import_speed.py            # 3 runs each, medians
    .venv/bin/python bench/import_speed.py --runs 5

Documents are generated (our own words, varied shapes: a story bank with bold
STAR labels, a numbered question bank, a coaching page, a scenario set) into a
temporary folder, then ``leaderdeck import`` runs in a fresh subprocess of the
venv's own command, as a user runs it, writing into a fresh ``source/``. The
targets: under 1 s for the 1 MB document (as Markdown and as plain text), under 3 s for the 20 documents.
Where ``../shared/samples`` is present (real documents written by others, never copied into this repository),
a megabyte of them, one after another, is timed too, against the same 1 s: real notes are longer and wordier
than the generated ones and cost more a byte to read.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
COMMAND = Path(sys.executable).with_name("leaderdeck")
TARGETS = {"one 1 MB document": 1.0, "one 1 MB text file": 1.0, "20 documents": 3.0, "1 MB of real documents": 1.0}
SAMPLES = BENCH.parents[1] / "shared" / "samples"


def story(n: int) -> str:
    return (f"## {n}. The Release Train Number {n} (Delivery)\n\n**Competency:** Delivery, Planning\n\n"
            f"- **Situation:** Our release train number {n} slipped for three weeks while {n % 7 + 2} teams waited.\n"
            f"- **Task:** I owned the plan to get train {n} back on a weekly rhythm.\n"
            f"- **Action:** I cut the scope of train {n} by a third, paired the slowest reviewers and "
            "published the burn-down every morning.\n"
            f"- **Result:** Train {n} shipped weekly for {n % 11 + 4} weeks in a row; lead time fell by 40%.\n"
            f"- **Learning:** Small trains beat big plans, as train {n} showed.\n\n")


def question(n: int) -> str:
    return (f"{n}. How would you handle stakeholder request number {n} when the roadmap is full?\n"
            f"I would ask what request {n} is for, compare it with the quarter's goals, and say which "
            "item it would replace before agreeing to anything.\n")


def coaching(n: int) -> str:
    return (f"# Tell me about a time you changed a plan, part {n}\n\n## What interviewers look for\n\n"
            "- A clear reason for the change\n- How you told the people affected\n\n## Red flags\n\n"
            "- Blaming the original plan\n\n## Sample answer\n\n**Situation:** The plan was late.\n\n"
            "**Task:** I had to fix it.\n\n**Action:** I re-planned with the team.\n\n"
            "**Result:** We shipped two weeks later than planned but with the full scope.\n")


def scenario(n: int) -> str:
    return (f"### Scenario {n}: The Platform Squeeze {n}\n**Level**: Director\n**Duration**: 45 minutes\n\n"
            f"**Situation**: Platform team {n} supports forty teams and is behind on every request.\n\n"
            "**Key Challenges**:\n- Too many requests\n- No product manager\n\n**Expected Discussion Points**:\n\n"
            "#### 1. Intake\n- How would you decide what the team takes on?\n\n")


def _half_and_half(path: Path, title: str, stories, questions_heading: str, questions) -> list[Path]:
    """``title``, stories up to half a megabyte, then numbered questions under their heading up to a megabyte."""
    parts, size, n = [title], 0, 0
    for maker, until, heading in ((stories, 500_000, ""), (questions, 1_000_000, questions_heading)):
        parts.append(heading)
        while size < until:
            n += 1
            parts.append(maker(n))
            size += len(parts[-1].encode("utf-8"))
    path.write_text("".join(parts), encoding="utf-8")
    return [path]


def one_megabyte(folder: Path) -> list[Path]:
    """A story bank, then a numbered question bank under a heading of its own: half a megabyte each."""
    return _half_and_half(folder / "big-story-bank.md", "# Story Bank\n\n", story, "## Questions\n\n", question)


def plain_story(n: int) -> str:
    """A story as plain text typed in an editor: a title line, then ``Part: text`` lines."""
    return story(n).replace(f"## {n}. ", f"Story {n}: ").replace("- **", "").replace("**", "")


def one_megabyte_text(folder: Path) -> list[Path]:
    """The same half megabytes as plain text: stories with ``Situation:`` lines, then numbered questions, a blank
    line after each."""
    return _half_and_half(folder / "big-story-bank.txt", "Story Bank\n==========\n\n", plain_story,
                          "Questions\n=========\n\n", lambda n: question(n) + "\n")


def twenty(folder: Path) -> list[Path]:
    makers = [lambda n: "".join(story(n * 100 + i) for i in range(15)),
              lambda n: "".join(question(n * 100 + i) for i in range(1, 60)),
              coaching,
              lambda n: "# Scenarios\n\n" + "".join(scenario(n * 100 + i) for i in range(8))]
    paths = []
    for n in range(20):
        path = folder / f"doc-{n:02d}.{'txt' if n % 4 == 1 else 'md'}"
        path.write_text(makers[n % 4](n), encoding="utf-8")
        paths.append(path)
    return paths


def real_megabyte(folder: Path) -> list[Path]:
    """The shared sample documents in Markdown, one after another (again from the first when they run out) up to
    a megabyte, as one document."""
    samples = sorted(p for p in SAMPLES.glob("*.md") if p.name != "INDEX.md")
    parts, size = [], 0
    while size < 1_000_000:
        for sample in samples:
            parts.append(sample.read_text(encoding="utf-8") + "\n\n")
            size += len(parts[-1].encode("utf-8"))
            if size >= 1_000_000:
                break
    path = folder / "real-documents.md"
    path.write_text("".join(parts), encoding="utf-8")
    return [path]


def user_env() -> dict[str, str]:
    """This environment as a user's shell has it: a user's Python keeps its compiled modules."""
    env = os.environ.copy()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def command_missing() -> bool:
    """Whether the venv's ``leaderdeck`` is missing (said on stderr): the benchmarks time the installed command."""
    if COMMAND.exists():
        return False
    print(f"no {COMMAND}: run `make test` or `make decks` first", file=sys.stderr)
    return True


def measure(paths: list[Path], folder: Path, runs: int) -> list[float]:
    """The seconds of each of ``runs`` imports of ``paths``, after one not timed: a user's first import on a machine
    (or after an upgrade) also compiles its regular expressions and keeps them for the next (about 0.2 s more for a
    megabyte), as Python compiles and keeps its modules."""
    env = user_env()
    subprocess.run([str(COMMAND), "import", *map(str, paths), "--source", str(folder / "source-warm-up")],
                   check=True, stdout=subprocess.DEVNULL, env=env)
    times = []
    for run in range(runs):
        out = folder / f"source-{run}"
        started = time.perf_counter()
        subprocess.run([str(COMMAND), "import", *map(str, paths), "--source", str(out)], check=True,
                       stdout=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if command_missing():
        return 2
    failed = False
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        makers = {"one 1 MB document": one_megabyte, "one 1 MB text file": one_megabyte_text, "20 documents": twenty,
                  "1 MB of real documents": real_megabyte}
        for label, make in makers.items():
            limit = TARGETS[label]
            if make is real_megabyte and not any(p.name != "INDEX.md" for p in SAMPLES.glob("*.md")):
                print(f"{label:<22} skipped: no shared samples at {SAMPLES}")
                continue
            sub = folder / label.replace(" ", "-")
            sub.mkdir()
            paths = make(sub)
            size = sum(p.stat().st_size for p in paths)
            times = measure(paths, sub, args.runs)
            median = statistics.median(times)
            verdict = "ok" if median < limit else "SLOW"
            failed |= median >= limit
            print(f"{label:<22} {size / 1e6:5.2f} MB  median {median:5.2f} s  "
                  f"(runs: {', '.join(f'{t:.2f}' for t in times)})  target < {limit:.0f} s  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
