"""Level and topic of an imported note, each with the evidence it came from.

Level: what the note states (``Level: Staff``, a section's ``**Level**:``),
else what the document states (front matter, its title, its headings, the role its
opening sentence says its questions are for, its file name: "15_EnggManager_QA"
names a manager), else the lowest band, reported.
Topic: a label the document states (a category, a theme heading, a
competency) when it names a topic or its keywords, else the classifier's guess
from the note's own words, with its confidence; a weak guess is reported, and
so is a guess that only the answer supports (the question, its variants, title
and the headings above it point elsewhere or nowhere). A name in a list of
competencies is weaker evidence, weighed against the note's words, and the
interviewer's signals can make a guess doubtful (:mod:`.topicaside`), even one its question names surely when
the question overrode its group heading's topic to make it; so can a story's
question that on its own names another topic surely than the one its words lean to, unless the headings above it
name the guessed topic too (the question names both: they choose). A
doubtful guess whose question points at it says which evidence contests it, without a
confidence (:data:`CONTESTED`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from ..model import Level, Topic
from ..taxonomy import Taxonomy
from .bands import band, bands_named, counterparts_aside
from .base import Parsed
from .blocks import Document, HEADING
from .classify import WEAK, Classifier
from .exportnames import page_stem
from .filelevel import file_name_label
from .foreign import not_english
from .headers import ROLE_COLUMN
from .headingname import heading_name
from .introfacts import intro_levels
from .introrole import intro_roles
from .pagetitle import heads_a_story, title_candidates
from .rolelevel import role_level
from .text import clean_title, is_question
from .traitlevel import principles_aside
from .topicaside import (asked, asked_alone, asked_surely, listed, listed_elsewhere, listed_topics,
                         prompt_of, question_makes, signals_elsewhere, title_of)
from ..lazyre import lazy_re
from ..slotinit import slot_init

FALLBACK_LEVEL = Level.SENIOR
# "Leadership" names a band on a page about one question; as a document's title it names the subject.
_GENERIC = lazy_re(r"leadership", re.IGNORECASE)
# the word alone, also right after a CJK character ("个leadership principles"), which \b does not part from it
_GENERIC_WORD = lazy_re(r"(?<![a-z])leadership(?![a-z])(?!\s+level)", re.IGNORECASE)
# "You are the CTO", "You've been VP Engineering at...", "As Head of Engineering, you", "In your role as the EM",
# a case's fact line "**Your Role**: Director of Platform, reporting to ...":
# a phrase that makes the reader someone, then a capitalised role, up to the words that say where or whose it is.
# (each opens with a look at its first letter, "a" or "y": the search then skips to where one may start)
_ROLE = lazy_re(r"(?=[AaYy])\b(?i:you are|you['’]re|you were|you['’]ll be|you will be|you['’]ve been"
                r"|you have been|you become|you became|your role(?: is|\*{0,2}:\*{0,2})|as)(?: (?i:the|a|an|our|their))? (?:[a-z-]+ ){0,2}"
                r"(?P<role>[A-Z][\w&/ -]{1,40})")
_PLURAL = lazy_re(r"(?<=[a-z]{3})s\b|(?<=[A-Z]{2})s\b")  # "Interviewing Engineering Managers", "for CTOs"
# "If you were CEO...", "What would you do as CTO?"; an "if" that opens a clause supposes, one after a verb asks
# whether ("How do you measure if you are doing a good job as an engineering manager?")
_HYPOTHETICAL = lazy_re(r"(?:(?:(?:^|[.?!,;:(])\s*|\b(?:and|but|so|now|imagine|say|suppose)\s+)if|\bwould|\bcould"
                        r"|\bwere to)\b[^.?!\n]*$", re.IGNORECASE)
# "as an engineering manager, how do you ...": a role in lower case after an article; the band decides if it is one
_ROLE_AS = lazy_re(r"(?=[AaYy])\b(?i:as|you are|you['’]re|you were|you['’]ve been|you have been) (?i:a|an|the) "
                   r"(?P<role>[a-z][a-z&/ -]{1,40})")
# a piece of every phrase _ROLE and _ROLE_AS open with, as it folds: a text holding none of them matches neither.
# (No piece holds an "i": blind to case, the patterns match it as "ı" too, which folds to itself; the "ſ" they
# match as "s" folds to "s".)
_ROLE_PIECES = ("as ", "you are", "you're", "you’re", "you were", "ll be", "ve been", "you bec", "your role")
_ROLE_END = lazy_re(r"\s(?:at|for|in|on|with|who|whose|that|which|where|to|from|reporting|leading|managing"
                    r"|running|responsible|brought|hired|tasked|asked|charged|and|of (?:a|an|\d))\b.*", re.DOTALL)


@slot_init
@dataclass(frozen=True, slots=True)
class Decided:
    """A level or topic and why: ``how`` is "stated", "document", "guessed", "default" or "other" (the lowest band,
    as the row's Role names another profession's job)."""

    value: Level | Topic
    how: str
    evidence: str = ""
    confidence: float = 1.0
    weak: bool = False
    unmatched: str = ""  # a topic label the note states that names no topic ("Category: Execution")


def document_level(doc: Document, taxonomy: Taxonomy, skip: Collection[int] = ()) -> Decided | None:
    """The level the document as a whole names: front matter, title, top headings, file name. ``skip`` are the
    lines of headings and title lines that name no level for the whole: those naming the level of their own section
    only (a bank written per level), and notes' own (a story's title)."""
    candidates = [("front matter", doc.meta_value("level", "seniority", "role", "audience"))]
    candidates += list(intro_levels(doc.blocks))  # "Role: Senior Engineering Manager" under a page's title
    candidates += title_candidates(doc, skip)
    headings = (b.text for i, b in enumerate(doc.blocks) if b.kind is HEADING and b.level <= 2
                and b.line not in skip and not is_question(clean_title(b.text)) and not heads_a_story(doc.blocks, i))
    candidates += [(f"the heading '{heading_name(h)}'", h) for h in itertools.islice(headings, 3)]
    candidates += [("the front matter title", doc.meta_value("title"))]
    candidates += list(intro_roles(doc.blocks))  # "... questions for engineering manager positions." opening it
    stem = page_stem(doc.name.rsplit(".", 1)[0])  # "Prep 3f9c...a19": Notion's page id is no part of the name
    candidates += [(f"the file name '{stem}'", file_name_label(stem, taxonomy))]  # "open-ceo": a project's name
    for where, label in candidates:
        if label and (level := label_level(label, taxonomy)):
            return Decided(level, "document", where)
    return None


def label_level(label: str, taxonomy: Taxonomy) -> Level | None:
    """The band a title or heading names ("Interviewing Engineering Managers", "For CTOs"); "Leadership" alone
    names none, nor does a label naming three bands or more ("EM/Director/VP/CTO")."""
    if _GENERIC.fullmatch(label.strip()) or not may_name_band(label, taxonomy):
        return None
    text = counterparts_aside(_GENERIC_WORD.sub(" ", principles_aside(label)))  # "Conflict with senior management"
    named = bands_named(text, taxonomy) or _singular_bands(text, taxonomy)
    if len(named) >= _RANGE or named and "IC" in label and _TRACKS.search(label):
        return None  # "Interviews for EM/Director/VP/CTO", "IC track vs Manager track": across them, for none
    return max(named, key=lambda level: level.rank) if named else _field_level(text, taxonomy)


def may_name_band(label: str, taxonomy: Taxonomy) -> bool:
    """A quick "no" before :func:`label_level`: whether ``label`` holds any alias's words or the "management" of a
    field; one that does not names no band, nor does any text made of it with words set aside or blanked."""
    return taxonomy.may_name_level(label) or "management" in label.casefold()


_RANGE = 3  # a label naming this many bands names the range, not one band ("CTO/VP" names one, the highest)
# the individual contributor's track set beside another ("IC track vs Manager track", "Manager / IC"): the label
# names two tracks, one of them with no band of ours, so it names no band for what is under it
_TRACKS = lazy_re(r"\bIC\b(?: tracks?| path| ladder)?\s*(?:vs\.?|versus|/|&|\+|and|or)\s"
                  r"|(?:vs\.?|versus|/|&|\+|and|or)\s*(?:the\s+)?IC\b")


def _singular_bands(text: str, taxonomy: Taxonomy) -> frozenset[Level]:
    """The bands ``text`` names read without its plurals ("For CTOs"); none when it has no plural (it is
    only asked of a text naming none as it is)."""
    singular = _PLURAL.sub("", text)
    return bands_named(singular, taxonomy) if singular != text else frozenset()


_FIELD = lazy_re(r"\b(\w+) management\b", re.IGNORECASE)


def _field_level(text: str, taxonomy: Taxonomy) -> Level | None:
    """"Engineering Management" (the field) names the band whose alias is its practitioner, "Engineering Manager";
    "Stakeholder Management" names none, as "Stakeholder Manager" is no alias."""
    for match in _FIELD.finditer(text):
        if taxonomy.level(role := f"{match.group(1)} Manager") is not None:
            return band(role, taxonomy)
    return None


def note_level(item: Parsed, taxonomy: Taxonomy, document: Decided | None,
               guessed: Decided | None = None) -> Decided:
    """The level the note states, else the document's, else a role its words give, else ``guessed`` (a weak hint
    the document's text gives, "one peer manager"), else the lowest band."""
    from_role = ("level", ROLE_COLUMN) in item.evidence
    other = False  # a Role cell naming another profession's job ("HR Executive"): no level, reported
    if from_role:
        level, how = role_level(item.level_label, taxonomy)
        if level is not None:  # "Senior Backend Engineer": a guess; "Engineering Manager": stated
            return Decided(level, how, f"'{item.level_label}'" if how == "stated" else f"the role '{item.level_label}'",
                           1.0 if how == "stated" else 0.5, weak=how != "stated")
        other = how == "other"
    elif item.level_label and (level := band(item.level_label, taxonomy)):
        labelled = next((where for what, where in item.evidence if what == "level"), "")
        return Decided(level, "stated", labelled or f"'{item.level_label}'")  # "the answer's label '...'": reported
    # a job title that names no band ("Data Scientist") says nothing of the level: not an unknown level label
    label = "" if from_role else item.level_label
    for chip in item.competencies:  # a page's chips name its level ("Staff Engineer"); "Leadership" is a skill
        if not _GENERIC.fullmatch(chip.strip()) and _is_alias(chip, taxonomy) \
                and (level := band(chip, taxonomy)):
            return Decided(level, "stated", f"'{chip}'")
    if document is not None:
        return document
    if role := _role_level(item, taxonomy):
        return role
    if guessed is not None and not label and not other:
        return guessed
    if other:
        return Decided(FALLBACK_LEVEL, "other", f"'{item.level_label}'")
    return Decided(FALLBACK_LEVEL, "default", label)


