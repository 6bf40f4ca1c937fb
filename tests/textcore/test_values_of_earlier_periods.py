"""A value stated for the period a sentence compares with (比2017年的567亿元, 较前一年的10.4%)
is that period's value; the estimate word before an outcome (预计实现) is no part of its subject;
periods contrasted after a value (…，而一季度下降6.1%) hold for their sentence only."""

from __future__ import annotations

import json

from dagster_project.textcore.pipeline import parse_document

META = json.dumps({"published": "2019-01-20"}, ensure_ascii=False).encode()


def _facts(text: str, meta: bytes = META) -> set[tuple]:
    doc = parse_document(text.encode(), "x.txt", meta)
    return {
        (f.region_name, f.period_code, f.indicator_text, f.measure, f.value, f.qualifier) for f in doc.facts
    }


def test_a_value_after_the_year_compared_with_is_of_that_year() -> None:
    facts = _facts("西山区2018年地区生产总值预计实现600亿元，比2017年的567亿元多了33亿元。")
    assert ("西山区", "2018", "地区生产总值", "level", 600.0, "预计") in facts
    assert ("西山区", "2017", "地区生产总值", "level", 567.0, None) in facts
    assert not any(f[1] == "2018" and f[4] == 567.0 for f in facts)


def test_a_rate_of_the_year_before_follows_the_values_own_period() -> None:
    facts = _facts("官渡区2018年地区生产总值同比增长8%，增速较前一年的10.4%有所回落。")
    assert ("官渡区", "2018", "地区生产总值", "growth_pct", 8.0, None) in facts
    assert ("官渡区", "2017", "地区生产总值增速", "growth_pct", 10.4, None) in facts


def test_a_value_of_last_year_as_a_whole() -> None:
    text = "今年前11月，成都市社会消费品零售总额8362亿元，已超过去年全年的8118.5亿元。"
    facts = {(f[1], f[4]) for f in _facts(text, json.dumps({"published": "2021-12-24"}).encode())}
    assert facts == {("2021-M01M11", 8362.0), ("2020", 8118.5)}


def test_without_a_possessive_the_period_compared_with_is_no_value_of_its_own() -> None:
    facts = _facts("2018年，全区地区生产总值600亿元，比2017年增长8%。")
    assert {f[1] for f in facts} == {"2018"}


def test_periods_contrasted_after_a_value_hold_for_their_sentence_only() -> None:
    text = (
        "2020年，全省规模以上工业增加值同比增长4.6%，而一季度下降6.1%、上半年增长1.0%、前三季度增长2.7%。"
        "全省固定资产投资增长8.2%。"
    )
    facts = {(f[1], f[4]) for f in _facts(text, json.dumps({"published": "2021-01-25"}).encode())}
    assert facts == {("2020", 4.6), ("2020-Q1", -6.1), ("2020-H1", 1.0), ("2020-Q1Q3", 2.7), ("2020", 8.2)}


def test_a_balance_at_a_months_end_is_of_that_month_and_holds_for_its_sentence() -> None:
    text = (
        "上半年，全县地区生产总值增长5%。6月末，全县金融机构存款余额906.7亿元，增长8.2%。"
        "全县规上工业增加值增长3%。"
    )
    facts = {(f[1], f[4]) for f in _facts(text, json.dumps({"published": "2025-07-31"}).encode())}
    assert facts == {("2025-H1", 5.0), ("2025-M06", 906.7), ("2025-M06", 8.2), ("2025-H1", 3.0)}


def test_a_value_reached_in_a_named_year_is_of_that_year() -> None:
    text = "2011年，全市地区生产总值从2005年的28.02亿元增加到2010年的80.6亿元。"
    facts = {(f[1], f[2], f[4]) for f in _facts(text, json.dumps({"published": "2012-01-11"}).encode())}
    assert facts == {("2005", "地区生产总值", 28.02), ("2010", "地区生产总值", 80.6)}


def test_a_yearly_average_over_several_years_has_no_period() -> None:
    text = "2015年，全区生产总值增长8%；“十二五”期间，生产总值年均增长10%。"
    facts = {(f[1], f[4]) for f in _facts(text, json.dumps({"published": "2016-01-12"}).encode())}
    assert facts == {("2015", 8.0), (None, 10.0)}


