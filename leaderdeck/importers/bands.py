"""The band a title or label names, reading "manager" as documents use it.

"Manager" alone, or after a word that says what is managed or how new the manager is ("Engineering Manager",
"Dev manager", "people manager", "a first-time manager"), names the engineering manager band. Other professions'
managers ("Product Manager", "Senior Program Manager", "the hiring manager") and someone's boss ("your manager",
"my first manager") name no band: the whole title, with the seniority words before it, is set aside before the
taxonomy's aliases are matched. So is whom an interview or a conflict is with, whom the reader asks or reports to
("Interview with a VP of Engineering", "Conflict with senior management", "Questions you can ask the EM"): someone
the candidate meets, not the candidate's band ("... with the CTO as a staff engineer" keeps what follows "as"). A
"Managerial Round" or "managerial interview" is a manager's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Level
from ..taxonomy import Taxonomy
from ..lazyre import lazy_re
from .interviewers import interviewer_aside

# "<seniority>* <word> manager(s)": the word before "manager" decides whose manager it is.
_TITLE = lazy_re(r"(?:\b(?:senior|sr|staff|principal|lead|junior|jr|associate|group)\.?[ \t]+)*"
                 r"\b(?P<word>[A-Za-z][\w’'&-]*)[ \t]+managers?\b", re.IGNORECASE)
# "an interview with the CTO", "Conflict with senior management", "Questions you can ask the EM", "Reporting to a
# VP": the one the reader meets, asks or answers to, up to the end of the clause or an "as"/"for" that names the
# candidate ("... with the CTO as a staff engineer")
_WITH = lazy_re(r"\b(?:with|(?:you(?:[ \t]+(?:can|could|should|may|might))?|to)[ \t]+ask"
                r"|report(?:s|ing|ed)?[ \t]+to)\b[^.;:!?()\[\]|\n]*?"
                r"(?=[ \t]+(?:as|for)\b|[.;:!?()\[\]|\n]|$)", re.IGNORECASE)
# "Managerial Round", "a managerial interview": the round of a manager's loop, the manager's band
_MANAGERIAL = lazy_re(r"\bmanagerial(?=[ \t]+(?:rounds?|interviews?|loops?|screens?)\b)", re.IGNORECASE)
# "your manager", "my first manager": whose boss it is, not a role
_WHOSE = frozenset("my your his her their our its".split())
_BOSS = lazy_re(r"\b(?:my|your|his|her|their|our|its)[ \t]+(?:(?:first|new|old|current|previous|former|direct)"
                r"[ \t]+)*$", re.IGNORECASE)
# "your peer/manager", "your peers or manager": whose boss it is, beside someone else of theirs, not a role
_WHOSE_PAIR = lazy_re(r"\b(?:my|your|his|her|their|our)[ \t]+(?:[\w’'-]+(?:[ \t]*/[ \t]*|[ \t]+(?:or|and|&)[ \t]+))+"
                      r"manager\b", re.IGNORECASE)
# "a peer or manager", "peers and managers", "your teammates/managers": people the reader works beside, named
# together with their managers, not a role
_PEER_PAIR = lazy_re(r"\b(?:peers?|colleagues?|co-?workers?|teammates?|stakeholders?|(?:direct[ \t]+)?reports"
                     r"|bosses|customers?|clients?)(?:[ \t]*/[ \t]*|[ \t]+(?:or|and|&)[ \t]+)managers?\b",
                     re.IGNORECASE)
# Words before "manager" that keep it an engineering manager: the field, the people managed, how new or senior
# the manager is, and words that only link ("for the manager", "engineer to manager").
_OURS = frozenset("""
engineering eng engg software development dev devs technical tech sre devops infrastructure infra platform
backend frontend back-end front-end mobile web people line first-line front-line frontline first-time time
new first aspiring experienced future rookie team senior sr staff principal lead managing
a an the for as of to this that vs versus or and & becoming become became being
be is are was were with from at in on by into than""".split())


def band(label: str, taxonomy: Taxonomy) -> Level | None:
    """The band ``label`` names (the highest when it names several), other professions' managers aside."""
    return max(bands_named(label, taxonomy), key=lambda level: level.rank, default=None)


