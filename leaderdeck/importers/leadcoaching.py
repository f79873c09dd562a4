"""Coaching written right under a question, before its sample answer, and asides that coach inside the answer.

A guide often opens each question with a word to the reader before the sample answer it gives::

    ## "Walk me through your background"
    This is not your life story. Keep it to two minutes.

    ### Sample for a staff role
    "I run the storage team at ..."

That paragraph is not the answer: told by no "I" (nor "yo", "mi", "nosotros", "eu", "meu", "nós", "私"), asking
nothing, quoting no one, it speaks to the reader ("you", "tu", "você"), advises (an imperative: "Keep ...",
"Never ...", "No digas ...", "Evite ...", "Não tente ..."; an impersonal "It's worth ...", "Es recomendable ...",
"É importante ..."; a Japanese sentence closing on "…しましょう", "…が大切です", or on "…を伝えます",
"…も説明します" with no one doing it), or speaks of the question itself ("the question", "esta pregunta",
"esta pergunta"). When the answer follows it (under a label of its own, or told in the first person or quoted in
the paragraphs after it), it is coaching: what the question looks for (a signal) when it says so and opens with
no advice, else a tip.

An aside in brackets that makes a whole paragraph of the answer and tells the reader what not to say
(``(Don't say: "my manager was awful")``, ``(No digas: ...)``) is a red flag; one that advises otherwise, a tip.
"""

from __future__ import annotations

import dataclasses
import re
from itertools import takewhile

from .blocks import Block, PARAGRAPH, ITEM
from .text import ends_asking, is_coaching, plain_words, sentence_split, words
from .unit import Piece
from .voice import first_person, to_you, unquoted
from ..lazyre import lazy_re

_MAX_WORDS = 80
# Spanish and Portuguese words of the teller ("yo", "me", "mi", "nosotros", "eu", "meu", "nós"): a sample answer,
# not coaching
_ES_FIRST = lazy_re(r"\b(?:yo|me|mi|mis|m[ií]os?|m[ií]as?|conmigo|nosotr[oa]s|nuestr[oa]s?"
                    r"|eu|meus?|minhas?|n[óo]s|noss[oa]s?)\b", re.IGNORECASE)
# (the lookahead names the letters the words open with, so the search skips the others quickly)
_ES_YOU = lazy_re(r"(?=[tcuv])\b(?:tu|tus|t[uú]|ti|te|contigo|usted|ustedes|voc[êe]s?)\b", re.IGNORECASE)
# an imperative, in English, Spanish or Portuguese ("Never ...", "No digas", "Demuestra ...", "Não tente ..."),
# maybe after "always"
_NEGATIVE = (r"(?:(?:don'?t|do not|never|avoid)\b|(?:no|nunca|jam[aá]s)\s+(?:(?:te|se|le|les|lo|la|los|las)\s+)?"
             r"(?!es\b)\w+(?:as|es)\b|evita\b|evite\b|n[ãa]o\s+(?:(?:se|o|a|os|as|lhe)\s+)?\w+[ae]\b)")
_ADVISES = lazy_re(
    rf"^(?:{_NEGATIVE}|(?:always|siempre)\s+\w"
    r"|(?:keep|show|be|make sure|remember|mention|explain|describe|share|prepare|pick|choose|stay|give|say|talk"
    r"|tell|highlight|think|consider|practi[cs]e"
    r"|demuestra|muestra|menciona|explica|describe|cuenta|comparte|prepara|investiga|piensa|recuerda|enf[oó]cate"
    r"|c[eé]ntrate|usa|utiliza|s[eé]|da|di|habla|sigue|practica|destaca|incluye|elige|responde|mant[eé]n|busca"
    r"|ten|haz|prep[aá]rate|evita"
    # the Portuguese imperative said to "você": "Seja ...", "Mantenha ...", "Prepare-se ...", "Lembre-se ..."
    r"|seja|mantenha|mostre|demonstre|mencione|explique|descreva|conte|compartilhe|prepare(?:-se)?|pense|lembre-se"
    r"|foque|concentre-se|utilize|escolha|inclua|estruture|conecte|baseie|fale|reformule|pratique|busque|tente"
    r"|observe|considere)(?=\s))", re.IGNORECASE)  # "Open-ended ...": no imperative
