"""Layout repair: putting back paragraphs that a multi-column page cut and displaced.

A block that ends without sentence-final punctuation was cut at a column foot; its
continuation is a block that starts mid-sentence, next to it or pages later (even
before its speaker's heading, in among another section's paragraphs). Every (cut end,
candidate start) pair is scored from evidence in the text itself: a dictionary word
across the join (推+进, 高+速), a four-character phrase across it that the text uses
elsewhere, a number or a quotation that goes on across it (增长7|.3%, 推行“以投|带引”),
the enumeration going on in order (a tail after 二、 leads to 三、), the section's place
named in the tail, a start with a digit or a list mark, and the two blocks standing
next to each other. What cannot be read on (a comma after a comma, % after a word) rules
a pair out. A cut end is joined to the next block unless the other pairs, aligned in the
order of the sections, then find more evidence; a tail set in out of that order is put
back only on evidence of its own. Numbered paragraphs after a displaced tail travel with
it while they go on from its section's numbering; a join with weak evidence is still
made but flagged for review, and text already in order passes through unchanged.
"""

from dagster_project.textcore.layout.blocks import enum_value, is_complete, split_blocks
from dagster_project.textcore.layout.evidence import closed_first, open_marks, recurs_across, word_across
from dagster_project.textcore.layout.order import reading_order
from dagster_project.textcore.layout.segments import Segment
from dagster_project.textcore.layout.solver import Join, repair

__all__ = [
    "Join",
    "Segment",
    "closed_first",
    "enum_value",
    "is_complete",
    "open_marks",
    "reading_order",
    "recurs_across",
    "repair",
    "split_blocks",
    "word_across",
]
