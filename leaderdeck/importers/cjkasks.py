"""A question written in Chinese (or Japanese, Korean, or mixed with English) without a question mark.

Writers of CJK banks often leave the ``？`` out: ``怎么带团队`` ("how do you lead a team"), ``之前的项目学到什么``
("what did you learn from your last project"), ``你会留下来吗`` ("would you stay"). Such a line asks when an
interrogative word opens one of its clauses (``怎么``, ``如何``, ``为什么``, ``什么``, ``哪``, ``是否``, ``多少``) or
closes the line (``... 是什么``, ``... 吗``, ``... 呢``); the same for Japanese (``なぜ``, ``どう``, ``... ですか``)
and Korean (``어떻게``, ``왜``, ``... 나요``). A trailing ``，`` or ``、`` is a slip, not a sentence's end;
a line holding a sentence's end (``。``, ``！``, ``；``) is prose, not a prompt, and one holding ``=`` a formula.
A clause put to "you" asks too when its question word follows the pronoun (``你怎么看``, ``你该怎么做``, ``你们如何分工``), and so does a line that ends
with ``。`` when its last sentence asks so, or its last clause opens on a question word or closes the question
(``你们的老板不清楚情况，你该怎么做。``, ``遇到这种情况怎么办。``): writers in Chinese often close a question with a full
stop, while an answer tells in the first person. An interrogative inside a clause
(``学会如何沟通``, "learn how to talk") is an embedded question, no prompt of its own: :func:`holds_interrogative`
finds it for rules that read a line among asking siblings. A sentence after the question that neither asks nor
speaks to "you" is the writer's remark on the list (:func:`closing_remark`), a note to self.

A request asks too, as "Describe a time ..." does in English (:func:`requests_in_cjk`): a line that opens on a verb
of telling (``描述``, ``分享``, ``谈谈``, ``讲讲``, ``说说``, ``举例``, ``介绍``) and is put to the one asked, politely
(``请描述一次…的经历``), to "you" (``谈谈您对…的理解``) or for an episode (``分享一次…的例子``); a bare verb over a thing
(``描述情况``, "describe the situation") is a template's hint, and a line that speaks as I tells. In Korean a request
closes the line: a verb of telling in its polite request form (``…에 대해 말씀해 주세요.``, ``…설명해보세요.``,
``자기소개를 해주세요.``), in the plain imperative a question sheet uses (``…원리를 설명하세요.``, ``…설명하시오.``) or
put to a friend (``…설명해줘``), after at most two sentences more (``…무엇인가요? …연관시켜서 설명해보세요.``).
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
_PROSE = lazy_re(r"[。！!；;＝=]|\.(?:\s|$)")  # a sentence's end, or a formula ("为什么选我们 = 套话 + 亮点")
# a clause put to "you" whose question word follows the pronoun (and a modal): "你怎么看", "你该怎么做", "您是否"
_TO_YOU = lazy_re(rf"(?:^|[，,、/：:\s])(?:你们|您|你)(?:应该|应当|可以|打算|准备|会|该|要|能|又|还)?(?:{_WORDS})")
_FULL_STOPS = "。．"
_SENTENCES = lazy_re(r"[。！!；;．]")
_CLAUSES = lazy_re(r"[，,、：:]")
_SLIPS = "，、,;； \t"
_MAX_CHARS = 80
_ANY_CJK = lazy_re(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def asks_in_cjk(text: str) -> bool:
    """Whether ``text`` (one line, plain words) is a CJK question without a question mark: an interrogative word
    opens one of its clauses or closes it, and it holds no sentence's end; or a request (:func:`requests_in_cjk`)."""
    if text.isascii() or not _ANY_CJK.search(text):  # every question word, ending and request is CJK
        return False
    core = text.strip().rstrip(_SLIPS)
    if requests_in_cjk(core) or requests_in_korean(core):
        return True
    if core.endswith(tuple(_FULL_STOPS)):
        return _asks_before_stop(core.rstrip(_FULL_STOPS + _SLIPS))
    ending = core.endswith(_ENDINGS)
    if not (ending or _ANY.search(core)) or len(core) > _MAX_CHARS or _PROSE.search(core):
        return False
    return ending or bool(_CLAUSE_OPENS.search(core) or _ENDS.search(core) or _TO_YOU.search(core))


# a verb of telling opening the line, after an optional "please" ("请", "请您", "能否", "可以"): "请描述", "谈一谈"
_REQUEST = lazy_re(r"^(?:请您?|能否|可否|可以)?(?:(?:描述|分享|讲述|叙述|介绍)(?:一下)?|谈一谈|讲一讲|说一说|聊一聊"
                   r"|谈谈|讲讲|说说|聊聊|举(?:个|一个)?例(?:子)?(?:说明)?)")
# the request is put to the one asked: politely, to "you", or for an episode ("一次", "的经历", "的例子")
_PUT = lazy_re(r"^请|[你您]|一次|经历|例子|实例|案例|事例")
_AS_I = lazy_re(r"我(?!们)")  # "I" tells; "我们公司" ("our company") is the asker's