def _is_alias(label: str, taxonomy: Taxonomy) -> bool:
    return taxonomy.level(label) is not None


def _role_level(item: Parsed, taxonomy: Taxonomy) -> Decided | None:
    """"You are the CTO", "As VP Engineering, you..." in a scenario, "... as an engineering manager, how do you"
    in a question: a weak hint at the band it is written for."""
    text = " ".join(str(getattr(item.body, f, "")) for f in ("situation", "question", "title"))
    folded = text.casefold()
    if not any(piece in folded for piece in _ROLE_PIECES):  # the cheap test first: neither pattern can match
        return None
    matches = sorted([*_ROLE.finditer(text), *_ROLE_AS.finditer(text)], key=lambda m: m.start())
    for match in matches:
        role = _ROLE_END.sub("", match.group("role")).strip()
        if match.re is _ROLE_AS and _GENERIC_WORD.search(role):  # "as the leadership team": no one's band
            continue
        if not _HYPOTHETICAL.search(text, 0, match.start()) and (level := band(role, taxonomy)):
            phrase = text[match.start():match.start("role")].replace("*", "") + role  # "Your Role: ...", unbolded
            return Decided(level, "guessed", f"'{phrase}'", 0.5, weak=True)
    return None


ANSWER_ALONE = "from the answer alone"  # a topic only the answer points at: weak however sure the answer is
CONTESTED = ", but "  # "the question points at it, but ...": a sure guess other evidence contests, weak however sure