# advice said impersonally: "It's worth ...", "Es recomendable ...", "hay que ..."
_IMPERSONAL = lazy_re(
    r"\bit(?:'s|’s| is) (?:worth|important|best|wise|helpful|useful|recommended|advisable|essential|crucial"
    r"|a good idea)\b|\b(?:one|candidates?) should\b"
    r"|\bes (?:recomendable|importante|[uú]til|mejor|clave|fundamental|esencial|conveniente|aconsejable"
    r"|buena idea)\b|\bconviene\b|\bhay que\b|\bse recomienda\b"
    r"|\b[ée] (?:recomend[áa]vel|importante|fundamental|essencial|melhor|[úu]til|crucial|uma boa ideia)\b"
    r"|\bvale a pena\b|\bconv[ée]m\b", re.IGNORECASE)
# advice in Japanese, closing a sentence: "…しましょう。", "…が大切です。", "…が重要です。", "…べきです。",
# "…と良いでしょう。", or an object and a polite verb with no one doing it, what the reader does: "…を伝えます。", "…を説明します。"
_JA_ADVICE = lazy_re(r"(?:ましょう|(?:が|は)(?:大切|重要|大事|肝心|ポイント|鍵|カギ)(?:です|でしょう)|べきです"
                     r"|(?:と|ば)(?:良|よ|い)い(?:でしょう|です)|[をも][^\sを。、]{1,8}ます)[。！!]?$")
# the teller in Japanese ("私", "僕", "私たち"): a sample answer, not advice
_JA_FIRST = lazy_re(r"私|僕|わたし|ぼく")
_QUOTES = ("\"", "“", "«", "「", "『")
# the question itself spoken of: "The question is how ...", "La pregunta más temida"
_THE_QUESTION = lazy_re(r"\b(?:the|this|that|la|esta|una) (?:question|pregunta)\b|\b(?:esta|essa|a|uma) pergunta\b",
                        re.IGNORECASE)
_LOOKS_FOR = lazy_re(r"\b(?:the|la) (?:question|pregunta) (?:is|es)\b", re.IGNORECASE)
_FORBIDS = lazy_re(rf"^{_NEGATIVE}", re.IGNORECASE)  # "Don't say ...", "No digas ...": what not to do
_ASIDE = lazy_re(r"^[(\[](?P<inner>[^()\[\]]+)[)\]][.]?$")
_SAY_LEAD = lazy_re(rf"^{_NEGATIVE}(?:\s+\w+){{0,2}}\s*:\s*(?=\S)", re.IGNORECASE)


def _flat(text: str) -> str:
    return " ".join(plain_words(text).split())


def told_by_me(text: str) -> bool:
    """``text`` speaks as the teller, in English, Spanish or Japanese ("I", "we", "yo", "mi", "nosotros", "私")."""
    spoken = unquoted(text)
    return first_person(spoken) or bool(_ES_FIRST.search(spoken) or _JA_FIRST.search(spoken))


def to_you_es(text: str) -> bool:
    """``text`` speaks to the reader in Spanish ("tu", "te", "usted")."""
    return bool(_ES_YOU.search(unquoted(text)))


def coaching_lead(text: str) -> bool:
    """Whether ``text`` (a paragraph) is a word to the reader about the question (see the module docstring)."""
    flat = _flat(text)
    if not flat or flat.startswith((*_QUOTES, "'")) or words(flat) > _MAX_WORDS or told_by_me(flat) \
            or ends_asking(flat, "\"”’)"):
        return False
    spoken = unquoted(flat)
    return to_you(spoken) or to_you_es(spoken) or _advises(flat) or bool(_IMPERSONAL.search(spoken)) \
        or bool(_THE_QUESTION.search(spoken)) or is_coaching(flat)


def _advises(flat: str) -> bool:
    """Whether a sentence of ``flat`` opens with an imperative, or closes as Japanese advice does."""
    return any(_ADVISES.match(sentence.strip()) for sentence in sentence_split(flat)) \
        or any(_JA_ADVICE.search(sentence.strip() + "。") for sentence in flat.split("。") if sentence.strip())


