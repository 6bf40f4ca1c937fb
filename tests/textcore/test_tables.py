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


ROWS = [("序号", "县(市区)", "单位(亿元)"), ("1", "黄岛区", "2766"), ("2", "市中区", "827")]
ROWS += [("3", "张店区", "1209"), ("4", "龙口市", "1111")]
CELLS = (
    "山东各县GDP排列\n全省137个县(市、区)2016年度GDP排列:\n按GDP规模:\n"
    + "".join(f"{cell} |\n" for row in ROWS for cell in row)
    + "24 \n"
)


def test_a_table_set_one_cell_per_line_is_read_by_its_rows() -> None:
    """序号 | / 县(市区) | / 单位(亿元) | / 1 | / 黄岛区 | / 2766 | …: three cells a row, as the
    header names three; 单位 holds the indicator the line before names (GDP); a place the
    gazetteer cannot tell (市中区, one in several cities) gives no fact and ends no table."""
    doc = parse_document(CELLS.encode("utf-8"), "cells.txt", META)
    got = [(f.region_name, f.indicator_text, f.measure, f.value, f.unit) for f in doc.facts]
    assert got == [
        ("黄岛区", "GDP", "level", 2766.0, "亿元"),
        ("张店区", "GDP", "level", 1209.0, "亿元"),
        ("龙口市", "GDP", "level", 1111.0, "亿元"),
    ]
    assert doc.facts[0].evidence == "1 |黄岛区 |2766"  # a row is its own evidence
    assert is_table_row("1 |黄岛区 |2766 |") and not is_table_row("黄岛区 |")


def test_a_table_ranked_by_a_named_rank_of_cities_and_a_table_by_year() -> None:
    """GDP排行 | 地级市 | 2018年GDP(亿元) | 增速(%): each row a city's GDP (the year in the header is
    no part of the indicator); 年份 | GDP(亿元) | …: each row the text's own place in that year,
    a cell written / holding no value (the row is still a row, no cut text)."""
    text = (
        "2018年江西各市GDP排行\n2018年江西省实现生产总值21984.78亿元。\n"
        "GDP排行 | 地级市 | 2018年GDP(亿元) | 增速(%) |\n"
        "1 | 南昌市 | 5274.67 | 8.9 |\n2 | 赣州市 | 2807.24 | 9.3 |\n"
        "江西省历年GDP对比表\n年份 | GDP(亿元) | 增速(%) | 人均GDP(元) |\n2018年 | 21984.8 | 8.7 | / |\n"
        "2017年 | 20818.5 | 8.9 | 45187 |\n"
    )
    doc = parse_document(text.encode(), "t.txt", META)
    got = {(f.region_name, f.period_code, f.indicator_text, f.value) for f in doc.facts}
    assert {("南昌市", "2018", "GDP", 5274.67), ("赣州市", "2018", "GDP增速", 9.3)} <= got
    assert {("江西省", "2017", "GDP", 20818.5), ("江西省", "2017", "人均GDP", 45187.0)} <= got
    assert ("江西省", "2018", "GDP增速", 8.7) in got
    assert is_table_row("2018年 | 21984.8 | 8.7 | / | / |")


def test_a_table_set_on_one_line_after_its_lead_is_read_row_by_row() -> None:
    """…位居全市第三。 GDP排行 | 区域 | 2018年GDP(亿元) | 增速(%) | 1 | 渝北区 | 1543.09 | -2.8 | 2 | …:
    a header, then rows of as many cells; a negative cell is a fall."""
    text = (
        "重庆各区县2018年GDP排行\n重庆市2018年实现生产总值20363.19亿元。 "
        "GDP排行 | 区域 | 2018年GDP(亿元) | 增速(%) | "
        "1 | 渝北区 | 1543.09 | -2.8 | 2 | 九龙坡区 | 1211.25 | 3.6 | 3 | 渝中区 | 1203.85 | 0.9 |\n"
    )
    got = [
        (f.region_name, f.indicator_text, f.value) for f in parse_document(text.encode(), "t.txt", META).facts
    ]
    assert got[1:] == [
        ("渝北区", "GDP", 1543.09),
        ("渝北区", "GDP增速", -2.8),
        ("九龙坡区", "GDP", 1211.25),
        ("九龙坡区", "GDP增速", 3.6),
        ("渝中区", "GDP", 1203.85),
        ("渝中区", "GDP增速", 0.9),
    ]


