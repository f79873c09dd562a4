"""Reading one line of a document: does it ask, what is its title, is it advice (text left to write is
:mod:`.placeholders`).

These work on the inline text of a single block (its Markdown source), never
on a document's structure, which the readers parse.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .cjkasks import asks_in_cjk
from .conditions import condition_rest, states_condition
from .doubt import marks_doubt
from .examplerequest import asks_for_example
from .naming import names_question
from .quoting import quotes_advice, quotes_questions, warns_off
from .references import link_text
from .spanishasks import asks_in_spanish
from .voice import first_person
from ..lazyre import lazy_re
from .cachesize import LABEL_CACHE

# The question mark and its full-width (CJK) and small forms: each ends a question ("为什么？" asks like "Why?").
QUESTION_MARKS = ("?", "？", "﹖")
OPENING_QUOTES = "\"“‘'"  # what words quoted from someone open with: a quoted question, a line said to someone
ASK = "?？﹖"  # the same marks, for a regular expression's character class: f"[{ASK}]"
COLONS = (":", "：")  # the colon and its full-width form: each ends a label
# a fenced block or an inline code span: code, not words of the text
CODE_SPAN = r"```.*?```|`[^`\n]*`"

_KEYCAP = lazy_re(r"^((?:[0-9]\ufe0f?\u20e3)+|\U0001f51f)\s*")
_NUMBER = lazy_re(r"^(?:(?:Q(?:uestion)?\s*#?|#|No\.?)\s*)?\(?(\d{1,6})(?:\s*(?:of|/)\s*\d{1,6})?"  # Q#4, 3 of 20
                  # "3 · Title": a middle dot set after the number, as a dash is
                  r"(?:\s*\\?(?:\.(?!\d)|[):、．])|\s+[-–—]|\s+[·•](?=\s))\s*")  # "3.5 years": a decimal, no mark
# "(3 min)", "(2-3 minutes)", "[~30 seconds]", "(10s)": the time to take over an answer or a step, closing its
# question or heading (marks such as a closing "**" after it)
TIMING = lazy_re(r"\s*[(\[]\s*(?:~\s*|about |around |up to )?\d{1,3}(?:\s*(?:-|–|—|to)\s*\d{1,3})?\s*"
                 r"(?:s|secs?|seconds?|mins?|minutes?|hours?|hrs?)\.?\s*[)\]]\W*$", re.IGNORECASE)
# "1.2 Why do you ...?": a number in an outline's numbering, its last part the item's number (before a capital)
_OUTLINE_NUMBER = lazy_re(r"^(?:\d{1,3}\.)+(\d{1,3})\.?[ \t]+(?=[*_\"'“‘(\[]*[A-Z])")
_NUMBER_OPENS = "Q#N(\U0001f51f"  # what a number's mark (Q3, #3, No. 3, (3), 🔟) can open with, digits aside
_QUOTES = {"\"": "\"", "“": "”", "‘": "’", "'": "'", "«": "»", "„": "“"}
_FOLLOW_UPS = lazy_re(r"\s*\(\s*(?:follow[- ]?ups?|probes?)\s*:\s*(?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*$",
                      re.IGNORECASE)
_SENTENCE = lazy_re(rf"(?<=[.!{ASK}])[\"”’)]*\s+(?=[\"“‘(]*[A-Z])")
_STARTERS = lazy_re(
    r"^(?:please,? )?(?:tell (?:me|us)|describe|explain|walk (?:me |us )?through|introduce yourself"
    r"|tell (?:me |us )?(?:the|a) story (?:of|about) (?:a|an|the) (?:\w+ ){0,2}?(?:time|occasion|moment|situation)"
    # "Give me an example", "Give an example of a time": a request; "Give examples" alone is advice on answering
    r"|give (?:me |us )(?:an? |some |a few )?(?:examples?|instances?)|give (?:me |us )?a time"
    r"|give (?:an? |some |a few )?(?:examples?|instances?) (?:of|where|when)"
    r"|share (?:an?|a time|an example|an instance|a situation|a story|(?:how|what|why|when|where|which) you"
    r"|your (?:most|least|biggest|greatest|best|worst|hardest|toughest|proudest|favou?rite))"
    r"|talk (?:me |us )?(?:about|through)"
    r"|discuss (?:a|an|how|the|your)|provide an example|name a time|recall a time|think (?:of|about) a time"
    r"|imagine|suppose|an? (?:time|situation|moment) (?:when |where |that )?you\b|(?:what|why|how|when|where|which|who|whose)(?:'s|'re| (?:\w+ ){0,2}?(?:do|does|did|is|are|was"
    r"|were|would|will|can|could|should|have|has|had|might|may|must)| \w+ you\b)"
    # "What methods or approaches do you use ...": a wh-word, a few words, then the verb put before "you"
    r"|(?:what|which|how|why|when|where|who)(?: [\w'-]+){3,5}? (?:do|did|would|will|can|could|should|are|were) you\b"
    r"|can you|could you|would you|will you"
    r"|have you|has there|did you|do you|are you|is there|were you|if you)\b",
    re.IGNORECASE)
# "What I did", "How we fixed it", "Why I stayed": a wh-word right before the teller, no question mark: a part of
# a story told, not a question ("What do I ...", "What would we ..." put a verb first)
_TOLD = lazy_re(r"^(?:what|why|how|when|where|which|who)\s+(?:i|we|i'(?:ve|d|m|ll)|we'(?:ve|d|re|ll))\b",
                re.IGNORECASE)
# A request made to the one asked ("Sell me this pen.", "With the door closed, show us how you would start."):
# an interview prompt however it ends; advice to a candidate addresses "you", never "me" or "us".
_REQUEST = lazy_re(rf"^(?:[^.!,;:{ASK}]{{1,60}}, )?(?:please,? )?"
                   r"(?:tell|walk|talk|take|run|show|give|sell|teach|convince"
                   r"|persuade|pitch|help|guide|explain to|describe to|share with) (?:me|us)\b"
                   # "For a pair of values, describe a time when ...": the request after a clause that frames it
                   r"|^(?:[^.!,;:?]{1,60}, )?(?:please,? )?(?:describe|share|recall|give) (?:an? |one )(?:\w+ ){0,2}?"
                   r"(?:time|situation|moment|occasion|example|instance)\b", re.IGNORECASE)
_MARKED = lazy_re(r"^(?:[a-z][\w-]*\s+)?(?:Q|Question)\s*#?\s*\d{1,4}\s*(?:[.):：]|\s[-–—]\s)\s*\S",
                  re.IGNORECASE)
# "[Round 2]", "[Onsite]" after a title: where in the loop it is asked, not part of it
_STAGE_TAGS = lazy_re(r"(?:\s*\[(?:round|stage|phase|part|day|loop|onsite|on-site|screen|phone screen)\b"
                      r"[^\]]{0,12}\])+\s*$", re.IGNORECASE)
# "... to <company?>": a placeholder may close after the mark; "Why now? （先讲背景）": a note to self may follow it,
# and a full stop after that note ("... learn from it?  (1,11,14).")
_ENDS_ASKING = lazy_re(rf"[{ASK}][\"”’)\]>]*(?:\s*[（(][^()（）\n]{{1,200}}[)）][.。]?)?$")
# what a page's widget says about itself: "Story: the cron job (Click to expand)"
# "Why do you want to work here? [^5] [^6]": Markdown footnote references closing a title, the sources it cites
_FOOTNOTES = lazy_re(r"(?:\s*\[\^[^\]\s]{1,20}\])+$")
_UI_HINT = lazy_re(r"\s*[(\[](?:(?:click|tap)(?: here)? to (?:expand|open|show|reveal|see)\b[^)\]]{0,20}"
                   r"|expand|collapse|show (?:more|answer|details))[)\]]$", re.IGNORECASE)
# "Does the candidate dive deep?", "How well do they listen?": the interviewer's yardstick, asked of the candidate
_CRITERION = lazy_re(r"^(?:how (?:well|much|often|clearly) |to what (?:extent|degree) )?(?:does|did|is|was|were|are"
                     r"|can|could|will|would|has|have|do|should)\s+(?:the\s+)?(?:candidates?|interviewees?"
                     r"|applicants?|they|he|she|he/she|s/he|this (?:person|individual|someone|somebody)|their\s+\w+)\b",
                     re.IGNORECASE)  # "Does this person ...?", "Are their answers ...?": the one interviewed
# "What did they learn from it?", "How empathetic are they?": the interviewer asking of the person interviewed, who
# is "they" in a question that has no "you" in it; "What should they do?" (a modal) asks about a case instead; and
# "What are false positives and how are they used?": a question naming things first, "they" then those things
_PROBE = lazy_re(rf"^(?!(?:what|which)\s+(?:are|were)\s+(?!they\b|this\b))"
                 rf"(?:how|what|why|when|where|which|who|whom|whose|to what)\b[^{ASK}]{{0,80}}?"
                 r"\b(?:do|does|did|are|were"
                 r"|is|was|have|has|had)\s+(?:they|this (?:person|individual))\b", re.IGNORECASE)
# "They ask nothing?", "They ask about the team?": a case put in statement order, the one interviewed its subject
_TOLD_OF = lazy_re(r"^(?:they|he|she|he/she|s/he)\s+[a-z]", re.IGNORECASE)
_CANDIDATE = lazy_re(r"\b(?:(?:the )?candidate(?:'s|s)?|this person(?:'s)?)\b", re.IGNORECASE)
_YOU = lazy_re(r"\byou(?:r|rs|rself|'re|'ve|'d|'ll)?\b", re.IGNORECASE)
_BARE_Q = lazy_re(r"^Q\s+(?=[A-Z])")  # "Q What metrics ...?": a question's mark with no colon after it
_ASK_MARK = lazy_re(r"^(?:q|question)\s*(?::|：|[.)]\s|\s[-–—]\s)\s*", re.IGNORECASE)  # "Q: " before what it asks
_ASKED = lazy_re(r"^(?:q|question)\s*(?::|：|[.)]\s|\s[-–—]\s)\s*\S", re.IGNORECASE)
# (each lookahead names the letters the words after it open with: a search skips the other letters quickly)
_COACHING = lazy_re(
    r"(?=[adehilmopqrsty])(?:(?=[dshrtapiy])(?:"
    r"\b(?:demonstrat|show|highlight|showcas|reflect|display|assess|test|reveal|prov)\w*\s+(?:\w+\s+){0,3}?your\b"
    r"|\b(?:this question|(?:the |your |an )?interviewers?|hiring managers?|they want to (?:see|know|hear))\b)"
    # the same in Spanish: "demuestra tu ...", "esta pregunta", "el entrevistador", "los empleadores"
    r"|(?=[dmrelatq])(?:\b(?:demostr|demuestr|mostr|muestr|destac|resalt|evalu|evalú)\w*\s+(?:\w+\s+){0,3}?tus?\b"
    r"|\b(?:esta pregunta|(?:el|la|los|las|tu|al) (?:entrevistador|reclutador|empleador)(?:a|es|as)?"
    r"|quieren (?:ver|saber|escuchar|conocer))\b)"
    # and in Portuguese: "avalia sua ...", "esta pergunta", "o entrevistador", "querem ver"
    r"|(?=[dmaetosq])(?:\b(?:demonstr|mostr|destac|avali|examin|test)\w*\s+(?:\w+\s+){0,3}?(?:sua|seu|suas|seus)\b"
    r"|\b(?:(?:esta|essa) pergunta|(?:o|a|os|as|seu|sua|ao) (?:entrevistador|recrutador|empregador)(?:a|es|as)?"
    r"|(?:quer|querem) (?:ver|saber|ouvir|entender|conhecer))\b))",
    re.IGNORECASE)
# the same in Chinese and Korean, never in ASCII text (not searched there)
_COACHING_CJK = lazy_re(
    # in Chinese, where no \b parts words: "这个问题" (this question), "面试官" (the interviewer), "考察" (tests)
    r"这个问题|这道题|这类问题|面试官|考察|考查"
    # and in Korean: "질문입니다" (is a question that ...), "면접관" (the interviewer), "의도입니다" (the intent is),
    # "지원자의" (the candidate's), and "…하면 좋습니다" (you had best ...) in text that never speaks as I ("저는")
    r"|질문입니다|이 질문|면접관|의도(?:입니다|이다)|지원자(?:의|가|는|를)\s"
    r"|(?s:^(?!.*(?:저는|제가|저의|저희)).*(?:하면|는 것이) (?:좋습니다|됩니다))",
    re.IGNORECASE)
# the interviewers' wish opening the text, in the present: "They want ...", "Interviewers look for ...", and in
# Spanish and Portuguese the verb alone in the third person plural ("Buscan ...", "Evalúan si ...", "Avaliam ...");
# the singular ("busca", "evalúa") is also the imperative told to the reader, so it is not read
_THEY_WANT = lazy_re(
    r"\W*(?:(?:they|interviewers|recruiters|hiring managers|the (?:interviewer|recruiter|panel)s?)\s+"
    r"(?:(?:really|mainly|usually|often|also|just)\s+)?(?:want|look for|are looking for|check|test|assess|evaluate"
    r"|gauge|measure|probe|expect|seek|listen for)\b"
    r"|(?:(?:el|la|los|las) (?:entrevistador|reclutador)(?:a|es|as)?\s+)?(?:buscan|eval[uú]an|miden|quieren|valoran"
    r"|esperan|observan|comprueban|verifican|analizan)\b"
    r"|(?:(?:o|a|os|as) (?:entrevistador|recrutador)(?:a|es|as)?\s+)?(?:buscam|avaliam|medem|querem|esperam"
    r"|observam|verificam|procuram|analisam|testam)\b)", re.IGNORECASE)
_IMPERATIVE = lazy_re(
    r"^(?:set|define|detail|quantify|describe|explain|share|give|state|list|include|mention|highlight|show|focus"
    r"|use|outline|summari[sz]e|provide|talk|tell|walk|discuss|identify|demonstrate|emphasi[sz]e|keep|avoid|be"
    r"|start|end|begin|add|write|insert|fill|note|name|pick|choose|prepare|practice|practise|clarify)\b",
    re.IGNORECASE)
_STATEMENT = lazy_re(rf"^(?:i|i'm|i've|my|we|our|the|this|that|it|its|there|here)\b[^{ASK}]*[:,;—–-]",
                     re.IGNORECASE)


_QUOTED = lazy_re(r"[\"“]([^\"“”]{10,300})[\"”]")
# 'The 'Tell me about yourself' interview question', "How to Answer 'What's Your Greatest Weakness?'": single quotes
# (or curly ones) round the question, an apostrophe inside a word ("What's") no closing quote
_SINGLE_QUOTED = lazy_re(r"(?:^|(?<=[\s(:—–-]))['‘]((?:[^'‘’\"“”\n]|(?<=\w)['’](?=\w)){10,300}?)"
                         r"['’](?!\w)")
_MARKUP = lazy_re(r"[*_`]+")
_AFTER_QUESTION = lazy_re(rf"(?<=[{ASK}])\s+")


def holds_question_mark(text: str) -> bool:
    """Whether ``text`` holds a question mark of any form (:data:`QUESTION_MARKS`): a pattern that needs one finds
    nothing in a text without, which a scan for each mark tells at a fraction of the pattern's search."""
    return "?" in text or "？" in text or "﹖" in text


