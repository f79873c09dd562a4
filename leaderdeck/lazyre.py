"""Regular expressions compiled when first used, not when their module is imported.

leaderdeck's modules hold a few hundred patterns at module level, most of them rules of the importer, and
compiling them all took about half the time of starting ``leaderdeck import``, while any one document uses
fewer than half of them (a CSV or a short story bank far fewer). ``lazy_re(source, flags)`` stands where
``re.compile(source, flags)`` would: the pattern is compiled the first time one of its methods or attributes
is read, and from then on each of them is the compiled pattern's own (stored on the object, so a later call
costs what a call on the compiled pattern costs).

It behaves as the compiled pattern for everything the project does with one (``match``, ``search``,
``fullmatch``, ``sub``, ``subn``, ``split``, ``findall``, ``finditer``, ``scanner``, ``pattern``, ``flags``,
``groups``, ``groupindex``), but it is not an instance of :class:`re.Pattern`: give ``re``'s module functions
its ``.pattern``, never the object itself.
"""

from __future__ import annotations

import re
from typing import cast

_READ = ("match", "search", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner", "pattern",
         "flags", "groups", "groupindex")


class _Lazy:
    __slots__ = ("_source", "_flags", *_READ)

    def __init__(self, source: str, flags: int) -> None:
        self._source, self._flags = source, flags

    def __getattr__(self, name: str) -> object:
        """Called only for what is not stored yet: compile, store every method and attribute, answer."""
        if name not in _READ:
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        for read in _READ:
            setattr(self, read, getattr(compiled, read))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re({self._source!r}, {self._flags!r})"


def lazy_re(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled on first use (see the module docstring)."""
    return cast("re.Pattern[str]", _Lazy(source, int(flags)))