def note_topic(item: Parsed, taxonomy: Taxonomy, classifier: Classifier, group: Decided | None = None) -> Decided:
    """The topic a label of the note states, else the one its group heading names (``group``) unless the question
    names another topic itself and surely, else a guess."""
    weighed = False  # "Ownership" of five principles listed: weak evidence, weighed against the note's words
    for label in item.topic_labels:
        if weighed := listed(label, item, taxonomy):
            break
        if found := taxonomy.named(label) or (len(label.split()) <= 5 and taxonomy.classify(label)):
            return Decided(taxonomy.topic(found.name), "stated", f"'{label}'")
    stated = next((label for label in item.topic_labels if label not in item.competencies), "")
    decided = _guess_topic(item, taxonomy, classifier)
    if weighed:
        decided = _listed_guess(item, taxonomy, classifier, decided)
    if group is not None and not _names_own(item, decided, classifier):
        decided = group
    category = item.category
    if decided.weak and category and (found := taxonomy.named(category) or taxonomy.classify(category)):
        # "# Conflict Resolution:" over the question: outweighs a guess the question itself does not make
        return Decided(taxonomy.topic(found.name), "stated", f"'{category}'")
    if decided.how == "guessed" and not decided.weak and isinstance(decided.value, Topic) \
            and (elsewhere := signals_elsewhere(item, decided.value, classifier, headed=_over(group, decided)
                                                and taxonomy.named(prompt_of(item)) != decided.value)):
        # a question writing its topic's own name ("How do you manage technical debt ...?") settles it over a heading
        decided = replace(decided, weak=True, evidence=f"the question points at it{CONTESTED}"
                                                       f"{_contest(group, elsewhere, decided)}")
    if decided.how == "guessed" and not decided.weak and isinstance(decided.value, Topic) \
            and (other := _also_named(item, decided.value, classifier)) is not None \
            and not _hint_chooses(item, decided.value, classifier):
        # "a disagreement with your product manager": the question names conflict and product both; its words lean
        # one way, and the headings above it do not choose: the guess stands, flagged for the user to check
        decided = replace(decided, weak=True, evidence=f"the question points at it{CONTESTED}it also names {other.name}")
    return replace(decided, unmatched=stated) if stated else decided