def ends_asking(text: str, closing: str = "") -> bool:
    """``text`` ends with a question mark (``?``, ``？`` or ``﹖``), after any of the ``closing`` characters."""
    return text.rstrip(closing).endswith(QUESTION_MARKS)


def quoted_question(text: str) -> str:
    """The question a title quotes ('How to answer "Tell me about yourself"'), or ``""``. A quote that trails off
    ('Situational scenarios ("what would you do if…")') names a kind of question: it asks nothing."""
    found = _QUOTED.findall(text) if '"' in text or "“" in text else []
    if not found and ("'" in text or "‘" in text):
        found = _SINGLE_QUOTED.findall(text)
    return next((q.strip() for q in found if len(q.split()) >= 3 and is_question(q)
                 and not q.rstrip().endswith(("…", "..."))), "")


# 'Answering "Why do you want to leave?"', 'Handling: "What is your weakness?"': a short lead, then the question quoted
_LEAD_QUOTE = lazy_re(r"^(?P<lead>[^\"“”?？]{2,40}?)[\s:：—–-]*[\"“](?P<asked>[^\"“”]{10,300})[\"”][\s.:]*$")


def lead_quoted_question(text: str) -> str:
    """The question a heading quotes after a short lead of its own that does not ask ('Answering "Why do you want
    to leave?"'), or ``""``: the heading asks what it quotes, not its lead."""
    found = _LEAD_QUOTE.match(text.strip())
    if found is None or words(found["lead"]) > 5 or is_question(found["lead"]):
        return ""
    return quoted_question(text)


