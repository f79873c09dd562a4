"""Synthetic leaderdeck corpora for the benchmark: deterministic, from a fixed word list.

``write_corpus`` lays out a project the way a user keeps one::

    ROOT/source/notes-0000.yaml ...   (``defaults:`` + ``notes:``, 100 notes a file)
    ROOT/decks/bench.yaml             (a manifest over ../source/*.yaml)

Kinds come in fixed proportions (25% STAR, 10% scenario, 65% Q&A), every
level and topic of the taxonomy is used, and the prose has realistic sizes and
Markdown (bullet lists with bold labels, paragraphs, bold phrases). The same
size and seed always give the same bytes.
"""

from __future__ import annotations

import json
import random
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

NOTES_PER_FILE = 100
KIND_SHARES = (("star", 0.25), ("scenario", 0.10), ("qa", 0.65))
LEVELS = ("senior", "staff", "manager", "director", "executive")
DECK_NAME = "Bench Deck"
SEED = 20240601
WRAP = 88
_REVISION = re.compile(r"at revision (\d+)\.")

# No YAML 1.1 booleans (yes/no/on/off/...) so that a one-word value stays text.
WORDS = tuple("""
team teams engineer engineers manager director platform service services customer customers product
roadmap budget quarter release launch migration outage incident review plan plans goal goals metric
metrics risk risks trust feedback hiring interview candidate offer mentor growth career promotion
decision decisions trade-off option options cost latency reliability security compliance audit vendor
contract partner stakeholder executive board sponsor owner ownership scope deadline estimate backlog
priority priorities sprint milestone delivery quality debt legacy system systems design architecture
database queue cache region cluster pipeline deploy rollback alert pager on-call runbook dashboard
process meeting proposal document memo update message channel escalation conflict alignment consensus
culture values norms morale burnout workload capacity headcount org structure charter mission vision
strategy market revenue margin churn growth users data analysis experiment hypothesis result outcome
impact lesson learning change changes week weeks month months day days hour hours year years
clear calm direct honest early late small large critical stable fragile shared cross-functional
senior junior new old first second final open quiet public private weekly monthly quarterly
agreed asked built changed chose cut decided defined drove explained fixed found gave hired
improved led listened measured moved negotiated owned paused planned raised reduced removed
rewrote set shipped simplified split stopped took trained wrote aligned coached escalated framed
mapped named tested tracked unblocked
across after before between during through within without because while although since
the a an and or but with for from into onto over under about each every most many few
our their my this that these those which when where how why what who
""".split())
QUESTION_STARTS = (
    "Tell me about a time you", "How do you", "Describe a situation where you", "What would you do if you",
    "Walk me through how you", "Give an example of how you", "How would you",
)
BULLET_LABELS = ("Triage", "Decide", "Align", "Communicate", "Measure", "Delegate", "Escalate", "Follow up",
                 "Set the bar", "Protect the team", "Reframe", "Unblock", "Simplify", "Stop the bleeding")