MONTHLY = (
    "泉州市统计月报\n"
    "2021年8月份，全市经济运行总体平稳。\n"
    "国民经济主要指标\n"
    "指标 单位 8月 1-8\n"
    "数值 增长(% 数值 增长(%\n"
    "一、规模以上工业增加值 亿元 - 1.5 - 11.4\n"
    "二、社会消费品零售总额 亿元 480.40 4.6 3748.20 15.2\n"
    "    #限额以上社会消费品零售额 亿元 142.40 7.2 1129.45 19.7\n"
    "三、固定资产投资 亿元 - -10.8 - 3.2\n"
    "数据来源：市统计局。\n"
)


def test_a_table_with_a_row_per_indicator_gives_each_cell_its_columns_period() -> None:
    """指标 单位 8月 1-8 over 数值 增长(% …: August's and January–August's values and rates;
    a cell written - holds none; rows with empty cells stay rows, not cut text."""
    doc = parse_document(
        MONTHLY.encode("utf-8"), "monthly.txt", json.dumps({"published": "2021-09-20"}).encode()
    )
    got = {(f.indicator_text, f.period_code, f.measure, f.value) for f in doc.facts}
    assert ("社会消费品零售总额", "2021-M08", "level", 480.4) in got
    assert ("社会消费品零售总额", "2021-M01M08", "growth_pct", 15.2) in got
    assert ("限额以上社会消费品零售额", "2021-M01M08", "level", 1129.45) in got
    assert ("固定资产投资", "2021-M08", "growth_pct", -10.8) in got
    assert ("规模以上工业增加值", "2021-M01M08", "growth_pct", 11.4) in got
    assert len([f for f in doc.facts if f.indicator_text == "规模以上工业增加值"]) == 2  # - is no value
    assert {f.region_name for f in doc.facts} == {"泉州市"}
    assert is_table_header("指标 单位 8月 1-8") and is_table_header("数值 增长(% 数值 增长(%")
    assert is_table_row("一、规模以上工业增加值 亿元 - 1.5 - 11.4")


CELL_LINES = (
    "池州市2018年国民经济和社会发展统计公报\n"
    "2018年，全市经济运行稳中有进，主要指标好于预期，民生福祉持续改善。\n"
    "2018年全市生产总值及增长速度\n指标\n绝对数(亿元)\n比上年增长(%)\n"
    "地区生产总值\n589.0\n8.1\n其中:第一产业\n71.2\n-2.7\n第二产业\n265.8\n8.4\n"
    "2018年末全市常住人口及构成\n指标\n年末数(万人)\n比重(%)\n"
    "年末常住人口\n144.3\n100.0\n其中:城镇\n75.5\n52.3\n"
)


def test_an_indicator_table_set_one_cell_per_line_is_read_by_its_header_cells() -> None:
    """绝对数(亿元) / 比上年增长(%) over 地区生产总值 / 589.0 / 8.1: each row's cells are its
    indicator's amount in the column's unit and its rate; 比重(%) is a share, not a rate."""
    doc = parse_document(CELL_LINES.encode("utf-8"), "cells.txt", META)
    got = [(f.indicator_text, f.measure, f.value, f.unit) for f in doc.facts]
    assert got == [
        ("地区生产总值", "level", 589.0, "亿元"),
        ("地区生产总值", "growth_pct", 8.1, "%"),
        ("第一产业", "level", 71.2, "亿元"),
        ("第一产业", "growth_pct", -2.7, "%"),
        ("第二产业", "level", 265.8, "亿元"),
        ("第二产业", "growth_pct", 8.4, "%"),
        ("年末常住人口", "level", 144.3, "万人"),  # its share of itself, 100.0, is no fact
        ("城镇年末常住人口", "level", 75.5, "万人"),
        ("城镇年末常住人口", "share_pct", 52.3, "%"),
    ]
    assert {f.period_code for f in doc.facts} == {"2018"}


def test_a_row_indented_under_a_row_of_its_own_period_is_of_that_period() -> None:
    """地区生产总值(1-6月) over an indented 第一产业, in a table of 1-7月累计: both of January–June;
    the rows after them of the column's period."""
    text = (
        "梅州市统计月报 2017第7期\n"
        "2017年1-7月，全市经济运行总体平稳，主要指标保持增长。\n"
        "指标名称\n单位\n1-7月累计\n累计同比±%\n"
        "地区生产总值(1-6月)\n亿元\n523.75\n6.8\n"
        "  第一产业\n亿元\n78.37\n3.9\n"
        "规模以上工业增加值\n亿元\n120.81\n2.6\n"
    )
    doc = parse_document(text.encode("utf-8"), "cells.txt", json.dumps({"published": "2017-08-22"}).encode())
    got = [(f.indicator_text, f.period_code, f.measure, f.value) for f in doc.facts]
    assert got == [
        ("地区生产总值", "2017-H1", "level", 523.75),
        ("地区生产总值", "2017-H1", "growth_pct", 6.8),
        ("第一产业", "2017-H1", "level", 78.37),
        ("第一产业", "2017-H1", "growth_pct", 3.9),
        ("规模以上工业增加值", "2017-M01M07", "level", 120.81),
        ("规模以上工业增加值", "2017-M01M07", "growth_pct", 2.6),
    ]