def sentence_split(text: str) -> list[str]:
    """``text``'s sentences (a full stop, question or exclamation mark before a capital)."""
    return _SENTENCE.split(text.strip())


def split_number(text: str) -> tuple[int | None, str]:
    """A leading item number (``3.``, ``Q3:``, ``1.2``: its last part, ``3️⃣``, ``🔟``) and the rest."""
    text = text.strip()
    if not text or not text[0].isdigit() and text[0] not in _NUMBER_OPENS:
        return None, text  # cheap: it opens with neither a digit nor anything a number's mark starts with
    if match := _KEYCAP.match(text):
        digits = "".join(ch for ch in match.group(1) if ch.isdigit()) or "10"
        return int(digits), text[match.end():].strip()
    if text[1:4].find(".") >= 0 and (match := _OUTLINE_NUMBER.match(text)):
        return int(match.group(1)), text[match.end():].strip()
    if match := _NUMBER.match(text):
        return int(match.group(1)), text[match.end():].strip()
    return None, text


@lru_cache(maxsize=LABEL_CACHE)  # assembly reads each heading several times
def clean_title(text: str) -> str:
    """A heading or title line without emoji, numbering, emphasis or enclosing quotes."""
    if _plain_title(text):
        return " ".join(text.split())  # nothing to take off: what :func:`_cleaned_title` would give
    return _cleaned_title(text)


