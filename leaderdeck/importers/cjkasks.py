"""A question written in Chinese (or Japanese, Korean, or mixed with English) without a question mark.

Writers of CJK banks often leave the ``？`` out: ``怎么带团队`` ("how do you lead a team"), ``之前的项目学到什么``
("what did you learn from your last project"), ``你会留下来吗`` ("would you stay"). Such a line asks when an
interrogative word opens one of its clauses (``怎么``, ``如何``, ``为什么``, ``什么``, ``哪``, ``是否``, ``多少``) or
closes the line (``... 是什么``, ``... 吗``, ``... 呢``); the same for Japanese (``なぜ``, ``どう``, ``... ですか``)
and Korean (``어떻게``, ``왜``, ``... 나요``). A trailing ``，`` or ``、`` is a slip, not a sentence's end;
a line holding a sentence's end (``。``, ``！``, ``；``) is prose, not a prompt. An interrogative inside a clause
(``学会如何沟通``, "learn how to talk") is an embedded question, no prompt of its own: :func:`holds_interrogative`
finds it for rules that read a line among asking siblings.
"""

from __future__ import annotations

from ..lazyre import lazy_re

# not "哪怕" (even if), "什么都" (anything), "いつも" (always), "どうぞ" (please), "誰でも" (anyone), "언제나" (always)
_WORDS = (r"怎么|怎样|如何|为什么|为何|什么(?!都)|哪(?!怕)|是否|有没有|多少"  # Chinese
          r"|なぜ|どうして|どのよう|どう(?!ぞ)|いつ(?!も|でも)|どこ(?!か|でも)|誰(?!か|でも|も)"  # Japanese
          r"|어떻게|왜|무엇(?!이든)|언제(?!나|든)|어디(?!서나|든)|누구(?!나|든)")  # Korean
_ENDINGS = ("吗", "呢", "ですか", "ますか", "でしたか", "ましたか", "でしょうか", "까", "나요")
_ANY = lazy_re(_WORDS)  # the cheap check: no interrogative word, no question
_CLAUSE_OPENS = lazy_re(rf"(?:^|[，,、/：:\s])(?:{_WORDS})")
_ENDS = lazy_re(r"(?:什么|多少|哪些|哪个|哪里|如何|怎么样|怎么办|为什么)$")
_PROSE = lazy_re(r"[。！!；;]|\.(?:\s|$)")
_SLIPS = "，、,;； \t"
_MAX_CHARS = 80


def asks_in_cjk(text: str) -> bool:
    """Whether ``text`` (one line, plain words) is a CJK question without a question mark: an interrogative word
    opens one of its clauses or closes it, and it holds no sentence's end."""
    core = text.strip().rstrip(_SLIPS)
    ending = core.endswith(_ENDINGS)
    if not (ending or _ANY.search(core)) or len(core) > _MAX_CHARS or _PROSE.search(core):
        return False
    return ending or bool(_CLAUSE_OPENS.search(core) or _ENDS.search(core))


def holds_interrogative(text: str) -> bool:
    """Whether ``text`` (one line) holds a CJK interrogative word anywhere and no sentence's end
    (``跟老板如何处理冲突``): a prompt when the items around it ask."""
    core = text.strip().rstrip(_SLIPS)
    return bool(_ANY.search(core)) and len(core) <= _MAX_CHARS and not _PROSE.search(core)
