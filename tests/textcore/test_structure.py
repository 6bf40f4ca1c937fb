"""Sections of the sample come back exactly as labelled, in every encoding and script."""

from __future__ import annotations

import pytest

from dagster_project.textcore.decode import decode_bytes
from dagster_project.textcore.structure import read_structure
from tests.textcore.conftest import GOLD_SECTIONS, VARIANTS, simplified


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_paragraph_is_in_its_section_in_order(variant: str, gazetteer) -> None:
    decoded = decode_bytes(VARIANTS[variant], f"sample-{variant}.txt")
    structure = read_structure(decoded, gazetteer, gazetteer.lookup("重庆市"))
    gold = GOLD_SECTIONS["sections"]
    assert len(structure.sections) == len(gold) == 10
    for section, expected in zip(structure.sections, gold, strict=True):
        pieces = [decoded.text[a:b] for p in section.paragraphs for a, b in p.pieces]
        assert simplified("".join(pieces)) == expected["text"], expected["org"]
        assert len(pieces) == len(expected["paragraph_starts"])
        for piece, start in zip(pieces, expected["paragraph_starts"], strict=True):
            assert simplified(piece).startswith(start)
        assert simplified(section.speaker_name) == expected["speaker_name"]
        assert simplified(section.speaker_title) == expected["speaker_title"]
        assert simplified(section.headline) == expected["headline"]
        assert (simplified(section.speaker_org), section.region_name) == (expected["org"], expected["region"])


def test_title_subtitle_and_lead(gazetteer) -> None:
    decoded = decode_bytes(VARIANTS["utf-8"], "sample.txt")
    structure = read_structure(decoded, gazetteer, gazetteer.lookup("重庆市"))
    assert structure.title == GOLD_SECTIONS["document"]["title"].replace("，", ",")
    assert structure.subtitle == GOLD_SECTIONS["document"]["subtitle"]
    assert structure.lead.startswith("7月24日下午")


def test_displaced_tails_are_moves_with_evidence(gazetteer) -> None:
    decoded = decode_bytes(VARIANTS["utf-8"], "sample.txt")
    structure = read_structure(decoded, gazetteer, gazetteer.lookup("重庆市"))
    moves = [d for d in structure.decisions if d.kind == "move"]
    assert len(moves) == 7  # the seven speakers whose tails stand elsewhere
    assert any("高速" in d.evidence for d in moves)
    assert all(0 < d.confidence <= 1 for d in structure.decisions)


def test_speakerless_release_is_one_section_of_the_document_region(gazetteer) -> None:
    text = (
        "涪陵区2025年上半年经济运行情况\n\n上半年，全区地区生产总值增长6.2%，规模以上工业增加值增长8.1%。\n"
    )
    decoded = decode_bytes(text.encode("gb18030"), "release.txt")
    structure = read_structure(decoded, gazetteer, gazetteer.lookup("涪陵区"))
    (section,) = structure.sections
    assert section.speaker_name is None and section.region_name == "涪陵区"
    assert structure.title == "涪陵区2025年上半年经济运行情况"


def test_other_city_department_speaks_for_that_city(gazetteer) -> None:
    text = (
        "成都市区县委书记发言摘登\n\n稳外贸 促消费\n\n市商务局党组书记、局长 张三\n\n"
        "上半年，全市社会消费品零售总额增长5.1%。\n\n提升产业能级\n\n"
        "武侯区委书记 李四\n\n上半年，全区GDP增长6%。\n"
    )
    structure = read_structure(
        decode_bytes(text.encode(), "chengdu.txt"), gazetteer, gazetteer.lookup("成都市")
    )
    assert [(s.speaker_org, s.region_name) for s in structure.sections] == [
        ("市商务局", "成都市"),
        ("武侯区", "武侯区"),
    ]
