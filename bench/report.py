"""Benchmark results: the measurements, the targets of issue 7, and bench/RESULTS.md."""

from __future__ import annotations

import datetime
import hashlib
import importlib.util
import os
import platform
import statistics
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

REFERENCE_SIZE = 10_000
LARGE_SIZE = 50_000
PACKAGES = ("leaderdeck", "genanki", "PyYAML", "Markdown", "nh3", "click")


@dataclass(frozen=True, slots=True)
class Sample:
    """One measured subprocess: wall time and its own peak resident memory."""

    seconds: float
    peak_kb: int
    output: str = ""


def median(samples: list[Sample]) -> float:
    return statistics.median(s.seconds for s in samples)


@dataclass(slots=True)
class SizeResult:
    notes: int
    files: int
    source_bytes: int
    floor: list[Sample] = field(default_factory=list)
    cold: list[Sample] = field(default_factory=list)
    warm: list[Sample] = field(default_factory=list)
    validate: list[Sample] = field(default_factory=list)
    apkg_bytes: int = 0
    genanki_bytes: int = 0

    @property
    def build_peak_mb(self) -> float:
        return max(s.peak_kb for s in self.cold + self.warm) * 1024 / 1e6

    @property
    def floor_peak_mb(self) -> float:
        return max(s.peak_kb for s in self.floor) * 1024 / 1e6

    @property
    def size_ratio(self) -> float:
        return self.apkg_bytes / self.genanki_bytes


@dataclass(frozen=True, slots=True)
class Check:
    """One target of the issue: what was measured and whether it is met."""

    label: str
    goal: str
    limit: float
    value: float | None
    shown: str

    @property
    def status(self) -> str:
        if self.value is None:
            return "n/a"
        return "PASS" if self.value <= self.limit else "FAIL"


def checks(results: list[SizeResult], help_samples: list[Sample]) -> list[Check]:
    by_size = {r.notes: r for r in results}
    ref = by_size.get(REFERENCE_SIZE) or max(results, key=lambda r: r.notes)
    at = f"{_size(ref.notes)} notes"
    cold, warm = median(ref.cold) / median(ref.floor), median(ref.warm) / median(ref.floor)
    small, large = by_size.get(REFERENCE_SIZE), by_size.get(LARGE_SIZE)
    scaling = median(large.cold) / median(small.cold) if small and large else None
    biggest = max(results, key=lambda r: r.notes)
    peak = large.build_peak_mb if large else None
    help_ms = median(help_samples) * 1000
    return [
        Check(f"cold build / floor ({at})", "<= 3x", 3.0, cold, f"{cold:.2f}x"),
        Check(f"warm rebuild after a one-note edit / floor ({at})", "<= 1.3x", 1.3, warm, f"{warm:.2f}x"),
        Check("cold build 50k / 10k", "<= 5.5x", 5.5, scaling,
              f"{scaling:.2f}x" if scaling else "not measured (needs --sizes with 10000 and 50000)"),
        Check("`leaderdeck --help`", "< 150 ms", 150.0, help_ms, f"{help_ms:.0f} ms"),
        Check("peak memory of the build at 50k notes", "< 400 MB", 400.0, peak,
              f"{peak:.0f} MB" if peak
              else f"not measured ({biggest.build_peak_mb:.0f} MB at {_size(biggest.notes)})"),
        Check(f".apkg size / genanki's uncompressed size ({at})", "<= 35%", 0.35, ref.size_ratio,
              f"{ref.size_ratio:.0%}"),
    ]


def targets_table(found: list[Check]) -> str:
    rows = [[c.label, c.shown, c.goal, c.status] for c in found]
    return _table(["target", "measured", "goal", "result"], rows)


def sizes_table(results: list[SizeResult]) -> str:
    header = ["notes", "files", "sources MB", "floor s", "cold build s", "warm rebuild s", "validate s",
              "cold / floor", "warm / floor", "build peak MB", "floor peak MB", ".apkg MB", "genanki MB",
              ".apkg / genanki"]
    rows = []
    for r in results:
        floor = median(r.floor)
        rows.append([f"{r.notes:,}", str(r.files), _mb(r.source_bytes), f"{floor:.2f}", f"{median(r.cold):.2f}",
                     f"{median(r.warm):.2f}", f"{median(r.validate):.2f}", f"{median(r.cold) / floor:.2f}x",
                     f"{median(r.warm) / floor:.2f}x", f"{r.build_peak_mb:.0f}", f"{r.floor_peak_mb:.0f}",
                     _mb(r.apkg_bytes), _mb(r.genanki_bytes), f"{r.size_ratio:.0%}"])
    return _table(header, rows)


def runs_table(results: list[SizeResult], help_samples: list[Sample]) -> str:
    measures: list[tuple[str, Callable[[SizeResult], list[Sample]]]] = [
        ("floor", lambda r: r.floor), ("cold build", lambda r: r.cold),
        ("warm rebuild", lambda r: r.warm), ("validate", lambda r: r.validate)]
    rows = [[f"{r.notes:,}", name, " ".join(f"{s.seconds:.2f}" for s in pick(r))]
            for r in results for name, pick in measures]
    rows.append(["-", "--help", " ".join(f"{s.seconds * 1000:.0f} ms" for s in help_samples)])
    return _table(["notes", "measure", "every run (s)"], rows)


