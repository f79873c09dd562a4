"""Benchmark ``leaderdeck lint`` and its near-duplicate question check (issue 11, item 11).

    .venv/bin/python bench/lint.py                          # 1k, 4k and 10k notes
    .venv/bin/python bench/lint.py --sizes 1000 --pairwise 1000

For each size it writes the synthetic corpus of ``bench/corpus.py`` plus one
note in twenty that rewrites an earlier question the way a person repeats one
(a word added, dropped or swapped, a typo), then measures, median of the runs:

- ``leaderdeck lint --warn-only`` end to end, in a fresh subprocess, beside
  ``leaderdeck validate`` (reading the same notes, no coaching checks);
- the near-duplicate step alone (``first_near_duplicates``) on the same questions;
- up to ``--pairwise`` notes: the old check (difflib on every earlier question)
  and whether both report the same duplicates.
"""

from __future__ import annotations

import argparse
import difflib
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write_corpus

from leaderdeck.lint import comparable_question
from leaderdeck.loader import find_sources, load_sources
from leaderdeck.neardup import first_near_duplicates
from leaderdeck.taxonomy import load_taxonomy

BIN = Path(sys.executable).parent
FILLERS = ("your", "the", "a", "really", "new", "team", "most", "recent")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,4000,10000", help="corpus sizes in notes, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="runs of each timing; the median is reported")
    parser.add_argument("--pairwise", type=int, default=1000, help="compare with the old check up to this size")
    args = parser.parse_args(argv)
    taxonomy = load_taxonomy()
    print("| notes | duplicates found | `leaderdeck validate` s (CPU s) | `leaderdeck lint` s (CPU s) "
          "| near-duplicate step s | old pairwise step s | same findings |")
    print("|---|---|---|---|---|---|---|")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="leaderdeck-lint-bench-") as folder:
            root = Path(folder)
            write_corpus(root, size, [t.name for t in taxonomy.topics])
            add_rewrites(root / "source", taxonomy, size // 20)
            texts = questions(root / "source", taxonomy)
            validate = timed(args.runs, root, "validate")
            lint = timed(args.runs, root, "lint", "--warn-only")
            step = median(args.runs, lambda: first_near_duplicates(texts))
            found = first_near_duplicates(texts)
            old, same = "-", "-"
            if size <= args.pairwise:
                started = time.perf_counter()
                expected = pairwise(texts)
                old, same = f"{time.perf_counter() - started:.2f}", "yes" if expected == found else "NO"
            print(f"| {size:,} | {sum(f is not None for f in found)} | {validate} | {lint} | {step:.2f} "
                  f"| {old} | {same} |")


def add_rewrites(source: Path, taxonomy, count: int) -> None:
    """A file of draft notes, each repeating an earlier question with a small edit."""
    prompts = [n.prompt for n in load_sources(find_sources([source]), taxonomy)]
    rng = random.Random(count)
    lines = ["defaults:", "  level: staff", "  topic: Hiring", "notes:"]
    for number in range(count):
        words = rng.choice(prompts).split()
        at = rng.randrange(len(words))
        roll = rng.random()
        if roll < 0.4:
            words.insert(at, rng.choice(FILLERS))
        elif roll < 0.7:
            words[at] = words[at][:-1] or words[at]
        else:
            words[at] = rng.choice(FILLERS)
        lines += [f"  - id: rewrite-{number}", "    kind: qa", "    draft: true", f"    question: {' '.join(words)!r}"]
    (source / "rewrites.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def questions(source: Path, taxonomy) -> list[str]:
    notes = load_sources(find_sources([source]), taxonomy)
    return [comparable_question(n.prompt) for n in notes]


def timed(runs: int, root: Path, *command: str) -> str:
    """Median wall-clock and CPU seconds of a leaderdeck command on the corpus (CPU time is steadier on a
    machine shared with other work)."""
    walls, cpus = [], []
    for _ in range(runs):
        before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run([str(BIN / "leaderdeck"), *command, "source"], cwd=root, check=True, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        walls.append(time.perf_counter() - started)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return f"{statistics.median(walls):.2f} ({statistics.median(cpus):.2f})"


def pairwise(texts: list[str], threshold: float = 0.9) -> list[int | None]:
    """The check as it was: difflib against every earlier question, in order."""
    found = []
    for i, text in enumerate(texts):
        match = None
        for j in range(i):
            matcher = difflib.SequenceMatcher(None, text, texts[j], autojunk=False)
            if text == texts[j] or (matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold
                                    and matcher.ratio() >= threshold):
                match = j
                break
        found.append(match)
    return found


def median(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


if __name__ == "__main__":
    main()
