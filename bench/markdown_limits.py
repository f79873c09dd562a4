"""How long one field takes to render, or to be refused, for Markdown that is slow in
python-markdown (issue 11, item 10).

    .venv/bin/python bench/markdown_limits.py              # every family up to 2 MiB
    .venv/bin/python bench/markdown_limits.py --random 500 # plus random markup soup

Each family of pathological text is rendered at sizes up to the 2 MiB file limit through
leaderdeck's renderer (the check in ``leaderdeck/mdlimits.py``, then the fast path or
python-markdown). Prints the seconds per size and whether the text was rendered or refused,
and fails (exit 1) if any field took longer than the bound.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from leaderdeck.errors import LeaderdeckError  # noqa: E402
from leaderdeck.render import Renderer  # noqa: E402

BOUND_SECONDS = 2.0
SIZES = (1_000, 5_000, 19_000, 100_000, 2_000_000)
FAMILIES = {
    "stray [": lambda n: "[" * n,
    "[ between words": lambda n: "[a " * (n // 3),
    "![": lambda n: "![" * (n // 2),
    "[a](": lambda n: "[a](" * (n // 4),
    "*** lines": lambda n: "***\n" * (n // 4),
    "=== underlines": lambda n: "a\n===\n" * (n // 6),
    "# lines": lambda n: "# h\n" * (n // 4),
    "&amp;": lambda n: "&amp;" * (n // 5),
    "<": lambda n: "<" * n,
    "*a": lambda n: "*a" * (n // 2),
    "<div>": lambda n: "<div>" * (n // 5),
    "links": lambda n: "[a](b) " * (n // 7),
    "table rows": lambda n: "|a|b|\n|-|-|\n" + "|x|y|\n" * (n // 6),
    "nested lists": lambda n: "".join("    " * (i % 300) + "- x\n" for i in range(n // 600 + 1)),
    "nested quotes": lambda n: "".join("> " * (i % 300) + "x\n" for i in range(n // 300 + 1)),
    "_a_ *b* `c`": lambda n: "_a_ *b* `c` " * (n // 12),
    "plain prose": lambda n: " ".join(["Plain words in a sentence."] * (n // 27)),
}
SOUP = ["[", "]", "(", ")", "!", "*", "_", "`", "#", ">", "-", "=", "|", "&amp;", "<", "\n", "\n\n", "    ",
        "- ", "1. ", "word ", "**", "\\", "```"]


def timed(text: str) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        Renderer().block(text)
        outcome = "ok"
    except LeaderdeckError:
        outcome = "refused"
    return time.perf_counter() - started, outcome


def families() -> float:
    worst = 0.0
    print(f"| family | {' | '.join(f'{n:,} chars' for n in SIZES)} |")
    print(f"|---|{'---|' * len(SIZES)}")
    for name, make in FAMILIES.items():
        cells = []
        for size in SIZES:
            seconds, outcome = timed(make(size))
            worst = max(worst, seconds)
            cells.append(f"{seconds:.2f} s {outcome}")
        print(f"| {name} | {' | '.join(cells)} |", flush=True)
    return worst


def soup(count: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    worst, refused = 0.0, 0
    for _ in range(count):
        text = "".join(rng.choice(SOUP) for _ in range(rng.randint(100, 6_000)))
        seconds, outcome = timed(text)
        worst, refused = max(worst, seconds), refused + (outcome == "refused")
    print(f"\nrandom markup: {count} fields of up to ~15,000 characters, {refused} refused, slowest {worst:.2f} s")
    return worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=0, help="also render this many random markup fields")
    args = parser.parse_args()
    worst = max(families(), soup(args.random) if args.random else 0.0)
    verdict = "PASS" if worst <= BOUND_SECONDS else "FAIL"
    print(f"\nslowest field: {worst:.2f} s (bound {BOUND_SECONDS:.0f} s): {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
