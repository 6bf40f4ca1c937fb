"""Values a measure cannot take are not facts: they are kept as numbers for review."""

from __future__ import annotations

import json

from dagster_project.textcore.extract import plausible
from dagster_project.textcore.pipeline import parse_document

META = json.dumps({"published": "2025-07-25", "region": "重庆市"}).encode()


def test_share_over_100_and_fall_over_100_are_not_facts() -> None:
    text = (
        "区县委书记发言摘登\n\n渝北区委书记 张三\n\n"
        "上半年，全区游客满意度达到96.5%，全网曝光量占比超过329.8%，固定资产投资下降120%。\n"
    )
    doc = parse_document(text.encode(), "t.txt", META)
    assert [(f.indicator_text, f.measure, f.value) for f in doc.facts] == [("游客满意度", "share_pct", 96.5)]
    kinds = {n.number_text: n.kind for n in doc.numbers}
    assert kinds == {"96.5": "fact", "329.8": "implausible", "120": "implausible"}


def test_plausible_bounds() -> None:
    assert plausible("share_pct", 100) and plausible("share_pct", 0)
    assert not plausible("share_pct", 100.1) and not plausible("share_pct", -1)
    assert plausible("growth_pct", -100) and plausible("growth_pct", 350)
    assert not plausible("growth_pct", -100.5)
    assert plausible("level", 1e12) and plausible("pp_change", -30)