def _over(group: Decided | None, decided: Decided) -> bool:
    """Whether ``decided`` was guessed over its group heading's other topic: the heading contests it."""
    return group is not None and group.value != decided.value


def _contest(group: Decided | None, elsewhere: Topic, decided: Decided) -> str:
    """What contests a guess the question makes: the signals pointing at ``elsewhere``, and the group heading
    the guess was made over, if any."""
    if group is None or not _over(group, decided):
        return f"what the interviewer looks for points at {elsewhere.name}"
    if group.value == elsewhere:
        return f"{group.evidence} and what the interviewer looks for point at {elsewhere.name}"
    return f"{group.evidence} points at {group.value.name} and what the interviewer looks for at {elsewhere.name}"


def _listed_guess(item: Parsed, taxonomy: Taxonomy, classifier: Classifier, guess: Decided) -> Decided:
    """``guess`` weighed against the topics the note's listed competencies point at: a weak guess they agree with
    is sure enough, and so is one of theirs its question alone names and points at surely (over a guess only its
    answer makes); a sure guess stands, flagged weak when only the story's words and not its question alone make
    it surely, or when the listed names on their own point surely elsewhere; so does one already flagged with
    a sure confidence (only a story's body, not its title, points at it); else the listed topic its words lean to
    most, flagged weak."""
    topics = listed_topics(item, taxonomy)
    if not topics or guess.how != "guessed" and guess.how != "default":
        return guess
    names = {topic.name for topic in topics}
    if guess.how == "guessed" and isinstance(guess.value, Topic) and guess.value.name in names:
        return replace(guess, weak=False, evidence="")
    if guess.how == "guessed" and isinstance(guess.value, Topic) and not guess.weak:
        if asked_alone(item, classifier) != guess.value.name and not question_makes(item, guess.value, classifier):
            # sure only through the story's words
            return replace(guess, weak=True, evidence=f"its story points at it{CONTESTED}the competencies it lists "
                           f"point at {', '.join(topic.name for topic in topics)}")
        elsewhere = listed_elsewhere(item, guess.value, classifier)
        return guess if elsewhere is None else replace(guess, weak=True, evidence=(
            f"the question points at it{CONTESTED}the competencies it lists point at {elsewhere.name}"))
    alone = classifier.classify(*asked(item))
    if alone is not None and alone.topic.name in names and asked_surely(item, alone.topic, classifier):
        # the question on its own names a listed topic and points at it surely: the story's words only blurred it
        return Decided(alone.topic, "guessed", "", alone.confidence)
    if guess.how == "guessed" and guess.confidence >= WEAK:
        return guess
    prompt = prompt_of(item)
    among = classifier.classify_among(names, prompt, prompt, prompt, *item.variants, item.topic_hint, *_texts(item))
    topic = among.topic if among is not None else topics[0]
    return Decided(topic, "guessed", "from the competencies it lists, its own words point nowhere surely",
                   among.confidence if among is not None else 0.0, weak=True)


