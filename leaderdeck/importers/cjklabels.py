"""The Chinese words for the parts of a prep document: the same slots as the English vocabulary of
:mod:`leaderdeck.importers.labels`, read (like the Spanish words of :mod:`leaderdeck.importers.spanishlabels`)
when no English label matched.

A label here is a whole label, normalised like an English one (a trailing ``：`` gone): ``**面试问题**：``
("interview question") names the question, ``**关键学习**：`` ("key learning") the learning, ``**回答例**：``
(Japanese "sample answer") or ``**参考答案**：`` the answer. Only words that name
a slot on their own are listed; a longer title that merely holds one (``面试问题汇总``, "all the questions") is
not a label. Each word is read in its simplified and its traditional writing (``行动`` and ``行動``, ``结果`` and
``結果``), as writers in Taiwan and Hong Kong label their stories.
"""

from __future__ import annotations

from functools import lru_cache

from .cachesize import LABEL_CACHE
from .vocabulary import Vocabulary, vocabulary_patterns

# (slot, pattern over the normalised label), first match wins
_VOCABULARY: tuple[tuple[str, str], ...] = (
    ("question", r"(面试|面試)?(问题|問題|题目|題目)|(面试|面試)(题|題)|(原|考)(题|題)"),
    ("situation", r"(情况|情況|情境|情景|背景)(介绍|介紹|描述)?"),
    # "任务目标" ("the task's goal") names the task as "任务" alone does
    ("task", r"(我的)?(任务|任務)(目标|目標)?|(我的)?(目标|目標|职责|職責)"),
    ("action", r"(我的|采取的|採取的)?(行动|行動|做法)"),
    ("result", r"(最终|最終)?(结果|結果|成果)"),
    ("learning", r"(关键|關鍵|主要|我的)?(学习|學習|收获|收穫|心得|反思|教训|教訓)|(经验|經驗)(教训|教訓)"
                 r"|(学|學)到(了)?(什么|什麼)|(学|學)到的(东西|東西)?"),
    ("followups", r"(可能的)?(追问|追問|后续问题|後續問題)"),
    # a sample answer, in Chinese or Japanese: "回答例", "模範回答", "参考答案", "回答示例", "回答" alone
    ("answer", r"(回答|解答|答案)(例|示例|范例|範例)|(模範|模范|参考|參考|示例|范例)(回答|解答|答案)|答案|回答|解答"),
)
_PATTERNS = vocabulary_patterns(_VOCABULARY)  # each alone
_WORDS = Vocabulary(_VOCABULARY)  # the first that matches, by one pattern


@lru_cache(maxsize=LABEL_CACHE)
def chinese_slot(normalised: str) -> str | None:
    """The slot a normalised label names in Chinese, or ``None``."""
    text = normalised.strip(" ：:")
    if text.isascii():
        return None  # every word of the vocabulary is written in CJK characters: most labels are tried no further
    return _WORDS.first_slot(text)