def test_a_total_over_several_years_is_of_no_one_period() -> None:
    text = (
        "过去五年，全区五年累计完成固定资产投资2413.8亿元。2020年，全区生产总值增长4%。"
        "五年完成工业投资232.79亿元。"
    )
    facts = {(f[1], f[4]) for f in _facts(text, json.dumps({"published": "2021-01-20"}).encode())}
    assert facts == {(None, 2413.8), ("2020", 4.0), (None, 232.79)}


def test_a_bare_yearly_average_rate_is_of_the_indicator_before() -> None:
    text = "2020年，全区实现地区生产总值427.65亿元；五年来，年均增速达8.8%。"
    facts = {(f[1], f[2], f[4]) for f in _facts(text, json.dumps({"published": "2021-01-20"}).encode())}
    assert (None, "地区生产总值年均增速", 8.8) in facts


def test_a_value_moved_from_an_earlier_period_to_the_texts_own() -> None:
    text = "前三季度，全区农林牧渔业总产值1363.0亿元，按可比价计算，由上半年下降0.3%转为增长0.2%。"
    doc = parse_document(text.encode("utf-8"), "x.txt", b'{"published": "2020-10-21"}')
    assert [(f.indicator_text, f.period_code, f.value) for f in doc.facts] == [
        ("农林牧渔业总产值", "2020-Q1Q3", 1363.0),
        ("农林牧渔业总产值", "2020-H1", -0.3),
        ("农林牧渔业总产值", "2020-Q1Q3", 0.2),
    ]


def test_a_value_moved_from_a_period_named_with_的_and_a_part_moved_the_same_way() -> None:
    """由一季度的同比下降1.7%转为上半年的同比增长1.6%，其中猪肉产量由下降1.7%转为增长2.6%: the
    part's earlier value is of the period the sentence moved from."""
    text = (
        "上半年，全省猪牛羊禽肉产量由一季度的同比下降1.7%转为上半年的同比增长1.6%，"
        "其中猪肉产量由下降1.7%转为增长2.6%。"
    )
    doc = parse_document(text.encode("utf-8"), "x.txt", b'{"published": "2023-07-20"}')
    assert [(f.indicator_text, f.period_code, f.value) for f in doc.facts] == [
        ("猪牛羊禽肉产量", "2023-Q1", -1.7),
        ("猪牛羊禽肉产量", "2023-H1", 1.6),
        ("猪肉产量", "2023-Q1", -1.7),
        ("猪肉产量", "2023-H1", 2.6),
    ]


def test_a_rate_moved_from_an_earlier_period_is_of_the_indicator_its_clause_before_names() -> None:
    """…增速持续回升，从一季度增长7.9%，回升到上半年增长8.3%: both of retail sales, not of the GDP
    stated in the sentence before."""
    text = (
        "上半年，全区地区生产总值增长8%。"
        "社会消费品零售总额增速持续回升，从一季度增长7.9%，回升到上半年增长8.3%。"
    )
    doc = parse_document(text.encode("utf-8"), "x.txt", b'{"published": "2016-07-30"}')
    assert [(f.indicator_text, f.period_code, f.value) for f in doc.facts] == [
        ("地区生产总值", "2016-H1", 8.0),
        ("社会消费品零售总额增速", "2016-Q1", 7.9),
        ("社会消费品零售总额增速", "2016-H1", 8.3),
    ]


def test_a_rate_from_one_period_to_another_is_each_periods() -> None:
    """涨幅由上半年的6.6%到前三季度的7.6%，涨幅扩大1个百分点: each rate is its period's."""
    text = "前三季度，全省经济稳中向好。其中，全省GDP涨幅由上半年的6.6%到前三季度的7.6%，涨幅扩大1个百分点。"
    doc = parse_document(text.encode("utf-8"), "x.txt", b'{"published": "2016-10-25"}')
    got = [(f.indicator_text, f.period_code, f.value) for f in doc.facts]
    assert got[:2] == [("GDP涨幅", "2016-H1", 6.6), ("GDP涨幅", "2016-Q1Q3", 7.6)]
    assert [(f.period_code, f.measure, f.value) for f in doc.facts[2:]] == [("2016-Q1Q3", "pp_change", 1.0)]
    assert "涨幅涨幅" not in doc.facts[2].indicator_text


def test_a_month_after_其中_holds_for_its_sentence_only_with_doubled_marks() -> None:
    text = (
        "上半年，全市规模以上工业增加值同比增长13.3%。其中,,6月份全市规模以上工业增加值增长6.9%,。"
        "工业技改投资增长22.0%,,居全省第11位。"
    )
    doc = parse_document(text.encode("utf-8"), "x.txt", b'{"published": "2021-07-20"}')
    expected = [("2021-H1", 13.3), ("2021-M06", 6.9), ("2021-H1", 22.0)]
    assert [(f.period_code, f.value) for f in doc.facts] == expected


