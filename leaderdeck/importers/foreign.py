"""A question written in a language the topic classifier cannot read.

The classifier scores English words against the topics' English keywords. A question in another language written
in Latin letters (``Erzählen Sie von einem Konflikt im Team.``, ``Wie gehen Sie mit Druck um?``) shares a word with
them only by chance (``Team``, ``Audit``), so any guess from its words is noise: its topic is not found, as for a
question in Korean or Chinese, and the report says so. A question is read as another language only when none of
its words is among the small words every English sentence uses (``the``, ``you``, ``how``, ``of``) and one is among
those of the languages written in Latin letters that interview pages come in (German ``Sie``, ``wie``, ``mit``,
Spanish ``tu``, ``por``, ``una``, French ``vous``, Portuguese ``você``, Dutch ``hoe``): a short English question
(``Sussing out patterns in code?``) may lack the English ones. Only a sentence is judged,
four words or more closed by its mark (``.``, ``?``, ``!``): a title (``Lab Operations Turnaround``, ``Conflict
resolution``) names things without those small words in English too.
"""

from __future__ import annotations

from ..lazyre import lazy_re

_LATIN_WORD = lazy_re(r"[^\W\d_]+")
# words that only English uses among the languages written in Latin letters ("was", "an", "in", "die", "also"
# are German too, "a" and "no" Spanish)
_ENGLISH = frozenset(
    "the you your yours yourself i me my we our us they their them he she his her it its this that these those "
    "to of for with from about at on by into over after before during and or but if how what why when where which "
    "who whom whose do does did done is are were be been being have has had would could should can tell describe "
    "share give walk explain time times there".split())
# pronouns, articles, question words and prepositions of German, Spanish, French, Portuguese and Dutch
_OTHER = frozenset(
    "sie ihr ihre ihren ihnen du dich dir wie was warum wann wo welche welchen mit von und der die das den dem des "
    "ein eine einem einen einer ist sind haben hast im zu auf für über nicht "
    "el la los las un una unos del que qué por para con tu tú te usted cómo cuál cuáles cuándo dónde es en se su "
    "sus y "
    "vous tu une pour avec quel quelle comment pourquoi est et "
    "você uma não com como em seu sua "
    "het een je jij wat hoe waarom niet".split())
_MIN_WORDS = 4


_CLOSED = (".", "?", "!", '."', '?"', ".”", "?”")


def not_english(*texts: str) -> bool:
    """Whether ``texts`` (a question and its variants) are sentences written in Latin letters but not in English:
    each closed by its mark, four words or more in all, none of them one of English's small words and one of
    another language's (see the module)."""
    if not texts or not all(text.strip().endswith(_CLOSED) for text in texts):
        return False
    # most questions: English's small words are Latin letters too (one of the first few: the words after it are
    # neither found nor folded)
    for text in texts:
        for word in _LATIN_WORD.finditer(text):
            if word.group().casefold() in _ENGLISH:
                return False
    words = [word.casefold() for text in texts for word in _LATIN_WORD.findall(text)]
    found = [word for word in words if any("a" <= c <= "z" or c in "äöüßéèàáíóúñç" for c in word)]
    return len(found) >= _MIN_WORDS and any(word in _OTHER for word in found)
