"""How long ``leaderdeck sync`` takes on a large collection with one changed note.

Writes the synthetic corpus (bench/corpus.py) of SIZE notes, syncs it into a fresh
collection once (every note added), then edits one note and times ``leaderdeck sync`` as a
user runs it (a new process, warm render cache): the run pulls nothing, updates that one
note, and must leave every other note's modification time alone. A second timed run with
no change must write nothing. The goal: under 3 seconds at 10,000 notes.

    .venv/bin/python bench/sync_10k.py              # 10,000 notes, 5 runs, median quoted
    .venv/bin/python bench/sync_10k.py --size 2000 --runs 1
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import edit_one_note  # noqa: E402
from run import BenchError, bench_env, leaderdeck_executable, log, prepare_corpus  # noqa: E402

GOAL_SECONDS = 3.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10_000, help="notes in the corpus (default 10000)")
    parser.add_argument("--runs", type=int, default=5, help="timed syncs with one edited note (default 5)")
    args = parser.parse_args(argv)
    executable = leaderdeck_executable()
    with tempfile.TemporaryDirectory(prefix="leaderdeck-bench-sync-") as scratch:
        root = Path(scratch) / "project"
        corpus = prepare_corpus(root, args.size)
        env = bench_env(root)
        env.pop("SOURCE_DATE_EPOCH")  # a sync stamps notes with the real time, as a user's does
        collection = root / "Anki2" / "Bench" / "collection.anki2"
        collection.parent.mkdir(parents=True)
        _new_collection(collection)
        command = [str(executable), "sync", "--collection", str(collection)]
        first = measure(command, root, env)
        log(f"{args.size:,} notes, first sync (all new): {first.seconds:.2f} s, CPU {first.cpu:.2f} s")
        times, cpus = [], []
        for run in range(args.runs):
            edit_one_note(corpus)
            before = _note_mods(collection)
            sample = measure(command, root, env)
            changed = sum(1 for nid, mod in _note_mods(collection).items() if before.get(nid) != mod)
            if "0 new, 1 updated, 0 moved" not in sample.output or changed != 1:
                log(f"warning: expected exactly one updated note, saw {changed}: {sample.output.strip()[:300]}")
            times.append(sample.seconds)
            cpus.append(sample.cpu)
            log(f"sync with one changed note {run + 1}/{args.runs}: {sample.seconds:.2f} s, CPU {sample.cpu:.2f} s, "
                f"{sample.peak_mb:.0f} MB, {changed} note written")
        mod = _collection_mod(collection)
        idle = measure(command, root, env)
        untouched = _collection_mod(collection) == mod
        log(f"sync with nothing changed: {idle.seconds:.2f} s, CPU {idle.cpu:.2f} s, collection untouched: "
            f"{untouched}")
        middle = statistics.median(times)  # the figure to quote: one lucky or slow run does not move it
        verdict = "within" if middle < GOAL_SECONDS else "over"
        print(f"sync of {args.size:,} notes with one changed note: median {middle:.2f} s of {args.runs} "
              f"(min {min(times):.2f}, max {max(times):.2f}; CPU median {statistics.median(cpus):.2f} s; {verdict} the "
              f"{GOAL_SECONDS:.0f} s goal); unchanged sync {idle.seconds:.2f} s (CPU {idle.cpu:.2f} s), "
              f"wrote nothing: {untouched}")
        shutil.rmtree(root, ignore_errors=True)
        return 0 if middle < GOAL_SECONDS and untouched else 1


@dataclass(frozen=True, slots=True)
class Timing:
    seconds: float  # wall clock
    cpu: float      # the command's own user + system time: steadier than wall time on a shared machine
    peak_mb: float
    output: str


def measure(args: list[str], cwd: Path, env: dict[str, str]) -> Timing:
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                   stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise BenchError(f"{' '.join(args)} exited {os.waitstatus_to_exitcode(status)}:\n{output[-3000:]}")
    return Timing(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def _new_collection(path: Path) -> None:
    from anki.collection import Collection

    Collection(str(path)).close()


def _note_mods(collection: Path) -> dict[int, int]:
    with contextlib.closing(sqlite3.connect(f"file:{collection}?mode=ro", uri=True)) as db:
        return dict(db.execute("select id, mod from notes"))


def _collection_mod(collection: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{collection}?mode=ro", uri=True)) as db:
        return db.execute("select mod from col").fetchone()[0]


if __name__ == "__main__":
    sys.exit(main())