def _plain_title(text: str) -> bool:
    """Whether :func:`clean_title` has nothing to take off ``text`` but its spacing: it opens with an ASCII letter
    that opens no number's mark (``Q3``, ``No. 3``) nor emphasis or a quote, closes with a character kept at an end
    (:func:`strip_symbols`) that closes no bracket (a stage tag, a hint, a footnote), and holds no link."""
    first = text[:1]
    return first.isascii() and first.isalpha() and first not in _NUMBER_OPENS and text[-1] in _KEPT \
        and text[-1] not in ")]" and "[" not in text


def _cleaned_title(text: str) -> str:
    """:func:`clean_title`, worked out step by step."""
    text = strip_symbols(link_text(text))
    _, text = split_number(text)
    if _plain_title(text):
        return " ".join(text.split())  # "3. How do you plan?": nothing more to take off after the number
    text = unquote(strip_emphasis(strip_symbols(text)))
    _, text = split_number(text)
    text = strip_symbols(unquote(strip_emphasis(text)))  # "**🔑 Tips:**": the emoji inside the emphasis too
    if text.endswith((")", "]")):  # each tag closes it with its bracket
        text = _STAGE_TAGS.sub("", _UI_HINT.sub("", _FOOTNOTES.sub("", text)))
    return " ".join(text.split())


