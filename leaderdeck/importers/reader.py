"""One reader for every document: made ready (:mod:`.prepare`: cleaned, Markdown or plain text), read into blocks
(a large Markdown document in two processes, :mod:`.halves`), then the passes every document's blocks go through."""

from __future__ import annotations

from .plaintitle import titled_first_line
from .barelabels import coaching_label_lines
from .partitems import part_items
from .blocks import Block, Document, block_rows
from .dashed import dashed_parts
from .facets import facet_lists
from .halves import read_large_markdown
from .prepare import prepared
from .mkdocsboxes import outside_boxes
from .textkey import text_star_keys
from .textprompts import text_prompts
from .textreader import read_text_lines
from .cjkwrap import wrapped_questions
from .lettered import lettered_questions
from .optionletters import option_letters
from .listedprompts import listed_prompts
from .readahead import Claimed, claim
from .siblingorders import sibling_orders
from .titledlines import titled_questions
from .titlegroup import title_group_heads
from .toggles import untoggled
from .questionheads import question_heads

def read_document_text(text: str, name: str = "") -> Document:
    """The blocks of ``text``; ``name`` (the file's name) chooses Markdown by its suffix, else the content does.
    A saved web page is read as the Markdown of its content (its line numbers are that Markdown's)."""
    ahead = claim(text, name)  # a child forked before the rules were imported may be reading it already
    ready = (ahead and ahead.ready) or prepared(text, name)  # made ready by that child, when it could send it
    cleaned, plain = ready.cleaned, ready.plain
    read = _text_blocks(ready.lines, ahead) if plain else read_large_markdown(ready.lines, ahead)
    read = text_star_keys(listed_prompts(list(read))) if plain else question_heads(untoggled(read))  # "问题：" over one prompt a line; a key
    read = option_letters(lettered_questions(wrapped_questions(list(read))))  # "a. ...", "b. ...", and CJK questions wrapped
    read = sibling_orders(read)  # "- Draft a 30-day plan ..." over its answer, among answered questions: a prompt
    read = read if plain else titled_questions(read)  # "Behavioral Questions" typed right over its questions
    blocks = titled_first_line(text_prompts(read)) if plain else read  # "Notes" alone atop a file: its title
    blocks = coaching_label_lines(list(blocks))  # "What they're testing" typed plain over questions: a label
    blocks = title_group_heads(blocks)  # "Design Patterns" right over a new list of "1. What is ...?": a heading
    blocks = dashed_parts(blocks)  # a terse "Action - Built it" among parts so written: a part too
    blocks = part_items(blocks)  # "* Situation" over its nested items: the part's label
    blocks = facet_lists(blocks)  # "Category - ..." / "Red Flags - ..." under a question: its coaching
    blocks = outside_boxes(blocks, cleaned.after_boxes)  # text back at the margin after a "!!! tip" box's body
    return Document(tuple(blocks), cleaned.meta, cleaned.aside, cleaned.repaired, plain, name, cleaned.lines,
                    cleaned.meta_lines)


def _text_blocks(lines: tuple[str, ...], ahead: Claimed | None) -> list[Block]:
    """:func:`.textreader.read_text_lines`, or the blocks a child read ahead (:mod:`.readahead`)."""
    if ahead is None:
        return read_text_lines(lines)
    return [Block(*values) for values in ahead.rows(lambda _: block_rows(read_text_lines(lines)))]
