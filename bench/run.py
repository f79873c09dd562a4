"""Benchmark ``leaderdeck build`` against the cost of writing the same deck with genanki (issue 7).

    make bench                                               # 1k, 10k and 50k notes, 3 runs each
    .venv/bin/python bench/run.py --sizes 1000,10000 --runs 3   # quicker

For each size it generates a synthetic corpus in a temporary folder, then
measures, in fresh subprocesses of the venv's ``leaderdeck``: cold builds,
warm rebuilds after a one-note edit, the genanki floor (``bench/floor.py``)
and ``leaderdeck validate``; plus ``leaderdeck --help``. It prints the table
and writes it to ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import Corpus, edit_one_note, write_corpus
from report import Sample, SizeResult, render, source_fingerprint

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "RESULTS.md"
FLOOR = BENCH / "floor.py"
DEFAULT_SIZES = (1_000, 10_000, 50_000)
SOURCE_DATE_EPOCH = "1700000000"
HELP_RUNS = 5


class BenchError(Exception):
    """A measured command failed, or the set-up is wrong."""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=_sizes, default=DEFAULT_SIZES,
                        help="comma-separated corpus sizes in notes (default: 1000,10000,50000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measurement; the median is reported")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora and print where they are")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the Markdown table")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()}))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers separated by commas, not {text!r}") from None
    if not sizes or min(sizes) < 100:
        raise argparse.ArgumentTypeError("each size must be at least 100 notes")
    return sizes


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="leaderdeck-bench-"))
    tree = source_fingerprint()
    try:
        executable = leaderdeck_executable()
        measure([str(executable), "--help"], scratch, os.environ.copy())  # untimed: warms the file cache
        help_samples = [measure([str(executable), "--help"], scratch, os.environ.copy())
                        for _ in range(max(HELP_RUNS, args.runs))]
        results = [bench_size(size, scratch, executable, args.runs, args.keep) for size in args.sizes]
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"bench: corpora kept in {scratch}", file=sys.stderr)
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    trees = (tree, source_fingerprint())
    if trees[0] != trees[1]:
        log("warning: leaderdeck's files changed during the run; the numbers may mix versions")
    command = "python bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    text = render(results, help_samples, command.strip(), args.runs, trees)
    args.results.write_text(text, encoding="utf-8")
    print(text)
    return 0


def leaderdeck_executable() -> Path:
    """The ``leaderdeck`` script next to this interpreter: what ``make decks`` runs."""
    path = Path(sys.executable).parent / "leaderdeck"
    if not path.exists():
        raise BenchError(f"no {path}; run this with the venv's python (make bench)")
    return path


def bench_size(size: int, scratch: Path, executable: Path, runs: int, keep: bool) -> SizeResult:
    """Generate one corpus and measure everything on it."""
    log(f"{size:,} notes: writing the corpus")
    corpus = prepare_corpus(scratch / f"notes-{size}", size)
    env = bench_env(corpus.root)
    build = [str(executable), "build", str(corpus.manifest.relative_to(corpus.root))]
    floor = [sys.executable, str(FLOOR), str(corpus.root), str(corpus.root / "floor.apkg")]
    sources = sorted(corpus.source.glob("*.yaml"))
    result = SizeResult(size, corpus.files, sum(p.stat().st_size for p in sources))
    measure([str(executable), "validate"], corpus.root, env)  # checks the corpus, warms the file cache
    measure(floor, corpus.root, env)
    for run in range(runs):
        result.floor.append(timed(f"{size:,} floor", run, runs, floor, corpus.root, env))
        clear_build_state(corpus)
        result.cold.append(timed(f"{size:,} cold build", run, runs, build, corpus.root, env))
    result.apkg_bytes = corpus.output.stat().st_size
    result.genanki_bytes = (corpus.root / "floor.apkg").stat().st_size
    for run in range(runs):
        edit_one_note(corpus)
        result.warm.append(timed(f"{size:,} warm rebuild", run, runs, build, corpus.root, env))
        check_one_change(result.warm[-1])
    validate = [str(executable), "validate"]
    for run in range(runs):
        result.validate.append(timed(f"{size:,} validate", run, runs, validate, corpus.root, env))
    if not keep:
        shutil.rmtree(corpus.root, ignore_errors=True)
    return result


def prepare_corpus(root: Path, size: int) -> Corpus:
    """The corpus, and the note types the floor writes (leaderdeck's own)."""
    from leaderdeck.notetypes import note_types
    from leaderdeck.taxonomy import load_taxonomy

    corpus = write_corpus(root, size, [topic.name for topic in load_taxonomy().topics])
    types = {
        note_type.kind.value: {
            "id": note_type.model_id, "name": note_type.name, "fields": list(note_type.fields),
            "css": note_type.css,
            "templates": [{"name": t.name, "qfmt": t.front, "afmt": t.back} for t in note_type.templates],
        }
        for note_type in note_types()
    }
    (root / "notetypes.json").write_text(json.dumps(types), encoding="utf-8")
    return corpus


def bench_env(root: Path) -> dict[str, str]:
    """The environment of every measured command: reproducible builds, caches inside the corpus."""
    env = os.environ.copy()
    env["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    env["LEADERDECK_CACHE_DIR"] = str(root / ".cache" / "leaderdeck")
    env["XDG_CACHE_HOME"] = str(root / ".cache" / "xdg")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's Python keeps its compiled modules
    return env


def clear_build_state(corpus: Corpus) -> None:
    """Remove the package, the lock file and any cache folder a build may have left."""
    corpus.output.unlink(missing_ok=True)
    corpus.lock.unlink(missing_ok=True)
    for folder in {corpus.root, corpus.manifest.parent, corpus.source, corpus.output.parent}:
        for path in folder.iterdir():
            if path.is_dir() and "cache" in path.name.lower():
                shutil.rmtree(path)


def check_one_change(sample: Sample) -> None:
    """Warn when a warm rebuild did not report exactly one changed note."""
    if "1 changed" not in sample.output:
        log(f"warning: the warm rebuild did not report '1 changed': {sample.output.strip()[:200]}")


def timed(what: str, run: int, runs: int, args: list[str], cwd: Path, env: dict[str, str]) -> Sample:
    sample = measure(args, cwd, env)
    log(f"{what} {run + 1}/{runs}: {sample.seconds:.2f} s, {sample.peak_kb * 1024 / 1e6:.0f} MB")
    return sample


def measure(args: list[str], cwd: Path, env: dict[str, str]) -> Sample:
    """Run one command; its wall time and its own peak RSS (``os.wait4``, not all children's).

    ``subprocess.run`` cannot return a single child's rusage, so this is ``Popen`` + ``wait4``
    with ``perf_counter`` around both, the same clock and the same cost.
    """
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                   stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode("utf-8", "replace")
    if process.returncode != 0:
        raise BenchError(f"{' '.join(args)} (in {cwd}) exited {process.returncode}:\n{output[-3000:]}")
    return Sample(seconds, usage.ru_maxrss, output)


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