def strip_symbols(text: str) -> str:
    """Drop emoji, stars and other symbols at both ends."""
    if text and text[0] in _KEPT and text[-1] in _KEPT:
        return text  # most text: a letter, digit or mark at both ends, nothing to drop
    start, end = 0, len(text)
    while start < end and _decorative(text[start]):
        start += 1
    while end > start and _decorative(text[end - 1]):
        end -= 1
    return text[start:end]


@lru_cache(maxsize=1024)
def _decorative(char: str) -> bool:
    # a backtick opens or closes a code span (`[?] how much faster?`): text, never a symbol to drop
    return char.isspace() or char != "`" and unicodedata.category(char) in {"So", "Sk", "Mn", "Me", "Cf", "Co", "Cn"}


_KEPT = frozenset(char for char in map(chr, range(128)) if not _decorative(char))  # ASCII that strip_symbols keeps


@lru_cache(maxsize=LABEL_CACHE)
def strip_emphasis(text: str) -> str:
    text = text.strip()
    for mark in ("**", "__", "*", "_"):
        if len(text) > 2 * len(mark) and text.startswith(mark) and text.endswith(mark) \
                and mark not in text[len(mark):-len(mark)]:
            return text[len(mark):-len(mark)].strip()
    return text


def unquote(text: str) -> str:
    """Text without quotes around it; an opening quote that is never closed goes too."""
    text = text.strip()
    if len(text) > 2 and _QUOTES.get(text[0]) == text[-1] and text[0] not in text[1:-1]:
        return text[1:-1].strip()
    if text and text[0] in "“\"" and text.count(text[0]) == 1 and "”" not in text:
        return text[1:].strip()
    return text


def asked_key(question: str) -> str:
    """A question as copies and rewordings of it are compared: without case, spacing or closing marks."""
    return " ".join(question.casefold().split()).rstrip(ASK + ".!: ")


