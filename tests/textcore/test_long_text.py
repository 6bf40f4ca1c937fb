"""A long text (a whole work report, a yearbook chapter) is read whole, like a short one.

No timing here: ``python -m dagster_project.bench --long-texts-only`` prints the seconds,
which grow with the length of the text (layout repair works in windows of a page)."""

from __future__ import annotations

from collections import Counter

from dagster_project.textcore.pipeline import parse_document
from tests.textcore.conftest import SAMPLE_BYTES, SAMPLE_META

REPEATS = 150  # about 2.7 MB of UTF-8


def test_a_text_of_several_megabytes_gives_every_fact_of_its_parts(gazetteer) -> None:
    one = parse_document(SAMPLE_BYTES, "sample.txt", SAMPLE_META, gazetteer)
    text = (SAMPLE_BYTES.decode("utf-8") + "\n\n") * REPEATS
    assert len(text.encode("utf-8")) > 2_500_000
    doc = parse_document(text.encode("utf-8"), "long.txt", SAMPLE_META, gazetteer)
    assert doc.structure.accounted_share(doc.decoded.text) == 1.0
    # Layout repair looks for a displaced tail within a page-sized window: where the repeats
    # and the windows fall out of step a few tails join another copy's section, and a value
    # that section already states (the same place, period and indicator, or the same wording)
    # is one fact there.
    assert REPEATS * len(one.facts) >= len(doc.facts) >= 0.99 * REPEATS * len(one.facts)
    want = Counter({key: n * REPEATS for key, n in Counter(map(_key, one.facts)).items()})
    same = sum((want & Counter(map(_key, doc.facts))).values())
    assert same >= 0.95 * len(doc.facts)


def _key(fact) -> tuple:
    return fact.indicator_text, fact.value, fact.region_name