def _names_own(item: Parsed, guess: Decided, classifier: Classifier) -> bool:
    """Whether the question itself names the topic guessed, and the guess is sure: "How do you prioritize the
    backlog?" under "Roadmaps & Strategy" is about prioritizing."""
    return guess.how == "guessed" and not guess.weak and isinstance(guess.value, Topic) \
        and classifier.mentions(guess.value, prompt_of(item), *item.variants)


def _guess_topic(item: Parsed, taxonomy: Taxonomy, classifier: Classifier) -> Decided:
    prompt, title = prompt_of(item), title_of(item)
    asked = (prompt, prompt, prompt, *item.variants, item.topic_hint)
    guess = None if not_english(prompt, *item.variants) else classifier.classify(*asked, *_texts(item))
    if guess is None:  # nothing to read, or words the classifier cannot read ("Wie gehen Sie mit Druck um?")
        return Decided(taxonomy.topics[0], "default", "", 0.0, weak=True)
    if not classifier.points_at(guess.topic, *asked, title):
        # "your first 90 days" filed under incidents because the answer mentions one: the question says nothing of it
        alone = classifier.classify(prompt, *item.variants)
        if alone is not None and not alone.weak and classifier.names(alone.topic, prompt, *item.variants):
            # "How do you hire ...?" over a long answer that speaks mostly of design exercises: the question's own,
            # still weak: the answer's words lean elsewhere
            return Decided(alone.topic, "guessed", f"the question points at it{CONTESTED}the answer points at "
                           f"{guess.topic.name}", alone.confidence, weak=True)
        return Decided(guess.topic, "guessed", ANSWER_ALONE, guess.confidence, weak=True)
    if not guess.weak and not classifier.mentions(guess.topic, *asked, title) \
            and ((alone := classifier.classify(prompt, *item.variants, title)) is None or alone.weak):
        # the question leans that way without naming it ("your team's health": one word of "code health")
        if alone is None:  # nothing the question, its variants or title say points anywhere: no topic found
            return Decided(guess.topic, "default", "", 0.0, weak=True)
        return Decided(guess.topic, "guessed", "the question names none of the topic's keywords",
                       alone.confidence, weak=True)
    if not guess.weak and (alone := classifier.classify(prompt, *item.variants, title)) is not None \
            and alone.topic.name != guess.topic.name and asked_surely(item, alone.topic, classifier) \
            and not _hint_chooses(item, guess.topic, classifier):
        # "Roadmap / prioritization: security backlog vs product velocity": the story's words lean to product, but
        # the question names prioritizing and points at it surely on its own
        return Decided(guess.topic, "guessed", f"its story points at it{CONTESTED}the question alone points at "
                       f"{alone.topic.name}", guess.confidence, weak=True)
    return Decided(guess.topic, "guessed", "", guess.confidence, weak=guess.weak)


def _also_named(item: Parsed, topic: Topic, classifier: Classifier) -> Topic | None:
    """Another topic the question names a keyword of, when it names one of ``topic``'s too; else ``None``."""
    return classifier.also_names(topic, prompt_of(item), *item.variants)


def _hint_chooses(item: Parsed, topic: Topic, classifier: Classifier) -> bool:
    """Whether the question names ``topic`` (among others: "disagreed with a technical decision") and the
    headings above it, not its own title, name it too ("## Collaboration & Conflict"): they choose between the
    topics it names."""
    title = title_of(item)
    above = item.topic_hint.replace(title, " ") if title else item.topic_hint
    return classifier.names(topic, above) and classifier.names(topic, prompt_of(item), *item.variants)


def _texts(item: Parsed) -> list[str]:
    body = item.body
    fields = ("title", "situation", "answer", "task", "action", "result")
    return [str(getattr(body, f, "")) for f in fields if getattr(body, f, "")][:2]