def test_a_sector_row_under_gdps_row_is_the_sectors_value_added() -> None:
    """地区生产总值 / 第二产业 / #工业: the rows under GDP's are value added (工业增加值), their
    wording as written; a sector row under another indicator's is not."""
    text = (
        "梅州市统计月报 2017第7期\n"
        "2017年1-7月，全市经济运行总体平稳，主要指标保持增长。\n"
        "指标名称\n单位\n1-7月累计\n累计同比±%\n"
        "地区生产总值(1-6月)\n亿元\n523.75\n6.8\n"
        "  第二产业\n亿元\n169.97\n5.1\n"
        "      #工业\n亿元\n142.69\n6.0\n"
        "税收收入\n亿元\n60.12\n3.3\n"
        "  工业\n亿元\n20.5\n2.2\n"
    )
    doc = parse_document(text.encode("utf-8"), "cells.txt", json.dumps({"published": "2017-08-22"}).encode())
    got = [(f.indicator_text, f.indicator_code) for f in doc.facts if f.measure == "level"]
    assert got[:3] == [
        ("地区生产总值", "gdp"),
        ("第二产业", "secondary_industry_value_added"),
        ("工业", "industrial_value_added"),
    ]
    assert [text for text, _ in got[3:]] == ["税收收入", "工业"] and got[4][1] != "industrial_value_added"


def test_a_table_of_places_by_year_takes_the_unit_the_text_stated_its_indicator_in() -> None:
    """年份/各区县 | 2022年GDP | 2021年GDP | over 渝北区 | 2297.11 | 2235.61 |: each cell is that
    place's GDP of its column's year, in the 亿元 the lead stated GDP in; the rows are no place
    headings, and a row cut at the text's end is no tail of the header."""
    text = (
        "重庆区县GDP\n"
        "初步核算，2022年重庆市实现地区生产总值29129.03亿元，比上年增长2.6%。\n"
        "年份/各区县 | 2022年GDP | 2021年GDP |\n"
        "渝北区 | 2297.11 | 2235.61 |\n"
        "九龙坡区 | 1763.94 | 1736.38 |\n"
        "云阳县 |\n"
    )
    doc = parse_document(text.encode("utf-8"), "years.txt", json.dumps({"published": "2023-05-01"}).encode())
    got = {(f.region_name, f.period_code, f.value, f.unit) for f in doc.facts if f.region_name != "重庆市"}
    assert got == {
        ("渝北区", "2022", 2297.11, "亿元"),
        ("渝北区", "2021", 2235.61, "亿元"),
        ("九龙坡区", "2022", 1763.94, "亿元"),
        ("九龙坡区", "2021", 1736.38, "亿元"),
    }
    assert is_table_header("年份/各区县 | 2022年GDP | 2021年GDP |")


PLACE_CELLS = (
    "上半年海口GDP达797.49亿元增速领跑海南\n\n据统计，2018年上半年，海口市GDP增速领跑全省。\n\n"
    "附表：2018年上半年各市县地区生产总值及增速\n\n市    县\n\n绝对数\n\n(亿元)\n\n比上年同期增长\n\n(%)\n\n"
    "东部地区\n\n1542.49\n\n6.6\n\n海 口 市\n\n797.49\n\n8.1\n\n三 亚 市\n\n304.09\n\n7.0\n\n"
    "五指山市\n\n13.58\n\n0.6\n\n定 安 县\n\n42.64\n\n4.7\n"
)


def test_a_table_of_places_set_one_cell_per_line_gives_each_place_its_row() -> None:
    """市县 / 绝对数 / (亿元) / 比上年同期增长 / (%) over 海 口 市 / 797.49 / 8.1, each cell a
    paragraph: the cells are neither joined as cut text nor taken for place headings; each
    place has its row, of the indicator the table's title names; a group (东部地区) none."""
    doc = parse_document(
        PLACE_CELLS.encode("utf-8"), "cells.txt", json.dumps({"published": "2018-07-19"}).encode()
    )
    rows = [(f.region_name, f.measure, f.value) for f in doc.facts]
    assert rows == [
        ("海口市", "level", 797.49),
        ("海口市", "growth_pct", 8.1),
        ("三亚市", "level", 304.09),
        ("三亚市", "growth_pct", 7.0),
        ("五指山市", "level", 13.58),
        ("五指山市", "growth_pct", 0.6),
        ("定安县", "level", 42.64),
        ("定安县", "growth_pct", 4.7),
    ]
    assert {f.indicator_code for f in doc.facts} == {"gdp"}
    assert {f.period_code for f in doc.facts} == {"2018-H1"}
    assert not doc.structure.decisions  # no cell joined to another


