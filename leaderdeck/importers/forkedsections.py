"""A large section's sub-sections assembled in two processes: the units, and what is reported, of one reading.

Assembly (:mod:`.assemble`) reads a section's sub-sections one after another, and most of what it remembers
on the way concerns only the sub-section it is in: which headings ask, which answer the question above them,
which sections make a bank. So the later sub-sections of a large section can be read by a forked child
(:func:`.forked.in_two`) while this process reads the earlier ones, and the child's units joined after this
process's own. The child sends back the objects this process already had (the outline's sections and blocks,
the facts stated above them) as references to them (:func:`leaderdeck.pickling.dump_keeping`): the units it
sends point at this process's own sections and blocks, as those of one reading would.

The result is always that of one process reading them in turn. The child gives up (and this process then reads
its sub-sections itself, after its own) when its reading touched what the earlier ones may have touched too: a
list of questions remembered for a bank (:mod:`.banklists`) before the split used up, or anything reported
before the split taken off the report; the lists its own sections leave remembered are sent back with their
units, to be remembered here. And this process reads them itself, the child's result
unused, when reading the earlier sub-sections took something reported before the split off the report, or
reported something inside the later ones (which their reading might have taken off). A section is split once
per document, at the first section large enough (:data:`MIN_WEIGHT`) whose sub-sections can be cut into two
parts of comparable weight (:func:`weight`); a document with no such section is read in one process.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from typing import TYPE_CHECKING

from ..pickling import dump_keeping, load_keeping
from .forked import can_fork, in_two
from .banklists import Held
from .outline import Node
from .sections import last_line
from .unit import Loose, Piece

if TYPE_CHECKING:
    from .assemble import Assembler, Result

MIN_WEIGHT = 200_000  # below this weight (about 200 KB of text), a fork and the pickling of half the units save nothing
LEAST_SHARE = 0.25  # each part must hold at least this share of the weight, or the split saves little
# a block weighs as much as this many characters of its text: the rules a block meets cost about as much as
# reading 75 characters (fitted on the time each sub-section of the samples and of large generated banks took,
# as blocks and characters: from 30 to 250 by document; at 25, the half of a story bank read here took 40% longer
# than the half with its question list)
BLOCK_WEIGHT = 75


@dataclass(slots=True)
class _Sent:
    """What the child read: its sub-sections' results, and what it reported."""

    results: list[Result]
    loose: list[Loose]
    held: list[tuple[Piece, Held]]  # the lists of questions its sections left remembered for a bank
    pid: int  # the process that read them


class _Unmergeable(Exception):
    """The child's reading touched what the earlier sub-sections' reading may have touched too."""


def read_children(assembler: Assembler, kids: Sequence[Node], read: Callable[[Node], Result],
                  meta: Sequence[Piece]) -> list[Result]:
    """``[read(kid) for kid in kids]``, the later kids read in a forked child when the section is large."""
    at = None if assembler.split or assembler.root is None or not can_fork() else cut(kids)
    if at is None:
        return [read(kid) for kid in kids]
    assembler.split = True
    kept = _kept(assembler.root, meta)
    before = list(assembler.loose)
    held = set(assembler.lists.held)
    parent = os.getpid()
    span = (kids[at].line, last_line(kids[-1]))

    def second() -> _Sent:
        results = [read(kid) for kid in kids[at:]]
        if os.getpid() != parent and not (_kept_whole(assembler.loose, before)
                                          and held <= assembler.lists.held.keys()):
            raise _Unmergeable  # the child exits with a failure: this process reads these sub-sections itself
        return _Sent(results, assembler.loose[len(before):],
                     [entry for key, entry in assembler.lists.held.items() if key not in held], os.getpid())

    ours, theirs = in_two(lambda: [read(kid) for kid in kids[:at]], second,
                          dump=partial(dump_keeping, kept=kept), load=partial(load_keeping, kept=kept))
    if theirs.pid != parent and not _join(assembler, theirs, before, span):
        theirs = second()  # what the child could not know changes its reading: read it here, after ours
    return [*ours, *theirs.results]


def _join(assembler: Assembler, sent: _Sent, before: Sequence[Loose], span: tuple[int, int]) -> bool:
    """Join what the child reported and left remembered to this process's reading; ``False``, joining nothing,
    when this process's reading took something reported ``before`` the split off the report, or reported
    something inside the ``span`` of lines the child read (which its reading might have taken off)."""
    if not _kept_whole(assembler.loose, before) \
            or any(span[0] <= item.line <= span[1] for item in assembler.loose[len(before):]):
        return False
    assembler.loose.extend(sent.loose)
    assembler.lists.held.update((id(piece), (piece, how)) for piece, how in sent.held)
    return True


def cut(kids: Sequence[Node]) -> int | None:
    """Where to cut ``kids``: the index of the first kid of the later part, nearest the middle by
    :func:`weight`; ``None`` when they weigh too little or cannot be cut into parts of comparable weight."""
    if len(kids) < 2:
        return None
    sizes = [weight(kid) for kid in kids]
    total = sum(sizes)
    if total < MIN_WEIGHT:
        return None
    before = list(accumulate(sizes, initial=0))  # weight before each index
    at = min(range(1, len(kids)), key=lambda index: abs(before[index] - total / 2))
    return at if min(before[at], total - before[at]) >= LEAST_SHARE * total else None


def weight(node: Node) -> int:
    """What reading ``node`` costs, about: the characters of its blocks' text (its heading's and its sub-sections'
    included), each block counted :data:`BLOCK_WEIGHT` characters more. Assembly time follows neither count
    alone: a list of short questions costs more a character than a story told in paragraphs, less a block."""
    blocks = node.blocks() if node.head is None else [node.head, *node.blocks()]
    return sum(BLOCK_WEIGHT + len(block.text) for block in blocks)


def _kept(root: Node | None, meta: Sequence[Piece]) -> dict[int, object]:
    """The objects a child's units may point at that this process holds: every section and block of the
    outline, and the stated facts handed down to the sub-sections, by their ``id``."""
    kept: dict[int, object] = {}
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        kept[id(node)] = node
        if node.head is not None:
            kept[id(node.head)] = node.head
        kept.update((id(block), block) for block in node.body)
        stack.extend(node.children)
    for piece in meta:
        kept[id(piece)] = piece
        kept.update((id(block), block) for block in piece.blocks)
    return kept


def _kept_whole(loose: Sequence[Loose], before: Sequence[Loose]) -> bool:
    """Whether everything reported before the split is still reported, first and in order."""
    return len(loose) >= len(before) and all(a is b for a, b in zip(loose, before))