def coaching_slot(text: str) -> str:
    """``"signals"`` for coaching that says what the question looks for and opens with no advice (an imperative,
    an impersonal "It's worth ..."), else ``"tips"``."""
    flat = _flat(text)
    opening = sentence_split(flat)[0] if flat else ""
    looks_for = is_coaching(flat) or bool(_LOOKS_FOR.search(flat))
    advises = bool(_ADVISES.match(opening.strip()) or _IMPERSONAL.search(opening))  # "Es recomendable ..."
    return "signals" if looks_for and not advises else "tips"


def _answered(rest: list[Block], later: list[Piece], below: list[str]) -> bool:
    """Whether the answer follows: a labelled answer piece later, or text after the lead (``rest``, then the
    sub-sections' text ``below``) that is told by the teller or quoted."""
    if any(p.slot == "answer" and p.label and not p.empty for p in later):
        return True
    if any(b.quoted and b.text.strip() for b in rest):
        return True
    texts = [b.text for b in rest] + [p for text in below for p in text.split("\n\n")]
    return any(told_by_me(text) or _flat(text).startswith(_QUOTES) for text in texts if text.strip())


def coaching_apart(content: list[Piece], below: list[str]) -> tuple[list[Piece], list[Piece]]:
    """``(the content without it, the coaching pieces)``: the paragraphs of coaching that open a note's unlabelled
    text before its answer, in ``content`` or in the text of its sub-sections ``below`` (see the module
    docstring)."""
    if not content or content[0].slot is not None or content[0].label or content[0].rest.strip():
        return content, []
    blocks = [b for b in content[0].blocks if b.text.strip() or b.rows]
    taken: list[Block] = []
    for block in blocks:
        if block.kind is not PARAGRAPH or block.quoted or block.lead or not coaching_lead(block.text):
            break
        taken.append(block)
    if not taken or not _answered(blocks[len(taken):], content[1:], below):
        return content, []
    coached = [Piece(coaching_slot(b.text), b.line, rest=_flat(b.text)) for b in taken]
    if listed := _list_led_into(taken[-1], blocks[len(taken):]):  # "... for these reasons:" over its list
        coached[-1].rest = "\n".join([coached[-1].rest, *(f"{b.number}. {b.text}" if b.number is not None
                                                          else f"- {b.text}" for b in listed)])
        taken.extend(listed)
    left = [b for b in content[0].blocks if b not in taken]
    kept = [dataclasses.replace(content[0], blocks=left)] if any(b.text.strip() or b.rows for b in left) else []
    return kept + content[1:], coached


def _list_led_into(lead: Block, after: list[Block]) -> list[Block]:
    """The list right after the coaching paragraph ``lead`` that runs on into it (it ends with a colon), when every
    item of it is unlabelled, unquoted and told by no "I": the rest of the coaching, not the answer."""
    if not lead.text.rstrip().endswith((":", "：")):
        return []
    items = list(takewhile(lambda b: b.kind is ITEM, after))
    if not items or any(b.lead or b.quoted or told_by_me(b.text) for b in items):
        return []
    return items


def asides_apart(content: list[Piece]) -> tuple[list[Piece], list[Piece]]:
    """``(the content without them, the coaching pieces)``: the bracketed asides of advice in a note's answer text
    (see the module docstring)."""
    kept: list[Piece] = []
    coached: list[Piece] = []
    for piece in content:
        asides = [(b, a) for b in piece.blocks if piece.slot in (None, "answer") and (a := _aside(b)) is not None]
        coached.extend(a for _, a in asides)
        gone = {id(b) for b, _ in asides}
        kept.append(dataclasses.replace(piece, blocks=[b for b in piece.blocks if id(b) not in gone])
                    if gone else piece)
    return kept, coached


def _aside(block: Block) -> Piece | None:
    """The coaching piece a bracketed paragraph of advice makes, else ``None``."""
    if block.kind is not PARAGRAPH or block.lead or block.quoted \
            or not block.text.lstrip().startswith(("(", "[")):
        return None
    match = _ASIDE.match(" ".join(block.text.split()))
    inner = _flat(match.group("inner")) if match else ""
    if not inner or told_by_me(inner) or not _ADVISES.match(inner):
        return None
    if _FORBIDS.match(inner):
        return Piece("redflags", block.line, rest=_SAY_LEAD.sub("", inner))
    return Piece("tips", block.line, rest=inner)
