"""Fuzz the command line with hostile file-system objects (issue 11).

    .venv/bin/python bench/fuzz_cli.py --runs 300

Builds a scratch project (sources, a manifest, a built deck and its lock, documents to
import) surrounded by hostile objects: FIFOs, devices, symlink loops, dangling links,
links to devices, folders where files are expected, missing folders, a read-only file
system path, binary and oversized files. Each run picks a command and fills its
arguments with those objects at random, runs it as a user would (a subprocess with a time
limit), and records hangs, tracebacks, exit codes and whether any input file changed.
Exits 1 if any run hung, showed a traceback or changed an input.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "mini" / "notes.yaml"
TIMEOUT = 60
COMMANDS = [
    ["validate", "{any}"], ["lint", "{any}"], ["list", "{any}"], ["stats", "{any}"],
    ["build", "{any}"], ["build", "--source", "{any}", "--out", "{any}"],
    ["import", "{any}", "--dry-run"], ["import", "{doc}", "--out", "{any}", "--force"],
    ["import", "{any}", "--source", "{any}"], ["preview", "{any}", "--out", "{any}"], ["check", "{any}"],
    ["schema", "--out", "{any}"], ["--taxonomy", "{any}", "validate", "source"],
    ["build", "decks/deck.yaml", "decks/{any}"],
    ["pull", "{any}"], ["pull", "{any}", "--dry-run"], ["sync", "--collection", "{any}"],
    ["sync", "decks/{any}", "--collection", "{any}", "--dry-run"], ["coverage", "{any}", "--out", "{any}"],
    ["init", "{any}"],
]
# what each command may write: its outputs, never its inputs
WRITES = {"build": ("decks/deck.apkg", "decks/deck.lock"), "pull": ("decks/deck.lock",),
          "sync": ("decks/deck.lock", "anki/collection.anki2")}


def make_project(root: Path) -> list[Path]:
    """The scratch project and its hostile neighbours; returns the input files to protect."""
    (root / "source").mkdir()
    shutil.copy(FIXTURE, root / "source" / "notes.yaml")
    (root / "decks").mkdir()
    (root / "decks" / "deck.yaml").write_text("name: Fuzz\nsources: [../source/*.yaml]\n", encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "bank.md").write_text("# Bank\n\n1. What is a good on-call rota?\n\nOne that rests people.\n",
                                           encoding="utf-8")
    subprocess.run([sys.executable, "-m", "leaderdeck", "build"], cwd=root, check=True, capture_output=True,
                   env=_env(root))
    (root / "anki").mkdir()
    subprocess.run([sys.executable, "-c", "import sys; from anki.collection import Collection; "
                    "Collection(sys.argv[1]).close()", str(root / "anki" / "collection.anki2")], check=True)
    hostile = root / "hostile"
    hostile.mkdir()
    os.mkfifo(hostile / "fifo.yaml")
    os.mkfifo(hostile / "fifo.apkg")
    (hostile / "loop").symlink_to(".", target_is_directory=True)
    (hostile / "dangling.yaml").symlink_to("nowhere.yaml")
    (hostile / "zero.yaml").symlink_to("/dev/zero")
    (hostile / "null.apkg").symlink_to("/dev/null")
    (hostile / "folder.yaml").mkdir()
    (hostile / "binary.yaml").write_bytes(os.urandom(4096))
    (hostile / "big.yaml").write_bytes(b"a: " + b"x" * (2 * 1024 * 1024 + 1))
    (hostile / "empty.yaml").write_bytes(b"")
    return [p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and "hostile" not in p.parts]


def choices(root: Path) -> list[str]:
    hostile = [str(p) for p in sorted((root / "hostile").iterdir())]
    special = ["/dev/zero", "/dev/null", "/dev/urandom", "/dev/full", "/proc/self/status", "/proc/x.json",
               str(root / "missing" / "x.yaml"), str(root / "missing"), "/**/*.yaml"]
    own = ["source", "source/notes.yaml", "decks/deck.yaml", "decks/deck.apkg", "decks/deck.lock",
           "docs/bank.md", "out.apkg", "out.json", "source/new.yaml", "anki/collection.anki2", "new-workspace"]
    return hostile + special + own


def fingerprint(paths: list[Path]) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "gone" for p in paths}


def _env(root: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "LEADERDECK_CACHE_DIR": str(root.parent / "cache")}


def run_once(rng: random.Random, root: Path, options: list[str], inputs: list[Path], counts: collections.Counter,
             failures: list[str]) -> None:
    command = [part.replace("{any}", rng.choice(options)).replace("{doc}", "docs/bank.md")
               for part in rng.choice(COMMANDS)]
    before = fingerprint(inputs)
    try:
        result = subprocess.run([sys.executable, "-m", "leaderdeck", *command], cwd=root, capture_output=True,
                                text=True, timeout=TIMEOUT, env=_env(root), stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        counts["hang"] += 1
        failures.append(f"hang: {command}")
        return
    counts[f"exit {result.returncode}"] += 1
    if "Traceback" in result.stderr:
        counts["traceback"] += 1
        failures.append(f"traceback: {command}\n{result.stderr[-1500:]}")
    allowed = () if "--dry-run" in command else WRITES.get(command[0], ())
    changed = [name for p, digest in fingerprint(inputs).items()
               if before[p] != digest and (name := str(p.relative_to(root))) not in allowed]
    if changed:
        counts["input changed"] += 1
        failures.append(f"changed {changed}: {command}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    counts: collections.Counter = collections.Counter()
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="leaderdeck-fuzz-") as tmp:
        root = Path(tmp) / "project"
        root.mkdir()
        inputs = make_project(root)
        options = choices(root)
        for _ in range(args.runs):
            run_once(rng, root, options, inputs, counts, failures)
    print(f"{args.runs} runs: " + ", ".join(f"{name} {count}" for name, count in sorted(counts.items())))
    for failure in failures[:20]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
