"""Tables flattened into lines under a header that names each column and its unit."""

from __future__ import annotations

import json

from dagster_project.textcore.layout.blocks import is_table_header, is_table_row
from dagster_project.textcore.pipeline import parse_document

META = json.dumps({"published": "2019-02-01"}).encode("utf-8")
TABLE = (
    "湖南各市GDP排名\n"
    "2018年湖南各市经济数据出炉。\n"
    "排名 地区 地区生产总值(亿元) 增速(%)\n"
    "1、长沙市 9323. 7 9.4\n"
    "2、岳阳市 3100.87 7.8\n"
    "3、常德市 2955.4 8\n"
    "全省GDP31244.68亿元，同比增长7.9%。\n"
)


def test_each_cell_is_a_value_of_its_columns_indicator_and_unit() -> None:
    doc = parse_document(TABLE.encode("utf-8"), "table.txt", META)
    got = [(f.region_name, f.indicator_text, f.measure, f.value, f.unit) for f in doc.facts]
    assert ("长沙市", "地区生产总值", "level", 9323.7, "亿元") in got  # a decimal broken by a space
    assert ("长沙市", "地区生产总值增速", "growth_pct", 9.4, "%") in got  # the rate of the column before
    assert ("常德市", "地区生产总值增速", "growth_pct", 8.0, "%") in got
    assert ("湖南省", "GDP", "level", 31244.68, "亿元") in got  # GDP written against its number
    assert len(got) == 8
    # the last cell of a row and the next row's rank stay two numbers
    assert "9.42" not in {n.number_text for n in doc.numbers}


def test_a_header_and_ranked_rows_are_no_cut_text() -> None:
    assert is_table_header("排名 地区 地区生产总值(亿元) 增速(%)")
    assert not is_table_header("排名 地区 经济总量")
    assert is_table_row("2、岳阳市 3100.87 7.8")  # a rank, a place, two cells
    assert not is_table_row("2、岳阳市实现3100.87亿元")


def test_a_line_that_does_not_fit_the_header_ends_the_table() -> None:
    text = TABLE.replace("3、常德市 2955.4 8\n", "3、常德市 2955.4\n")  # a cell missing
    doc = parse_document(text.encode("utf-8"), "table.txt", META)
    assert "常德市" not in {f.region_name for f in doc.facts}