def bands_named(label: str, taxonomy: Taxonomy) -> frozenset[Level]:
    """Every band ``label`` names, other professions' managers aside, and a word "em" of another language."""
    if not taxonomy.may_name_level(label):  # no alias's words: none named, whatever is set aside
        return frozenset()
    label = _asides(label)
    if "manager" in label.casefold():  # the cheap test first: a title needs the word
        label = _TITLE.sub(lambda m: _other(m, taxonomy), _PEER_PAIR.sub(" · ", _WHOSE_PAIR.sub(" · ", label)))
    return taxonomy.levels_named(label)


@lru_cache(maxsize=4096)  # a document's headings and labels are read for a band once for each note under them
def _asides(label: str) -> str:
    """``label`` with a word "em" of another language and whom the reader meets set aside, a managerial round
    read as a manager's."""
    return _MANAGERIAL.sub("manager", counterparts_aside(foreign_em_aside(label)))


_EM = lazy_re(r"(?<![\w’'])em(?![\w’'])", re.IGNORECASE)
_WORD = lazy_re(r"[\w’'&-]+")
# English words that may stand beside the abbreviation in a label that lost its case ("SENIOR EM INTERVIEW",
# "acme-em-prep"): seniority, the interview's material, and the words that only link
_BESIDE_EM = frozenset("""
senior sr staff principal lead new first aspiring future experienced first-time line people engineering eng
software tech technical platform prep preparation interview interviews interviewing question questions loop loops
round rounds screen guide notes bank stories story level levels role roles track career path onsite panel
behavioral behavioural leadership answers examples playbook vs versus or and & for as to of the a an at in my your
""".split())


def foreign_em_aside(label: str) -> str:
    """``label`` without the word "em" when it is not the abbreviation EM (Engineering Manager) but a word of another
    language ("Entrevista baseada em comportamento", Portuguese "in"): in a label with its case, the abbreviation is
    written "EM"; in one all in one case ("ENTREVISTA BASEADA EM COMPORTAMENTO", a file name), EM stands first or
    last, by a mark ("EM/Director", "(EM)"), or beside an English word of :data:`_BESIDE_EM` ("SENIOR EM
    INTERVIEW")."""
    cased = label != label.upper() and label != label.lower()
    return _EM.sub(lambda match: match.group(0) if _abbreviation(match, cased) else " · ", label)


def _abbreviation(match: re.Match[str], cased: bool) -> bool:
    """Whether the "em" at ``match`` is the abbreviation EM (see :func:`foreign_em_aside`)."""
    if cased:
        return match.group(0) == "EM"
    before, after = match.string[:match.start()], match.string[match.end():]
    if not before.strip() or not after.strip() or not before[-1:].isspace() or not after[:1].isspace() \
            or not before.rstrip()[-1].isalnum() or not after.lstrip()[0].isalnum():
        return True  # first or last, or by a mark: "EM/Director", "(EM)", "PREP: EM"
    beside = (_WORD.findall(before)[-1], _WORD.findall(after)[0])
    return any(word.casefold() in _BESIDE_EM for word in beside)


def counterparts_aside(label: str) -> str:
    """``label`` with whom the reader meets, asks or answers to blanked ("Conflict with senior management"), and a
    senior interviewer ("CTO Conversation Guide", :mod:`.interviewers`)."""
    return interviewer_aside(_WITH.sub(" · ", label))


def _other(match: re.Match[str], taxonomy: Taxonomy) -> str:
    """The title as it was when it is an engineering manager's (or an alias), else a blank in its place."""
    word = match.group("word").casefold().replace("’", "'")
    if word in _WHOSE or _BOSS.search(match.string, 0, match.start("word")):
        return " · "
    if word in _OURS or taxonomy.level(f"{match.group('word')} manager") is not None:
        return match.group(0)
    return " · "