def test_a_header_wider_than_its_rows_and_columns_of_the_month_and_the_months_so_far() -> None:
    """市州 | / 增长速度 | / | / 比上年同月(%) | / 比上年同期(%) | over 全 省 | / 9.4 | / 7.1 |: five
    header cells over rows of three are no rows of five; 全省 is the text's own place; beside a
    column of the month alone, 比上年同期 runs from January to that month."""
    cells = ["市州", "增长速度", "", "比上年同月(%)", "比上年同期(%)", "", "全 省", "9.4", "7.1"]
    cells += ["长沙市", "11.0", "8.3", "株洲市", "7.7", "7.0", "湘潭市", "8.2", "7.1"]
    cells += ["衡阳市", "7.8", "6.5", "邵阳市", "9.8", "7.0"]
    text = "".join(f"{c} |\n" for c in cells) + "注:11月当月增速为6.0%,1-11月累计增速为6.4% |\n"
    doc = parse_document(text.encode("utf-8"), "cells.txt", json.dumps({"published": "2017-12-20"}).encode())
    got = [(f.region_name, f.period_code, f.measure, f.value) for f in doc.facts if "|" in f.evidence]
    assert got[:4] == [
        ("湖南省", "2017-M11", "growth_pct", 9.4),
        ("湖南省", "2017-M01M11", "growth_pct", 7.1),
        ("长沙市", "2017-M11", "growth_pct", 11.0),
        ("长沙市", "2017-M01M11", "growth_pct", 8.3),
    ]
    assert len(got) == 12


def test_a_second_amount_column_is_named_by_its_column() -> None:
    """现价 (万元) / 不变价 (万元) over 工业 / 111250 / 114767: the first amount is the row's
    indicator, the second is told apart by its column (工业(不变价))."""
    cells = ["行业名称", "现价 (万元)", "不变价 (万元)", "增速 (%)", "工业", "111250", "114767", "12.7"]
    cells += ["建筑业", "19094", "19425", "15.5", "批发和零售业", "28644", "28389", "8.1"]
    text = "2016年，全县经济稳步增长。\n表1 2016年地区生产总值构成表\n" + "".join(f"{c} |\n" for c in cells)
    doc = parse_document(text.encode("utf-8"), "cells.txt", META)
    got = [(f.indicator_text, f.measure, f.value) for f in doc.facts]
    assert got[:3] == [
        ("工业", "level", 111250.0),
        ("工业(不变价)", "level", 114767.0),
        ("工业", "growth_pct", 12.7),
    ]
    assert len(got) == 9


def test_parts_after_qizhong_are_of_the_row_above_and_a_value_the_text_states_too_is_one_fact() -> None:
    """常住人口 / 其中:城镇 / 农村 over the table's numbers: 城镇常住人口, 农村常住人口; the text's
    城镇常住人口2352万人 and the table's cell are one fact, though no canonical indicator."""
    cells = ["指标", "年末数(万人)", "比重(%)", "常住人口", "3806", "100.00", "其中:城镇", "2352", "61.80"]
    cells += ["农村", "1454", "38.20"]
    text = "2014年末全省常住人口3806万人，其中城镇常住人口2352万人。\n" + "\n".join(cells) + "\n"
    doc = parse_document(text.encode("utf-8"), "cells.txt", META)
    got = [(f.indicator_text, f.measure, f.value) for f in doc.facts]
    assert ("农村常住人口", "level", 1454.0) in got and ("城镇常住人口", "share_pct", 61.8) in got
    assert [g for g in got if g[2] == 2352.0] == [("城镇常住人口", "level", 2352.0)]


def test_the_whole_provinces_row_in_a_countys_text_is_the_province() -> None:
    """A county's text quoting its province's table (全省 / 长沙市 / 株洲市 …): 全省 is the province,
    as the text's scope word means it, not the county the text is of."""
    cells = ["市州", "比上年同期(%)", "全 省", "7.1", "长沙市", "8.3", "株洲市", "7.0", "湘潭市", "7.1"]
    text = "全县经济运行情况\n" + "".join(f"{c} |\n" for c in cells)
    meta = json.dumps({"published": "2017-12-20", "region": "洞口县"}).encode()
    doc = parse_document(text.encode("utf-8"), "cells.txt", meta)
    assert [(f.region_name, f.value) for f in doc.facts][:2] == [("湖南省", 7.1), ("长沙市", 8.3)]
