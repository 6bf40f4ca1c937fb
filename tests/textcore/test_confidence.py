"""A fact's confidence: each thing a reader would check first lowers it, and on the labelled
corpora wrong facts gather at the low end."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dagster_project.textcore.confidence import confidence
from dagster_project.textcore.models import Fact

SURE = Fact(
    section_no=1,
    start=100,
    end=120,
    indicator_text="规上工业增加值",
    indicator_code="industrial_value_added_above_scale",
    measure="growth_pct",
    value=8.4,
    unit="%",
    qualifier=None,
    region_code="500112",
    region_name="渝北区",
    region_source="section",
    period_code="2025-H1",
    evidence="规上工业增加值增长8.4%",
    period_source="sentence",
)


@pytest.mark.parametrize(
    "doubt",
    [
        {"indicator_code": None},  # no canonical indicator
        {"measure": "share_pct"},
        {"measure": "level", "unit": "亿元"},
        {"indicator_text": "营收"},  # too short to say of what
        {"region_source": "sentence"},
        {"region_name": None, "region_code": None},
        {"region_source": "text"},
        {"period_source": "section"},
        {"period_code": None},
        {"period_source": "document"},
        {"value": 450.0},  # growth of 450 %
    ],
)
def test_each_doubt_lowers_the_confidence(doubt: dict) -> None:
    assert confidence(SURE, []) == 1.0
    assert confidence(replace(SURE, **doubt), []) < 1.0


def test_a_weak_layout_join_across_the_clause_lowers_it() -> None:
    assert confidence(SURE, [(110, 300)]) < confidence(SURE, [(200, 300)]) == 1.0


def test_two_doubts_rank_below_one() -> None:
    one = confidence(replace(SURE, indicator_code=None), [])
    two = confidence(replace(SURE, indicator_code=None, measure="share_pct"), [])
    assert two < one


def test_confidence_ranks_the_labelled_facts(labelled_corpora: dict) -> None:
    """Facts in the lowest quarter of confidence are wrong more often than those in the top:
    at least twice as often (the share of wrong facts, not a margin of precision, so the test
    still holds as the text core makes fewer mistakes everywhere)."""
    from dagster_project.tools.evaluation import confidence_quartiles, score

    for name in ("dev", "own"):
        gold, by_file = labelled_corpora[name]
        predicted = [p for rows in by_file.values() for p in rows]
        quarters = confidence_quartiles(score(gold, predicted), predicted)
        bottom, top = 1 - quarters[0][2], 1 - quarters[-1][2]  # the share of wrong facts
        assert bottom > top and bottom >= 2 * top, (name, quarters)