@lru_cache(maxsize=LABEL_CACHE)
def plain_words(text: str) -> str:
    """Text without Markdown emphasis or code marks, for reading its words."""
    if "*" not in text and "_" not in text and "`" not in text:
        return text  # no mark to take out: most texts (a scan for them is far cheaper than the substitution)
    return _MARKUP.sub("", text)


def follow_ups(text: str) -> tuple[str, tuple[str, ...]]:
    """``"Question? (Follow-ups: A? B?)"`` -> ``("Question?", ("A?", "B?"))``."""
    match = _FOLLOW_UPS.search(text) if text.rstrip().endswith(")") else None  # most text closes no bracket
    if not match:
        return text, ()
    inner = [q.strip() for q in _AFTER_QUESTION.split(match.group("inner")) if q.strip()]
    return text[: match.start()].rstrip(), tuple(inner)


@lru_cache(maxsize=LABEL_CACHE)
def is_question(text: str) -> bool:
    """A line that asks: ends with '?' or opens like an interview question ("Tell me about...")."""
    core, _ = follow_ups(plain_words(unquote(strip_emphasis(link_text(text)))).strip())
    core = unquote(_BARE_Q.sub("", split_number(core)[1]))  # "Q3. Tell me about ...", "Q Tell me ...": plain text
    if core.endswith((")", "]")) and (timed := TIMING.search(core)):
        core = unquote(core[:timed.start()])  # '"Tell me about a launch." (3 min)': the time to take is no word of it
    if not core or len(core) > 600:
        return False
    core = unmarked(core)  # "💡 Describe a time ...": an emoji marks the question
    if not core or not _worded(core):
        return False  # "???" alone: a quiz's blank for the reader's answer, marks with no words to ask
    if _ASKED.match(core):  # "Q: ...", "Question - ...": says so itself, however it ends
        return True
    if (named := _named_core(text)) is not None:  # "**Earn Trust** — Tell me about ...": the name, then the ask
        return is_question(named[1])
    if not _ENDS_ASKING.search(core) and (not asks_in_cjk(core) and not _opens_asking(core) or _TOLD.match(core)):
        return False  # no question mark, nothing opening as a question ("What I did", "How we fixed it": told)
    if marks_doubt(core) and not _opens_asking(core) or names_question(core):
        return False  # "Hardest bug: remote debugging???": unsure of a statement; "Take the question "...?"": about it
    if quotes_advice(core) or quotes_questions(core) or warns_off(core):
        return _opens_asking(core)  # "When they probe, offer a choice: "Which part interests you?"": advice
    if nods(core):
        return False  # "... doesn't mean it's a bad question, right?": a statement with a tag, asked of nobody
    return bool(_ENDS_ASKING.search(core)) or _opens_asking(core) and not _states(core) \
        or asks_in_cjk(core)  # "怎么带团队": a CJK question written without its "？"


def nods(sentence: str) -> bool:
    """A statement closed by a tag that only seeks the reader's nod ("That might backfire, right?", "It seems easy,
    isn't it?"): rhetorical, asked of nobody; a sentence that opens asking ("What would you do, right?") still asks."""
    sentence = sentence.rstrip()
    return sentence.endswith("?") and bool(_TAGGED.search(sentence[-24:])) and not _opens_asking(sentence)


# a statement closed by a tag that only seeks the reader's nod: ", right?", ", isn't it?", ", don't you think?"
_TAGGED = lazy_re(r",\s*(?:right|huh|eh|isn['’]t (?:it|that so)|aren['’]t (?:they|you|we)|don['’]t (?:you|they|we)"
                  r"(?: think)?|doesn['’]t it|wasn['’]t it|won['’]t it)\s*\?+$", re.IGNORECASE)


_NAMED = lazy_re(r"^\*\*(?P<name>[^*]{2,60})\*\*\s*[-–—:]\s+(?P<question>\S.*)$", re.DOTALL)
# "Earn Trust — Tell me ...", "Bias for Action: Describe ...": a name in Title Case (small words aside), a dash
_TITLED = lazy_re(r"^(?:\*\*|__)?(?P<name>[A-Z][\w'&/+]*(?:[ ](?:[A-Z][\w'&/+]*|and|for|of|the|on|to|&))"
                  r"{0,5})(?:\*\*|__)?\s*(?:—|–|:| -)\s+(?P<question>[A-Z]\S*[^\n]*)$")
_NAME_DASHES = ("-", ":", "—", "–")