def requests_in_cjk(text: str) -> bool:
    """Whether ``text`` (one line, plain words) is a Chinese request to the one asked (``请分享一次…的经历``,
    ``谈谈您如何…``): it opens on a verb of telling, is put to them, is short, holds no sentence's end but a last
    ``。``, and does not speak as I (``我们``, "we" of the asker's company, may stand)."""
    core = text.strip().rstrip(_SLIPS + _FULL_STOPS)
    return bool(_REQUEST.match(core)) and bool(_PUT.search(core)) and len(core) <= _MAX_CHARS \
        and not _SENTENCES.search(core) and not _AS_I.search(core)


# a Korean verb of telling in its polite request form, closing the sentence: "말씀해 주세요", "설명해보세요"; its
# plain imperative as a question sheet writes it ("설명하세요", "설명하시오", "이야기해보시오"), or put to a friend
# ("설명해줘"); sharing too ("경험을 공유해주세요")
_KOREAN_REQUEST = lazy_re(r"(?:말씀|말|설명|소개|자기소개|이야기|얘기|공유)(?:을|를)?\s?(?:(?:해|하여)\s?(?:주세요|보세요"
                          r"|주십시오|보십시오|보시오|주시겠어요|주시겠습니까|주시기 바랍니다|줘|봐)|하(?:세요|시오|십시오))"
                          r"|(?:들려|알려)\s?(?:주세요|주십시오)")
_KOREAN_SENTENCES = lazy_re(r"(?<=[.?!？])\s+")
_MAX_KOREAN_SENTENCES = 3


def requests_in_korean(text: str) -> bool:
    """Whether ``text`` (one line, plain words) closes on a Korean request to the one asked (``…에 대해 말씀해
    주세요.``, ``…설명해보세요.``), as "Tell me about ..." asks: its last sentence ends on the request form of a verb
    of telling, and the line is short (three sentences at most)."""
    core = text.strip().rstrip(_SLIPS + _FULL_STOPS + ".!")
    sentences = _KOREAN_SENTENCES.split(core)
    if len(sentences) > _MAX_KOREAN_SENTENCES or len(core) > 2 * _MAX_CHARS:
        return False
    last = _KOREAN_REQUEST.search(sentences[-1])
    return last is not None and last.end() == len(sentences[-1])


def _asks_before_stop(core: str) -> bool:
    """Whether a line closed by ``。`` (``core``: without it) asks: its last sentence, short, puts a question word to
    "you" (``你该怎么做``), or its last clause opens on a question word or closes the question (``怎么办``, ``吗``)
    and it does not speak as I (``我不知道为什么。`` tells)."""
    last = _SENTENCES.split(core)[-1].strip(_SLIPS)
    if not last or len(last) > _MAX_CHARS or not (last.endswith(_ENDINGS) or _ANY.search(last)):
        return False
    if _TO_YOU.search(last):
        return True
    clause = _CLAUSES.split(last)[-1].strip(_SLIPS)
    return "我" not in last and (clause.endswith(_ENDINGS) or bool(_CLAUSE_OPENS.match(clause)
                                                                   or _ENDS.search(clause)))


def holds_interrogative(text: str) -> bool:
    """Whether ``text`` (one line) holds a CJK interrogative word anywhere and no sentence's end
    (``跟老板如何处理冲突``): a prompt when the items around it ask."""
    core = text.strip().rstrip(_SLIPS)
    return bool(_ANY.search(core)) and len(core) <= _MAX_CHARS and not _PROSE.search(core)


_SENTENCE_ENDS = lazy_re(r"(?<=[。！；．])")
_TO_READER = ("你", "您")


def closing_remark(question: str) -> tuple[str, str]:
    """``(question, remark)``: a CJK question whose last sentences, after the one that asks, neither ask nor speak
    to "you" (``... 你应该怎么做。 诸如此类的还有不少。``, "many more like this") ends with the writer's remark on
    the list, not more of the question; a sentence after it holding a question word is one more prompt on the line; ``(question, "")`` when it does not."""
    if question.isascii():  # no CJK sentence's end to split at
        return question, ""
    sentences = [s for s in _SENTENCE_ENDS.split(question.strip()) if s.strip()]
    asking = [i for i, s in enumerate(sentences) if asks_in_cjk(s.strip())]
    if len(sentences) < 2 or not asking or asking[-1] == len(sentences) - 1:
        return question, ""
    after = sentences[asking[-1] + 1:]
    if any(word in s for s in after for word in _TO_READER) or not all(_ANY_CJK.search(s) for s in after) \
            or any(_ANY.search(s) for s in after):  # "...；跟老板意见不同怎么办，列出...": a second prompt, no remark
        return question, ""
    return "".join(sentences[:asking[-1] + 1]).strip(), "".join(after).strip()