def test_a_rate_right_after_the_period_it_starts_from_is_of_that_period() -> None:
    """从去年前三季度2.2%的负增长 / 由去年前三季度4%的增长: the first rate is of the year
    before, signed and read as growth by the words after it; the second is the text's."""
    from dagster_project.textcore.pipeline import parse_document

    text = (
        "2017年前三季度,辽宁地区生产总值从去年前三季度2.2%的负增长,变为今年前三季度2.5%的正增长。"
        "山西地区生产总值由去年前三季度4%的增长变为7.2%的增长。"
    )
    doc = parse_document(text.encode(), "x.txt", b'{"published": "2017-10-30"}')
    got = [(f.region_name, f.period_code, f.measure, f.value) for f in doc.facts]
    assert ("辽宁省", "2016-Q1Q3", "growth_pct", -2.2) in got
    assert ("山西省", "2016-Q1Q3", "growth_pct", 4.0) in got
    assert ("山西省", "2017-Q1Q3", "growth_pct", 7.2) in got


def test_a_months_own_figures_its_parts_and_the_figure_it_comes_second_to() -> None:
    """11月当月进出口…。其中，出口887.9亿元，仅次于今年1月份的895.9亿元，同比增长10.2%: the parts
    of November's trade are November's; 895.9 is January's; 外贸进出口…。其中，出口… names 外贸出口."""
    text = (
        "山东外贸\n今年前11个月，山东省外贸进出口1.62万亿元。其中，出口9028.4亿元；进口7188.2亿元。"
        "11月当月进出口1565.1亿元。其中，出口887.9亿元，仅次于今年1月份的895.9亿元，同比增长10.2%。\n"
    )
    got = {f[1:5] for f in _facts(text)}
    assert ("2019-M01M11", "外贸出口", "level", 9028.4) in got
    assert ("2019-M01M11", "外贸进口", "level", 7188.2) in got
    assert ("2019-M11", "出口", "level", 887.9) in got
    assert ("2019-M01", "出口", "level", 895.9) in got
    assert ("2019-M11", "出口", "growth_pct", 10.2) in got


def test_a_list_of_months_after_qizhong_holds_for_its_sentence_only() -> None:
    """其中，4月、5月、6月单月…: the months are the sub-periods of that sentence; the next sentence
    is of the half year again."""
    text = (
        "重庆经济\n上半年，全市固定资产投资增长6.9%。其中，4月、5月、6月单月完成投资额同比分别增长3.5%、4.5%、5.4%。"
        "全市实现社会消费品零售总额增长1.1%。\n"
    )
    got = {f[4]: f[1] for f in _facts(text)}
    assert got[6.9] == got[1.1] and got[1.1].endswith("-H1")  # a January text: last year's half


def test_a_list_of_months_before_fenbie_gives_each_value_its_month() -> None:
    """4月、5月、6月单月完成投资额同比分别增长3.5%、4.5%、5.4%: one value per month, each a growth."""
    text = (
        "重庆经济\n上半年，全市固定资产投资增长6.9%。"
        "其中，4月、5月、6月单月完成投资额同比分别增长3.5%、4.5%、5.4%。"
    )
    got = [(f[1][5:], f[3], f[4]) for f in sorted(_facts(text), key=lambda f: f[4]) if f[4] != 6.9]
    assert got == [("M04", "growth_pct", 3.5), ("M05", "growth_pct", 4.5), ("M06", "growth_pct", 5.4)]


def test_an_item_of_a_list_that_names_its_own_period_keeps_it_to_itself() -> None:
    """规上工业增加值、1-5月规上服务业营业收入、固定资产投资分别增长…: only the services item is of
    January to May; the items after it are of the half year the sentence opened with."""
    text = (
        "上半年，全省规上工业增加值、1-5月规上服务业营业收入、固定资产投资、社会消费品零售总额"
        "分别增长7.9%、12.2%、6.5%、6.9%。"
    )
    meta = json.dumps({"published": "2025-07-20"}).encode()
    doc = parse_document(f"湖北上半年经济运行\n\n{text}\n".encode(), "list.txt", meta)
    assert [(f.value, f.period_code) for f in doc.facts] == [
        (7.9, "2025-H1"),
        (12.2, "2025-M01M05"),
        (6.5, "2025-H1"),
        (6.9, "2025-H1"),
    ]