def _named_core(text: str) -> tuple[str, str] | None:
    """``(name, question)`` of a line that names what it asks before a dash or colon (``**Earn Trust** — Tell me
    about ...``, ``Ownership: Describe ...``) when the ask does not end in a question mark (ones that do ask
    already); ``None`` otherwise, and for a name that is itself a label of ours or a question."""
    if text.rstrip().endswith(("?", "？")):
        return None
    return _titled(text)


def _titled(text: str) -> tuple[str, str] | None:
    """``(name, question)`` of a line opening on a short name in Title Case and a dash or colon, the name no label
    of ours (``Situation:``, ``Q:``), whatever follows; ``None`` otherwise."""
    if not any(dash in text for dash in _NAME_DASHES):
        return None  # most lines hold no dash or colon (a search for each, not a set of the line's characters)
    named = _TITLED.match(text.strip())
    if named is None or words(named["name"]) > 6 or _ASKED.match(named["name"]):
        return None
    from .labels import slot  # the labels read text too: asked only here, on the rare named line
    from .leveltag import level_tag
    if slot(named["name"]) or level_tag(text.strip())[1]:
        return None  # "Situation: ...", "Senior Manager — How ...?": a label, a band (the note's level)
    return named["name"].strip(), named["question"].strip()


def named_question(text: str, asked: bool = False) -> tuple[str, str] | None:
    """``(name, question)`` of a question given a short bold name before a dash ("**Low Performer** - Imagine
    ..."), or ``None``. ``asked``: the line is labelled a question (``Q:``), so what follows the dash is its
    question however it is cased ("**Strong Disagreement** - describe ...", its first letter then capitalised)."""
    named = _NAMED.match(text)
    if named is None and (titled := _titled(text)) is not None:  # "Earn Trust — Tell me ...": a plain name
        named = {"name": titled[0], "question": titled[1]}
    if named is None or words(named["name"]) > 6 or is_question(named["name"]) \
            or not (asked or named["question"][0].isupper()):  # "**End with the result** - what was ...": advice
        return None
    question = named["question"].strip()
    return named["name"].strip(), question[0].upper() + question[1:]


def is_criterion(text: str) -> bool:
    """A question an interviewer asks themselves about the candidate, in the third person ("Is the candidate
    curious?", "Do they take sides?"): what they look for, not a question put to the candidate."""
    core = plain_words(unquote(strip_emphasis(text))).strip()
    # "you" first: most questions put to the candidate say it, and then only the yardstick's own form counts
    return bool(_CRITERION.match(core)) or not _YOU.search(core) \
        and (bool(_CANDIDATE.search(core)) or bool(_PROBE.match(core)) or bool(_TOLD_OF.match(core)))


def marked_question(text: str) -> bool:
    """A title that numbers itself as a question ("Q3. Your best engineer wants to leave", "Question 4: ...",
    "Behavioural Question 2 : ..."): one however it ends."""
    return bool(_MARKED.match(strip_emphasis(strip_symbols(text))))


_MAX_ASKED_SENTENCES = 5  # "Tell me about ... What was it? How did you ...? What was the outcome? Would you ...?"


def only_questions(text: str) -> bool:
    """Every sentence of ``text`` asks or prompts: a question standing as a paragraph of its own."""
    core, _ = follow_ups(unquote(plain_words(link_text(text)).strip()))
    core = unmarked(_BARE_Q.sub("", split_number(core)[1]))
    sentences = [s for s in _SENTENCE.split(" ".join(core.split())) if s.strip()]
    if not sentences or len(sentences) > _MAX_ASKED_SENTENCES or len(core.split()) > 80 or not _worded(core):
        return False  # "???" alone asks nothing: a quiz's blank, no words
    if _ASKED.match(sentences[0]):
        return True
    if (quotes_questions(core) or warns_off(core)) and not _opens_asking(core):
        return False  # 'For leads, the talk moves from "How do I fix it?" to "How do we stop it?"': a statement
    first = unquote(sentences[0])
    if nods(sentences[-1]) and len(sentences) == 1:
        return False  # "Saying that might backfire, right?": a statement with a tag, no question put
    if len(sentences) > 3 and not (_opens_asking(first) and all(s.rstrip().endswith("?") for s in sentences[1:])):
        return False  # past three sentences, only a request followed by its probes ("Tell me ... What ...? How ...?")
    if names_question(first):
        return False  # "Imagine two answers to the question "Tell me about yourself."": about a question
    asks = _opens_asking(first) and not _states(first) \
        or ends_asking(first, "\"”’)") and not _STATEMENT.match(first) and not marks_doubt(first) \
        or len(sentences) == 1 and asks_in_cjk(first)  # "如何处理同事冲突": a CJK question without its "？"
    if len(sentences) > 1 and asks_for_example(sentences[-1]):
        sentences = sentences[:-1]  # "...? Give a specific example.": the question's own request for detail
    return asks and all(ends_asking(s, "\"”’)") or _opens_asking(unquote(s)) for s in sentences[1:])


