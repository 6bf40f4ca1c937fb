"""The sample scores against its hand-made labels in every encoding and script."""

from __future__ import annotations

import pytest

from dagster_project.textcore.pipeline import parse_document
from dagster_project.tools.evaluation import fact_predictions, load_gold, score
from tests.textcore.conftest import ROOT, SAMPLE_META, VARIANTS

NAME = "000_ba639974d9f8cf50.txt"
GOLD = load_gold(ROOT / "tests" / "fixtures" / "seed_facts.csv", default_file=NAME)


def _f1(variant: str, gazetteer) -> float:
    doc = parse_document(VARIANTS[variant], NAME, SAMPLE_META, gazetteer)
    return score(GOLD, fact_predictions(NAME, doc.facts)).f1


@pytest.fixture(scope="module")
def original_f1(gazetteer) -> float:
    return _f1("utf-8", gazetteer)


def test_sample_scores_every_label(original_f1: float) -> None:
    """The sample the job ships with is read whole: every labelled fact and no other."""
    assert original_f1 == 1.0


@pytest.mark.parametrize("variant", ["gb18030", "utf-16", "crlf", "traditional"])
def test_every_variant_scores_as_the_original(variant: str, original_f1: float, gazetteer) -> None:
    assert abs(_f1(variant, gazetteer) - original_f1) <= 0.01