@dataclass(frozen=True, slots=True)
class Corpus:
    root: Path
    source: Path
    manifest: Path
    notes: int
    files: int

    @property
    def output(self) -> Path:
        return self.manifest.with_suffix(".apkg")

    @property
    def lock(self) -> Path:
        return self.manifest.with_suffix(".lock")

    @property
    def edit_target(self) -> Path:
        """The file holding the note whose text ``edit_one_note`` changes."""
        return self.source / _file_name(self.files // 2)


class Prose:
    """Sentences, paragraphs and Markdown built from ``WORDS`` with a seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def words(self, count: int) -> list[str]:
        return self.rng.choices(WORDS, k=count)

    def number(self) -> str:
        value = self.rng.randint(2, 950)
        return self.rng.choice((f"{value}%", f"{value} engineers", f"{value} days", f"${value}k", str(value)))

    def sentence(self, count: int | None = None, end: str = ".", bold: float = 0.1) -> str:
        words = self.words(count or self.rng.randint(7, 18))
        if self.rng.random() < 0.3:
            words.insert(self.rng.randrange(len(words)), self.number())
        if self.rng.random() < bold and len(words) > 4:
            at = self.rng.randrange(len(words) - 2)
            words[at:at + 2] = [f"**{words[at]} {words[at + 1]}**"]
        if self.rng.random() < 0.25 and len(words) > 6:
            words[len(words) // 2] += ","
        text = " ".join(words)
        return text[0].upper() + text[1:] + end

    def paragraph(self, words: int) -> str:
        sentences, total = [], 0
        while total < words:
            count = min(self.rng.randint(7, 18), max(words - total, 4))
            sentences.append(self.sentence(count))
            total += count
        return textwrap.fill(" ".join(sentences), WRAP, break_on_hyphens=False)

    def prose(self, low: int, high: int, paragraphs: int = 1) -> str:
        total = self.rng.randint(low, high)
        parts = [self.paragraph(max(total // paragraphs, 6)) for _ in range(paragraphs)]
        return "\n\n".join(parts) + "\n"

    def bullets(self, low: int, high: int) -> str:
        total = self.rng.randint(low, high)
        count = self.rng.randint(3, 6)
        lines = []
        for label in self.rng.sample(BULLET_LABELS, count):
            body = " ".join(self.sentence(max(total // count // 2, 5), bold=0) for _ in range(2))
            item = f"- **{label}:** {body}"
            lines.append(textwrap.fill(item, WRAP, subsequent_indent="  ", break_on_hyphens=False))
        return "\n".join(lines) + "\n"

    def question(self) -> str:
        start = self.rng.choice(QUESTION_STARTS)
        return f"{start} {' '.join(self.words(self.rng.randint(5, 11)))}?"

    def title(self, low: int = 2, high: int = 6) -> str:
        return " ".join(self.words(self.rng.randint(low, high))).capitalize()

    def items(self, low: int, high: int, make) -> list[str]:
        return [make() for _ in range(self.rng.randint(low, high))]


class NoteMaker:
    """One note of each kind, as the plain values a user would write in YAML."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.text = Prose(rng)
        self.competencies = [self.text.title(2, 3).title() for _ in range(60)]

    def note(self, index: int, kind: str, topic: str, level: str, default_level: str) -> dict:
        words = "-".join(w for w in self.text.words(3) if w.isalpha()) or "note"
        note = {"id": f"{kind}-{words}-{index:05d}", "kind": kind}
        if level != default_level:
            note["level"] = level
        note["topic"] = topic
        note["competencies"] = self.rng.sample(self.competencies, self.rng.randint(1, 4))
        if self.rng.random() < 0.5:
            note["tags"] = ["-".join(self.text.words(2)) for _ in range(self.rng.randint(1, 3))]
        note |= getattr(self, kind)()
        return note | self.extras()

    def star(self) -> dict:
        t = self.text
        result = t.bullets(30, 90) if self.rng.random() < 0.3 else t.prose(30, 100)
        return {"question": t.question(), "star": {
            "situation": t.prose(30, 90), "task": t.prose(30, 70), "action": t.bullets(80, 200),
            "result": result, "learning": t.prose(30, 60)}}

    def qa(self) -> dict:
        t = self.text
        paragraphs = self.rng.randint(1, 3)
        if self.rng.random() < 0.7:
            answer = t.prose(80, 200, paragraphs)
        else:  # a paragraph, then a list
            answer = t.prose(40, 80) + "\n" + t.bullets(40, 120)
        return {"question": t.question(), "answer": answer}

    def scenario(self) -> dict:
        t = self.text
        points = [{"heading": t.title(2, 5), "questions": t.items(2, 4, t.question)}
                  for _ in range(self.rng.randint(3, 5))]
        values = {"title": t.title(5, 9), "company": f"{t.title(2, 3)}, {self.rng.randint(20, 900)} engineers",
                  "duration": f"{self.rng.choice((30, 45, 60))} minutes", "situation": t.prose(60, 150, 2)}
        if self.rng.random() < 0.5:
            values["question"] = t.question()
        return values | {"challenges": t.items(3, 5, t.sentence), "discussion": points}

    def extras(self) -> dict:
        t, values = self.text, {}
        if self.rng.random() < 0.5:
            values["clarifying_questions"] = t.items(1, 3, t.question)
        if self.rng.random() < 0.3:
            values["assumptions"] = t.prose(20, 50)
        if self.rng.random() < 0.7:
            coach = {"signals": t.items(2, 4, lambda: t.sentence(bold=0)), "cheat_code": t.sentence(6, bold=0)}
            if self.rng.random() < 0.4:
                coach["tips"] = t.items(1, 2, t.sentence)
            values["coach"] = coach
        if self.rng.random() < 0.2:
            values["source"] = "synthetic benchmark corpus"
        return values


def write_corpus(root: Path, size: int, topics: Sequence[str], seed: int = SEED) -> Corpus:
    """Write ``size`` notes into ``root/source`` and a manifest into ``root/decks``."""
    rng = random.Random(f"{seed}:{size}")
    maker = NoteMaker(rng)
    kinds = _kinds(size, rng)
    source, decks = root / "source", root / "decks"
    source.mkdir(parents=True, exist_ok=True)
    decks.mkdir(parents=True, exist_ok=True)
    files = (size + NOTES_PER_FILE - 1) // NOTES_PER_FILE
    for number in range(files):
        default_level = LEVELS[number % len(LEVELS)]
        notes = []
        for index in range(number * NOTES_PER_FILE, min(size, (number + 1) * NOTES_PER_FILE)):
            topic, level = topics[index % len(topics)], LEVELS[index // len(topics) % len(LEVELS)]
            notes.append(maker.note(index, kinds[index], topic, level, default_level))
        if number == files // 2:
            _mark_edit_target(notes)
        (source / _file_name(number)).write_text(_source_file(default_level, notes), encoding="utf-8")
    manifest = decks / "bench.yaml"
    manifest.write_text(_manifest_text(), encoding="utf-8")
    return Corpus(root, source, manifest, size, files)


def edit_one_note(corpus: Corpus) -> None:
    """Change the text of one note (its revision number), as a user's edit would."""
    path = corpus.edit_target
    text = path.read_text(encoding="utf-8")
    edited = _REVISION.sub(lambda m: f"at revision {int(m.group(1)) + 1}.", text, count=1)
    if edited == text:
        raise ValueError(f"{path}: no note to edit")
    path.write_text(edited, encoding="utf-8")


def _kinds(size: int, rng: random.Random) -> list[str]:
    kinds = [kind for kind, share in KIND_SHARES[:-1] for _ in range(round(size * share))]
    kinds += [KIND_SHARES[-1][0]] * (size - len(kinds))
    rng.shuffle(kinds)
    return kinds


def _mark_edit_target(notes: list[dict]) -> None:
    """Give the first Q&A note of the file a sentence ``edit_one_note`` can change."""
    target = next((n for n in notes if n["kind"] == "qa"), None)
    if target is None:
        raise ValueError("the corpus is too small: no Q&A note to edit in the middle file")
    target["answer"] = "This answer is at revision 0.\n\n" + target["answer"]


def _file_name(number: int) -> str:
    return f"notes-{number:04d}.yaml"


def _manifest_text() -> str:
    return (f"name: {DECK_NAME}\n"
            "description: |\n  Synthetic notes for the leaderdeck benchmark.\n"
            "sources:\n  - ../source/*.yaml\n"
            "group_by: topic,level\n")


def _source_file(default_level: str, notes: list[dict]) -> str:
    lines = ["# Synthetic notes for the leaderdeck benchmark.",
             *emit("defaults", {"level": default_level, "tags": ["benchmark"]}, 0), "notes:"]
    for note in notes:
        lines += _list_item(emit_mapping(note, 4))
        lines.append("")
    return "\n".join(lines)


def emit(key: str, value, indent: int) -> list[str]:
    """YAML lines for ``key: value`` (text, lists of text or mappings, mappings) in block style."""
    pad = " " * indent
    if isinstance(value, dict):
        return [f"{pad}{key}:", *emit_mapping(value, indent + 2)]
    if isinstance(value, list):
        lines = [f"{pad}{key}:"]
        for item in value:
            if isinstance(item, dict):
                lines += _list_item(emit_mapping(item, indent + 4))
            else:
                lines.append(f"{pad}  - {_inline(item)}")
        return lines
    if "\n" in value:
        return [f"{pad}{key}: |", *(f"{pad}  {line}" if line else "" for line in value.rstrip("\n").split("\n"))]
    return [f"{pad}{key}: {_inline(value)}"]


def emit_mapping(values: dict, indent: int) -> list[str]:
    return [line for key, value in values.items() for line in emit(key, value, indent)]


def _list_item(lines: list[str]) -> list[str]:
    """Turn a mapping's lines (indented by 4 more than its list) into one ``- `` item."""
    first = lines[0]
    return [first[:len(first) - len(first.lstrip()) - 2] + "- " + first.lstrip(), *lines[1:]]


def _inline(text: str) -> str:
    plain = re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 ,.'&()%$*/?-]*", text) and ": " not in text
    return text if plain and not text.endswith(":") else json.dumps(text, ensure_ascii=False)
