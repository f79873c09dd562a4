"""The sub-sections a rule picks among a section's sub-sections taken together, worked out when one of them is read.

Assembly (:mod:`.assemble`) looks at a section's sub-sections together before it reads them one by one (whether some
group questions under label words, :mod:`.topicwords`; whether they name a story's parts in turn, :mod:`.partrun`;
whether one is a scene's prompt or a case's task, :mod:`.posedscene`, :mod:`.yourtask`), and what such a rule picks
matters to a sub-section only when that sub-section is read. Worked out as soon as the section is read, each rule
looks up every sub-section's heading at once, before a large section's sub-sections are shared between two
processes (:mod:`.forkedsections`): work of one process while the other waits. :class:`Picked` keeps each section's
sub-sections and works a rule out for them the first time one of them could be picked, once for the section: a
sub-section is first asked whether it is of the kind the rule picks (headed by a label word, by a STAR part's
name), which most are not, so the rule is seldom worked out, and each process looks up only the headings of the
sub-sections it reads.

The rules are functions of the sub-sections alone, which assembly does not change: worked out later, they pick what
they would have picked at once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from .outline import Node

Rule = Callable[[list[Node]], Collection[Node]]


class Picked:
    """The sub-sections ``rule`` picks among those of each section read; ``could(node)`` holds for every one it picks
    (a cheap test, asked first)."""

    def __init__(self, rule: Rule, could: Callable[[Node], bool]) -> None:
        self._rule, self._could = rule, could
        self._sections: dict[Node, tuple[_Section, ...]] = {}  # each sub-section: the sections read that hold it

    def add(self, children: list[Node]) -> None:
        """Take in the sub-sections of a section read."""
        section = _Section(children)
        if self._sections.keys().isdisjoint(children):  # each sub-section is read under one section: most often
            self._sections.update(dict.fromkeys(children, (section,)))
            return
        for child in children:
            self._sections[child] = (*self._sections.get(child, ()), section)

    def __contains__(self, node: Node) -> bool:
        """Whether the rule picks ``node`` among the sub-sections of a section read."""
        return bool(self.picked_among(node))

    def picked_among(self, node: Node) -> list[tuple[list[Node], Collection[Node]]]:
        """``(sub-sections, those the rule picks)`` for each section read whose sub-sections include ``node`` and
        where the rule picks it."""
        if node not in self._sections or not self._could(node):
            return []
        found = [(section.children, section.picked(self._rule)) for section in self._sections[node]]
        return [(children, picked) for children, picked in found if node in picked]


class _Section:
    """The sub-sections of one section, and those a rule picks among them once it was asked."""

    __slots__ = ("children", "_picked")

    def __init__(self, children: list[Node]) -> None:
        self.children = children
        self._picked: Collection[Node] | None = None

    def picked(self, rule: Rule) -> Collection[Node]:
        """``rule(self.children)``, worked out once."""
        if self._picked is None:
            self._picked = rule(self.children)
        return self._picked
