"""Check that ``leaderdeck import`` grows linearly with a document's size, shape by shape.

    .venv/bin/python bench/import_scaling.py          # 400 and 1,600 questions of each shape
    .venv/bin/python bench/import_scaling.py 1000     # 1,000 and 4,000

Each shape (question headings, bullet lists, nested answers, numbered plain text, follow-ups, stories,
<details> sections, a table, Q:/A: lines, criteria after questions, areas stated among asking items, a plain-text
list of prompt lines, one question asked again and again, thousands of labelled lines, tips or links under one question,
stories each headed `## Story`) is generated at n and 4n questions and imported in this process (no fork, so the figure is the work itself). A ratio far above 4 means some rule reads
the document again for each of its parts: the line is marked SUPERLINEAR and the exit status is 1.
"""

from __future__ import annotations

import sys
import threading
import time

from leaderdeck.importers import import_text
from leaderdeck.taxonomy import load_taxonomy

SHAPES = {
    "headings": lambda n: "# Bank\n\n" + "".join(f"## How do you handle case {i}?\n\nI call owner {i}.\n\n"
                                                 for i in range(n)),
    "bullets": lambda n: "# Questions\n\n" + "".join(f"- How do you handle case {i}?\n" for i in range(n)),
    "nested": lambda n: "# Questions\n\n" + "".join(f"- How do you handle case {i}?\n  - I call owner {i}.\n"
                                                    for i in range(n)),
    "plain": lambda n: "".join(f"{i + 1}. How do you handle case {i}?\nI call owner {i}.\n\n" for i in range(n)),
    "follow-ups": lambda n: "".join(f"How do you handle case {i}?\n  Why?\n\n" for i in range(n)),
    "stories": lambda n: "# Stories\n\n" + "".join(f"## Story {i}: Case {i}\n\n**Situation:** We had case {i}.\n"
                                                   f"**Action:** I fixed case {i}.\n**Result:** Case {i} closed.\n\n"
                                                   for i in range(n)),
    "details": lambda n: "".join(f"<details>\n\t<summary>{i}) How do you handle case {i}?</summary>\n"
                                 f"\tI call owner {i}.\n</details>\n\n" for i in range(n)),
    "table": lambda n: "| Question | Answer |\n|---|---|\n" + "".join(f"| How do you handle case {i}? | I call {i}. |\n"
                                                                   for i in range(n)),
    "q-and-a": lambda n: "".join(f"Q: How do you handle case {i}?\nA: I call owner {i}.\n\n" for i in range(n)),
    "criteria": lambda n: "# Bank\n\n" + "".join(f"{i + 1}. How do you handle case {i}?\n\n"
                                                 f"**What they look for:** ownership {i}\n\n" for i in range(n)),
    "stated": lambda n: "# Prep\n\n- How do you plan a quarter?\n- How do you decide under doubt?\n"
                        + "".join(f"- Your reasons for case {i}, and why team {i} drew you.\n" for i in range(n)),
    "prompt list": lambda n: "Questions:\nWhy do you want this role?\nHow do you plan?\n"
                              + "".join(f"Handled case {i} for owner {i}\n" for i in range(n)),
    # one question asked again and again: each note's id counts on from the last one given
    "same question": lambda n: "".join(f"Q: How do you handle a hard case?\nA: I call owner {i}.\n\n"
                                       for i in range(n)),
    # one note's labelled lines (a log kept under one question): each line looks at the note so far
    "labelled lines": lambda n: "Why do you lead?\n" + "".join(f"Action: I called owner {i}.\n" for i in range(n)),
    "tips": lambda n: "Why do you lead?\n" + "".join(f"Tip: Name owner {i}.\n" for i in range(n)),
    # an answer that is a list of links, and a bank of stories each headed "## Story": each link, and each story's
    # siblings, were looked for in a list compared field by field
    "link lines": lambda n: "# Why do you lead?\n\n" + "".join(f"- [Post {i}](https://example.com/{i})\n"
                                                                for i in range(n)),
    "story heads": lambda n: "# Stories\n\n" + "".join(f"## Story\n\n**Situation:** We had case {i}.\n"
                                                        f"**Result:** Case {i} closed.\n\n" for i in range(n)),
}
PLAIN = frozenset({"plain", "follow-ups", "q-and-a", "prompt list", "same question", "labelled lines", "tips"})
LIMIT = 6.0  # 4x the questions may cost up to this many times the time before a shape counts as superlinear


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 400
    threading.Thread(target=threading.Event().wait, daemon=True).start()  # a second thread: nothing forks
    taxonomy = load_taxonomy()
    failed = False
    for name, make in SHAPES.items():
        name_ext = f"doc.{'txt' if name in PLAIN else 'md'}"
        times = []
        for size in (n, 4 * n):
            text = make(size)
            started = time.perf_counter()
            report = import_text(text, taxonomy, display=name_ext, source=name_ext)
            times.append(time.perf_counter() - started)
        ratio = times[1] / times[0]
        failed |= ratio > LIMIT
        print(f"{name:<14} {n:>6}: {times[0]:6.2f} s  {4 * n:>6}: {times[1]:6.2f} s  ratio {ratio:4.1f}"
              f"  ({len(report.notes)} notes){'  SUPERLINEAR' if ratio > LIMIT else ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
