"""Regular expressions compiled when first used, not when their module is imported.

leaderdeck's modules hold a few hundred patterns at module level, most of them rules of the importer, and
compiling them all took about half the time of starting ``leaderdeck import``, while any one document uses
fewer than half of them (a CSV or a short story bank far fewer). ``lazy_re(source, flags)`` stands where
``re.compile(source, flags)`` would: the pattern is compiled the first time one of its methods or attributes
is read, and from then on each of them is the compiled pattern's own (stored on the object, so a later call
costs what a call on the compiled pattern costs).

Time spent waiting can compile ahead: :func:`compile_pending` compiles the patterns not used yet, in the order
their modules declared them, until told to stop. The importer calls it while it waits for a second process
(:mod:`leaderdeck.importers.forked`), so the rules it runs next find their patterns compiled, and so do the
processes it forks later.

Each is compiled by :func:`.patterncache.compiled`, which keeps the compiled code on disk for the next run.

It behaves as the compiled pattern for everything the project does with one (``match``, ``search``,
``fullmatch``, ``sub``, ``subn``, ``split``, ``findall``, ``finditer``, ``scanner``, ``pattern``, ``flags``,
``groups``, ``groupindex``), but it is not an instance of :class:`re.Pattern`: give ``re``'s module functions
its ``.pattern``, never the object itself.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from typing import cast

_READ = ("match", "search", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner", "pattern",
         "flags", "groups", "groupindex")


_PENDING: deque[_Lazy] = deque()  # patterns not compiled yet, in the order they were declared


class _Lazy:
    __slots__ = ("_source", "_flags", *_READ)

    def __init__(self, source: str, flags: int) -> None:
        self._source, self._flags = source, flags
        _PENDING.append(self)

    def __getattr__(self, name: str) -> object:
        """Called only for what is not stored yet: compile, store every method and attribute, answer."""
        if name not in _READ:
            raise AttributeError(name)
        return getattr(self._compile(), name)

    def _compile(self) -> re.Pattern[str]:
        from .patterncache import compiled as kept  # imported by the first pattern used, not by every module

        compiled = kept(self._source, self._flags)
        for read in _READ:
            setattr(self, read, getattr(compiled, read))
        return compiled

    def compiled(self) -> bool:
        try:  # the slot itself: reading ``self.match`` would compile the pattern through ``__getattr__``
            _Lazy.match.__get__(self)  # type: ignore[attr-defined]
        except AttributeError:
            return False
        return True

    def __repr__(self) -> str:
        return f"lazy_re({self._source!r}, {self._flags!r})"


def compile_pending(done: Callable[[], bool]) -> None:
    """Compile patterns not used yet, in the order they were declared, until ``done()`` or none is left: for
    time that would otherwise be spent waiting (on a second process), so that later reading finds them compiled."""
    while _PENDING and not done():
        pattern = _PENDING.popleft()
        if not pattern.compiled():
            try:
                pattern._compile()
            except re.error:  # left as it is: its first use raises, as it would have
                pass


def lazy_re(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled on first use (see the module docstring)."""
    return cast("re.Pattern[str]", _Lazy(source, int(flags)))
