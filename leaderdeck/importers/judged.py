"""A guide's coaching around the sample answer it gives: the sample inside a coaching paragraph, the coaching that
stands alone under a question, and the writer's verdict on the sample after it.

Three shapes, in any language::

    ## Biggest failure
    Interviewers dislike this one. Say what went wrong and what you learnt, for example: I once ran a launch ...

    That example is only so-so; I will add a better one later.

- A coaching paragraph whose words to the reader lead, after a colon, into a sample told by its teller ("I", "we";
  我 in Chinese, 私は in Japanese, 저는 in Korean, "yo" in Spanish) that speaks no more to the reader: the coaching
  before the colon is the note's signal, the sample after it the answer.
- A paragraph that opens by judging the sample as an object ("That example ...", "This answer ...", 这个例子,
  这样的回答, この例, 이 답변, "Este ejemplo ...", "Observe como esta resposta ...") after the answer closes it, or
  that remarks on it in the third person, told by no "I" ("This approach demonstrates empathy ..."): it and
  everything after it are tips.
- A lone paragraph that coaches (it speaks of the interviewer or of the question) and speaks to the reader
  ("you"; 你 or 您; あなた; 당신; "tú") is no answer either: it is the note's signal, and the note, answered only
  by what the interviewer looks for, is a draft.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_re
from .leadcoaching import told_by_me, to_you_es
from .text import is_coaching
from .voice import to_you, unquoted

# the teller in Chinese, Japanese ("私は", "僕が") or Korean ("저는", "제가"; not 제 inside 문제, "problem")
_ME = lazy_re(r"[我咱]|(?:私|僕)[はがのも]|(?<!\S)(?:저는|제가|저의|저희)")
_YOU = lazy_re(r"[你您]|あなた|당신")
# the sample itself spoken of, near the paragraph's opening
_JUDGES = lazy_re(
    r"^(?:[^.。，,:：!?！？]{0,12}?)(?:这个|这样的|上面的?|上述的?|那个|以上的?)(?:这个)?(?:例子|回答|答案|示例|范例)"
    r"|^(?:[^.。、,:：]{0,10}?)(?:この|上の|上記の?|その)(?:例|回答|答え)"
    r"|^(?:[^.,:]{0,12}?)(?:(?<!\S)이|위의?|(?<!\S)그)\s?(?:예시|답변|대답)"
    r"|^(?:(?:\w+\s+){0,3}?)(?:this|that|the above|the previous|such an?)\s+(?:sample\s+|example\s+)?"
    r"(?:example|answer|response)\b(?!\s+(?:is|was)\s+(?:when|how)\b)"
    r"|^(?:(?:\w+\s+){0,3}?)(?:este|ese|esse|el anterior|esta|esa|essa)\s+(?:ejemplo|respuesta|exemplo|resposta)\b",
    re.IGNORECASE)
# the answer spoken of in the third person, showing something of its teller: "This approach demonstrates ...",
# "Such a response shows ...", "Esta resposta mostra ..."
_REMARK = lazy_re(
    r"^(?:(?:\w+\s+){0,3}?)(?:this|that|such an?|the above|the whole|the candidate'?s|este|ese|esse|esta|esa|essa)\s+"
    r"(?:\w+\s+)?(?:approach|answer|response|reply|story|strategy|plan|example|sample|way|enfoque|respuesta|resposta"
    r"|abordagem)\s+(?:\w+\s+)?(?:demonstrates?|shows?|showcases?|highlights?|reflects?|illustrates?|conveys?"
    r"|displays?|proves?|signals?|demuestra|muestra|refleja|demonstra|mostra|reflete)\b", re.IGNORECASE)
# a colon outside brackets: where words to the reader lead into what to say
_COLON = lazy_re(r"[:：]")
_MIN_SAMPLE = 40  # characters of a sample worth an answer
_ITEM = lazy_re(r"^\s*(?:[-*+•]|\d+[.)])\s+")  # a list's item: steps to follow, never a lone paragraph


def _teller(text: str) -> bool:
    """``text`` speaks as its teller, in any of the languages read."""
    if told_by_me(text):
        return True
    spoken = unquoted(text)
    return not spoken.isascii() and bool(_ME.search(spoken))  # the CJK tellers: none in ASCII text (most)


def _to_reader(text: str) -> bool:
    """``text`` speaks to the reader, in any of the languages read."""
    spoken = unquoted(text)
    return to_you(spoken) or to_you_es(spoken) or not spoken.isascii() and bool(_YOU.search(spoken))  # CJK: not ASCII


def _outside_brackets(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` is outside every bracket."""
    before = text[:at]
    return sum(before.count(c) for c in "(（[") <= sum(before.count(c) for c in ")）]")


def sample_in_coaching(paragraph: str) -> tuple[str, str]:
    """``(the coaching, the sample)``: a coaching paragraph that leads after a colon into a sample told by its
    teller (see the module docstring); ``(paragraph, "")`` when it does not."""
    for match in _COLON.finditer(paragraph):
        if not _outside_brackets(paragraph, match.start()):
            continue
        coaching, sample = paragraph[:match.start()].rstrip(), paragraph[match.end():].strip()
        if len(sample) >= _MIN_SAMPLE and _to_reader(coaching) and _teller(sample) and not _to_reader(sample) \
                and not is_coaching(sample):
            return coaching + match.group(), sample
    return paragraph, ""


def lone_coaching(paragraphs: list[str]) -> bool:
    """Whether the only paragraph of an answer coaches the reader rather than answering (see the module
    docstring); a list (``1. Assess your audience``) is steps to follow, not one."""
    return len(paragraphs) == 1 and not _ITEM.match(paragraphs[0]) and not told_by_me(paragraphs[0]) \
        and _to_reader(paragraphs[0]) and is_coaching(paragraphs[0])  # cheapest first: most answers say "I"


def coaching_around(paragraphs: list[str], lead_in: bool) -> tuple[list[str], list[str], list[str]]:
    """``(the answer, the signals, the tips)`` of a note's answer ``paragraphs``: the coaching paragraphs that open
    it (when more follows, a lead-in of advice was taken out, or a lone one coaches the reader), a sample told
    after a colon in the last of them kept as the answer, and the verdict on the sample after it (see the module
    docstring)."""
    answer, signals = list(paragraphs), []
    while (len(answer) > 1 or lead_in or lone_coaching(answer)) and answer and is_coaching(answer[0]):
        coaching, sample = sample_in_coaching(answer.pop(0))  # "... say it like this: I once led ..."
        signals.append(coaching)
        if sample:
            answer.insert(0, sample)
            break
    answer, tips = judged_apart(answer)
    return answer, signals, tips


def judged_apart(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """``(the answer, the tips)``: the paragraphs from the first one after the answer's opening that judges the
    sample as an object (see the module docstring)."""
    for index, paragraph in enumerate(paragraphs[1:], start=1):
        flat = " ".join(paragraph.lstrip("*_> ").split())
        if _JUDGES.search(flat) or _REMARK.search(flat) and not _teller(flat):
            return paragraphs[:index], [tip for text in paragraphs[index:] for tip in _tips(text)]
    return paragraphs, []



def _tips(text: str) -> list[str]:
    """The tips a paragraph of ``text`` gives: one per item of a list, else the paragraph."""
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(_ITEM.match(line) for line in lines):
        return [_ITEM.sub("", line).strip() for line in lines]
    return [text]
