"""Sections of the sample come back exactly as labelled, in every encoding and script."""

from __future__ import annotations

import pytest

from dagster_project.textcore.decode import decode_bytes
from dagster_project.textcore.layout import split_blocks
from dagster_project.textcore.pipeline import parse_document
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


@pytest.mark.parametrize(
    "speaker_line",
    [
        "渝北区委书记 张三",
        "渝北区委书记\u3000张三",  # a full-width space
        "渝北区委书记张三",  # no space
        "■渝北区委书记 张三",  # a bullet
        "◆ 渝北区委书记 张三",
        "渝北区委书记 张三：",  # a colon after the name
        "中共渝北区委书记 欧阳小明",
        "渝北区委书记：张三",  # a colon between title and name
        "张三（渝北区委书记）",  # the name first, the title in brackets
    ],
)
def test_speaker_lines_as_printed(speaker_line: str, gazetteer) -> None:
    text = (
        "区县委书记发言摘登\n\n聚焦产业升级 推动高质量发展\n\n"
        f"{speaker_line}\n\n上半年，全区GDP增长6%。\n\n"
        "提升产业能级\n\n江北区委书记 李四\n\n上半年，全区GDP增长5%。\n"
    )
    structure = read_structure(decode_bytes(text.encode(), "x.txt"), gazetteer, gazetteer.lookup("重庆市"))
    first, second = structure.sections
    assert (first.speaker_org, first.region_name) == ("渝北区", "渝北区")
    assert first.speaker_name in ("张三", "欧阳小明")
    assert [p.text for p in first.paragraphs] == ["上半年,全区GDP增长6%。"]  # as normalised
    assert second.region_name == "江北区"


def test_digest_of_places_is_one_section_per_place(gazetteer) -> None:
    """A news digest without speakers: each paragraph opened by a place (江北区：, 【南岸区】,
    a line with the name alone) is that place's part, so its 全区 is that place."""
    text = (
        "区县经济半年报\n\n7月25日，记者从各区县获悉上半年经济运行情况。\n\n"
        "江北区：上半年，全区GDP增长6.1%。\n\n【南岸区】上半年，全区GDP增长5.8%。\n\n"
        "沙坪坝区\n\n上半年，全区固定资产投资增长9.3%。\n"
    )
    structure = read_structure(decode_bytes(text.encode(), "x.txt"), gazetteer, gazetteer.lookup("重庆市"))
    regions = [s.region_name for s in structure.sections]
    assert regions == ["重庆市", "江北区", "南岸区", "沙坪坝区"]
    assert [len(s.paragraphs) for s in structure.sections] == [1, 1, 1, 1]
    assert structure.sections[3].paragraphs[0].text.startswith("上半年")


def test_one_paragraph_opening_with_a_place_is_prose(gazetteer) -> None:
    text = "涪陵区上半年经济运行情况\n\n涪陵区：上半年，全区GDP增长6.2%。\n\n全区规上工业增加值增长8%。\n"
    structure = read_structure(decode_bytes(text.encode(), "x.txt"), gazetteer, gazetteer.lookup("涪陵区"))
    assert [s.region_name for s in structure.sections] == ["涪陵区"]


def test_numbers_an_extraction_set_on_lines_of_their_own_are_read_in_their_sentence() -> None:
    """A PDF copy that set every number on its own line (增长 / 8.4% / ;一般…) reads as one
    line again, its date too; a table set one cell per line stays as it is."""
    lines = ["在县委经济工作会议上的讲话", "(", "2020", "年", "1", "月", "11", "日)", "同志们:"]
    lines += ["预计全县地区生产总值增长", "8.4%", ";一般公共预算收入增长", "4.6%"]
    lines += [";固定资产投资增长", "11.5%", "。"]
    blocks = [b.text for b in split_blocks(decode_bytes("\n".join(lines).encode("utf-8"), "speech.txt"))]
    assert blocks == [
        "在县委经济工作会议上的讲话",
        "(2020年1月11日)",
        "同志们:",
        "预计全县地区生产总值增长8.4%;一般公共预算收入增长4.6%;固定资产投资增长11.5%。",
    ]
    doc = parse_document("\n".join(lines).encode("utf-8"), "speech.txt", None)
    assert doc.dates.published.isoformat() == "2020-01-11"
    table = ["各区GDP(亿元)", "黄岛区", "2766", "市南区", "1400", "崂山区", "800", "城阳区", "700"]
    decoded = decode_bytes("\n".join(table).encode("utf-8"), "table.txt")
    assert [b.text for b in split_blocks(decoded)] == table


def test_a_numbered_heading_ends_on_its_line_and_a_note_in_brackets_ends_no_clause() -> None:
    """A bulletin's 一、综合 is a heading of its own, not the start of the indicator under it, and
    the note (含开发区,下同) or ((含玉东,下同)) before the value is read whole, comma and all."""
    lines = [
        "2022年玉州区国民经济和社会发展统计公报",
        "2022年,全区上下认真贯彻落实各项工作部署,经济社会发展稳中有进,全年大部分",
        "一、综合",
        "2022年玉州辖区((含玉东,下同))生产总值(初步核算数)565.01亿元,按可比价计算,比上年增长0.4%。",
        "二、农业",
        "全区农林牧渔业总产值(现价,下同)82.82亿元,增长3.1%。",
    ]
    doc = parse_document("\n".join(lines).encode("utf-8"), "bulletin.txt", b'{"published": "2023-03-20"}')
    assert [(f.indicator_text, f.value) for f in doc.facts] == [
        ("生产总值", 565.01),
        ("生产总值", 0.4),
        ("农林牧渔业总产值", 82.82),
        ("农林牧渔业总产值", 3.1),
    ]