def test_a_period_second_in_a_list_compared_with_gives_no_year_to_the_text() -> None:
    """…分别比一季度两年平均和2019年上半年增速高0.3、3.5个百分点: 2019 is compared with, so the
    text's 上半年 stays the 2021 its opening names."""
    text = (
        "广西举行2021年上半年经济运行情况新闻发布会。\n\n上半年全区生产总值同比增长12.0%。"
        "规模以上工业增加值两年平均增长8.1%，分别比一季度两年平均和2019年上半年增速高0.3、3.5个百分点。"
        "上半年，全区固定资产投资同比增长15.1%。\n"
    )
    doc = parse_document(text.encode(), "presser.txt", None)
    assert {f.period_code for f in doc.facts if f.measure == "growth_pct"} == {"2021-H1"}


def test_the_end_of_a_span_after_a_comma_is_of_what_its_start_is() -> None:
    """生产总值从1952年的2169万元，增长到2018年的186.33亿元: both values are of 生产总值."""
    text = "全县生产总值从1952年的2169万元，增长到2018年的186.33亿元。"
    doc = parse_document(text.encode(), "x.txt", b'{"published": "2019-09-06"}')
    got = [(f.indicator_text, f.period_code, f.value) for f in doc.facts]
    assert got == [("生产总值", "1952", 2169.0), ("生产总值", "2018", 186.33)]


def test_growth_on_the_base_of_a_year_is_of_the_texts_period() -> None:
    """在2017年的基础上同期增长了9.14%, 且在去年的基础上同期增加了7.16%: the year grown from is
    compared with, neither the value's period nor part of its subject."""
    text = (
        "2018年前三季度，全省生产总值在2017年的基础上同期增长了9.14%。"
        "昆明以3506.78亿居首，且在去年的基础上同期增加了7.16%。"
    )
    doc = parse_document(text.encode(), "x.txt", b'{"published": "2018-11-01"}')
    got = [(f.indicator_text, f.period_code, f.value) for f in doc.facts if f.measure == "growth_pct"]
    assert got == [("生产总值", "2018-Q1Q3", 9.14), ("生产总值", "2018-Q1Q3", 7.16)]


def test_a_rate_over_several_years_keeps_its_base_in_its_wording() -> None:
    """比2019年一季度增长19.3% in a 2021 text: not the yearly rate, its base stays in the wording;
    比2020年一季度增长15.2%, the year before, is the yearly rate."""
    text = "一季度，全市地区生产总值比2020年一季度增长15.2%，比2019年一季度增长19.3%。"
    doc = parse_document(text.encode("utf-8"), "t.txt", json.dumps({"published": "2021-05-10"}).encode())
    assert [f.indicator_text for f in doc.facts] == ["地区生产总值", "地区生产总值比2019年一季度"]


def test_last_years_rate_in_brackets_and_a_level_held_equal_keep_their_subjects() -> None:
    """同比增长11.7%(上年同期增长1.3%): the bracket is the same indicator a year before; …67.63万亩，
    与上年基本持平: the area held equal, not an indicator called 上年基本."""
    text = (
        "湖南省上半年经济\n上半年，全省地区生产总值21666.50亿元，同比增长11.7%(上年同期增长1.3%)，"
        "两年平均增长6.4%。夏粮种植面积67.63万亩，与上年基本持平。\n"
    )
    doc = parse_document(text.encode("utf-8"), "x.txt", json.dumps({"published": "2021-07-20"}).encode())
    got = [(f.indicator_text, f.period_code, f.value) for f in doc.facts]
    assert ("地区生产总值", "2020-H1", 1.3) in got
    assert ("地区生产总值两年平均", "2021-H1", 6.4) in got
    assert ("夏粮种植面积", "2021-H1", 0.0) in got


def test_a_turn_to_growth_keeps_the_subject() -> None:
    """由一季度的下降5.6%转为正增长1.1%: the growth is the GDP's, 正 is part of the turn."""
    text = "扬州市上半年经济\n上半年，扬州市地区生产总值为2653.8亿元，由一季度的下降5.6%转为正增长1.1%。\n"
    doc = parse_document(text.encode("utf-8"), "x.txt", json.dumps({"published": "2020-07-30"}).encode())
    assert [(f.indicator_text, f.period_code, f.value) for f in doc.facts] == [
        ("地区生产总值", "2020-H1", 2653.8),
        ("地区生产总值", "2020-Q1", -5.6),
        ("地区生产总值", "2020-H1", 1.1),
    ]
