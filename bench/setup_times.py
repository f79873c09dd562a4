"""How long a newcomer waits: `make decks` and `make test` on a fresh clone (issue 10).

    make setup-times                         # 3 runs of each, cold and warm package cache
    python3 bench/setup_times.py --runs 1    # quicker

Each run clones the committed state of this repository into a temporary folder (no .venv)
and times `make decks`, then `make test`, as whole processes. "cold" gives pip and uv an
empty cache of their own, so every package is downloaded; "warm" shares one cache that a
first, uncounted run filled. Prints the medians as a Markdown table.
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

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ("decks", "test")


def timed_setup(cache: Path, scratch: Path) -> dict[str, float]:
    """Clone into ``scratch``, then time each target with ``cache`` as the package cache."""
    clone = scratch / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    env = {**os.environ, "UV_CACHE_DIR": str(cache / "uv"), "PIP_CACHE_DIR": str(cache / "pip"),
           "PIP_FIND_LINKS": "", "LEADERDECK_CACHE_DIR": str(cache / "leaderdeck")}
    times = {}
    for target in TARGETS:
        log = scratch / f"make-{target}.log"
        started = time.monotonic()
        with log.open("wb") as out:
            done = subprocess.run(["make", "-C", str(clone), target], env=env, stdout=out, stderr=subprocess.STDOUT)
        times[target] = time.monotonic() - started
        if done.returncode:
            tail = log.read_text(errors="replace").splitlines()[-60:]
            sys.exit(f"make {target} failed (exit {done.returncode}) in {clone}; last lines:\n" + "\n".join(tail))
    return times


def measure(runs: int) -> dict[str, dict[str, list[float]]]:
    results: dict[str, dict[str, list[float]]] = {"cold": {t: [] for t in TARGETS},
                                                  "warm": {t: [] for t in TARGETS}}
    with tempfile.TemporaryDirectory(prefix="leaderdeck-setup-") as tmp:
        warm_cache = Path(tmp) / "warm-cache"
        with tempfile.TemporaryDirectory(dir=tmp) as scratch:
            timed_setup(warm_cache, Path(scratch))  # fills the warm cache; not counted
        for run in range(runs):
            for kind in ("cold", "warm"):
                with tempfile.TemporaryDirectory(dir=tmp) as scratch:
                    cache = warm_cache if kind == "warm" else Path(scratch) / "cache"
                    for target, seconds in timed_setup(cache, Path(scratch)).items():
                        results[kind][target].append(seconds)
                        print(f"run {run + 1} {kind} make {target}: {seconds:.1f} s", file=sys.stderr, flush=True)
    return results


def table(results: dict[str, dict[str, list[float]]]) -> str:
    rows = ["| package cache | `make decks` (s) | `make test` (s) |", "|---|---|---|"]
    for kind, targets in results.items():
        cells = [f"{statistics.median(v):.1f} ({min(v):.1f}-{max(v):.1f})" for v in targets.values()]
        rows.append(f"| {kind} | {' | '.join(cells)} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    results = measure(parser.parse_args(argv).runs)
    print(f"Median of {len(results['cold']['decks'])} fresh clones (min-max):\n")
    print(table(results))


if __name__ == "__main__":
    main()