def _states(sentence: str) -> bool:
    """``sentence``, with no question mark, opens with a condition and goes on stating, not asking: "When the team
    is stretched, I cut scope.", "When a startup is small, nobody manages.", or a wrapped line ending on its comma
    ("When a startup is a few people around one table,"). "If a report is stuck, how do you help" still asks."""
    if states_condition(sentence):
        return True
    rest = condition_rest(sentence)
    return rest is not None and not _opens_asking(rest.removeprefix("and ").removeprefix("then "))


def _worded(text: str) -> bool:
    """``text`` holds a letter or digit (most text opens with one, known at once), not only marks (``???``)."""
    return text[0].isalnum() or any(char.isalnum() for char in text)


def unmarked(text: str) -> str:
    """``text`` without the emoji or dingbats a quick typist marks its lines with (``💡 Describe ...``); most text
    opens with a character of ASCII and is returned at once."""
    if not text or text[0].isascii() or not _decorative(text[0]):
        return text
    start = 0
    while start < len(text) and _decorative(text[start]):
        start += 1
    return text[start:]


def _opens_asking(sentence: str) -> bool:
    """A sentence that opens as an interview question or prompt ("Tell me about...", "Sell me this pen."), its
    apostrophes typed either way ("What’s an example ...")."""
    sentence = sentence.replace("’", "'")
    return bool(_STARTERS.match(sentence)) or bool(_REQUEST.match(sentence)) or asks_in_spanish(sentence)


def requests_telling(sentence: str) -> bool:
    """A request made to the one asked (``Tell me about ...``, ``Walk us through ...``): its "me" is the one
    answering, never a teller's own question."""
    return bool(_REQUEST.match(_ASK_MARK.sub("", sentence.replace("’", "'"), count=1)))  # "Q: Tell me ...?" too


def is_instruction(text: str) -> bool:
    """Advice on what to write ("Set the context and scale"), not something that happened."""
    flat = " ".join(plain_words(text).split())
    return bool(_IMPERATIVE.match(flat)) and words(flat) <= 20 and not first_person(flat)


def is_coaching(text: str) -> bool:
    """A paragraph that coaches the candidate ("this can demonstrate your...") rather than answering."""
    coaches = bool(_COACHING.search(text)) or not text.isascii() and bool(_COACHING_CJK.search(text)) \
        or bool(_THEY_WANT.match(text))  # "They check that ...", "Buscan ...": what the interviewers want
    return coaches and not first_person(text.split(".")[0])


def words(text: str) -> int:
    return len(text.split())


# a reference's lead before its link: "Read more →", "📖 **Read more:**", "See also »" (a pointer, no text to learn)
_LINK_LEAD = (r"(?:(?:\W{1,3}\s*)?[*_]{0,2}(?:read more|learn more|more|see also|see|source|reference|further reading)"
              r"[*_]{0,2}\s*(?::|→|->|»|>>|—|–|-)\s*[*_]{0,2}\s*)?")
_LINK = lazy_re(rf"^{_LINK_LEAD}(?:<?(?:https?://|www\.)\S+?>?|\[[^\]\n]*\]\((?:https?://|www\.)[^)\s]+\))[.,;]?$",
                re.IGNORECASE)


def is_bare_link(text: str) -> bool:
    """Only one link (``https://...``, ``<https://...>``, ``[a post](https://...)``): a reference, not text to
    learn."""
    return bool(_LINK.match(text.strip()))


def is_link_lines(text: str) -> bool:
    """Lines that are each only a link: a list of sources, as a chat assistant numbers them under its answer
    (``[1](https://...)`` over ``[2](https://...)``), or a paragraph of further reading; a single link too."""
    return ("://" in text or "www." in text) and bool(text.strip()) \
        and all(_LINK.match(line.strip()) for line in text.strip().splitlines() if line.strip())