def render(results: list[SizeResult], help_samples: list[Sample], command: str, runs: int,
           trees: tuple[str, str]) -> str:
    """The Markdown report; ``trees`` are the library's fingerprints before and after the run."""
    found = checks(results, help_samples)
    failed = sum(c.status == "FAIL" for c in found)
    lines = [
        "# leaderdeck benchmark results", "",
        f"Written by `bench/run.py` on {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC; "
        f"median of {runs} runs each. {failed} of {len(found)} targets failed.", "",
        "## Targets (issue 7)", "", targets_table(found), "",
        "## By corpus size", "", sizes_table(results), "",
        "## Every run", "", runs_table(results, help_samples), "",
        "## Machine", "", *(f"- {line}" for line in machine(trees)), "",
        "## Reproduce", "", "```sh", "make bench                      # 1k, 10k and 50k notes, 3 runs each",
        command, "```", "", METHOD,
    ]
    return "\n".join(lines)


def machine(trees: tuple[str, str]) -> list[str]:
    lines = [f"CPU: {_cpu()}, {os.cpu_count()} cores; RAM: {_ram_gb():.1f} GB",
             f"OS: {platform.system()} {platform.release()}; Python {platform.python_version()}",
             "Packages: " + ", ".join(f"{name} {_version(name)}" for name in PACKAGES)]
    lines.append(f"leaderdeck source: {_revision()}, tree {trees[1]}")
    if trees[0] != trees[1]:
        lines.append(f"**Warning:** leaderdeck's files changed during the run (tree {trees[0]} at the start); "
                     "the numbers may mix versions")
    return lines


def source_fingerprint() -> str:
    """A hash of the files of the ``leaderdeck`` package being measured, to notice edits during a run."""
    spec = importlib.util.find_spec("leaderdeck")
    if spec is None or spec.origin is None:
        return "unknown"
    package = Path(spec.origin).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def _cpu() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return platform.processor() or "unknown CPU"
    return next((line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("model name")),
                platform.processor() or "unknown CPU")


def _ram_gb() -> float:
    try:
        text = Path("/proc/meminfo").read_text(encoding="utf-8")
    except OSError:
        return 0.0
    kb = next((int(line.split()[1]) for line in text.splitlines() if line.startswith("MemTotal:")), 0)
    return kb * 1024 / 1e9


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def _revision() -> str:
    repo = Path(__file__).resolve().parent.parent

    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    dirty = git("status", "--porcelain", "--untracked-files=normal", "--", "leaderdeck")
    return f"git {commit}" + (" with uncommitted changes in leaderdeck/" if dirty else "")


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f}"


def _size(notes: int) -> str:
    return f"{notes // 1000}k" if notes % 1000 == 0 else str(notes)


METHOD = """## How it is measured

- **Corpus**: `bench/corpus.py` writes N notes (25% STAR, 10% scenario, 65% Q&A; every level and
  topic of the taxonomy; STAR parts of 30-200 words with bullet lists and bold labels, Q&A answers
  of 80-200 words, scenarios with discussion points) into `source/notes-NNNN.yaml`, 100 notes a
  file, plus a manifest `decks/bench.yaml`. Text comes from a fixed word list and a seeded random
  generator, so every run builds the same corpus.
- **Cold build**: `leaderdeck build decks/bench.yaml` in a fresh process, with no `.apkg`, no lock
  file and no cache (any folder named `*cache*` next to the manifest, the sources or the corpus
  root is deleted; `LEADERDECK_CACHE_DIR` and `XDG_CACHE_HOME` point inside the corpus).
- **Warm rebuild**: the same command after changing one sentence of one Q&A note, with the lock
  file and any cache left by the previous build.
- **Floor**: `bench/floor.py` loads the same files with `yaml.load(..., Loader=yaml.CSafeLoader)`
  and writes the same notes, with leaderdeck's note types, by `genanki.Package.write_to_file`:
  no validation, no Markdown, no lock file, genanki's uncompressed zip. Also a fresh process with
  the same interpreter, so start-up is counted the same way.
- **Start-up**: `leaderdeck --help` (at least 5 runs) and `leaderdeck validate` of the corpus
  (sources and manifest).
- **Time** is wall time (`time.perf_counter`) around each subprocess; **peak memory** is that
  process's maximum resident set size (`os.wait4`), in MB of 10^6 bytes; the build's peak is the
  largest over its cold and warm runs.
- **Sizes**: the built `.apkg` against the floor's output, which is genanki's own uncompressed
  package for the same notes. `SOURCE_DATE_EPOCH` is fixed, so builds are reproducible.
- Ratios use the 10k corpus (or the largest one run, when 10k is not among `--sizes`).
"""
