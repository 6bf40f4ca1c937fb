"""Document dates and reporting periods; a year is never taken from the clock."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dagster_project.textcore.dates import resolve_dates
from dagster_project.textcore.decode import decode_bytes
from dagster_project.textcore.meta import parse_meta
from dagster_project.textcore.models import DocumentMeta
from dagster_project.textcore.periods import find_periods
from dagster_project.textcore.pipeline import parse_document


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("上半年", "2025-H1"),
        ("一季度", "2025-Q1"),
        ("第二季度", "2025-Q2"),
        ("前三季度", "2025-Q1Q3"),
        ("一至三季度", "2025-Q1Q3"),
        ("1-3季度", "2025-Q1Q3"),
        ("1-8月", "2025-M01M08"),
        ("1—8月", "2025-M01M08"),
        ("7月份", "2025-M07"),
        ("全年", "2025"),
        ("去年全年", "2024"),
        ("2023年上半年", "2023-H1"),
        ("2023上半年", "2023-H1"),
        ("1—10月份", "2025-M01M10"),
        ("1月至10月", "2025-M01M10"),
        ("元至九月", "2025-Q1Q3"),  # a span has one code: the months a quarter name spans take it
        ("1-6月", "2025-H1"),
        ("1至3月份", "2025-Q1"),
        ("前8个月", "2025-M01M08"),
        ("第三季度", "2025-Q3"),
        ("2018年，", "2018"),
        ("过去一年", "2024"),
        ("二季度末", "2025-H1"),  # the end of a quarter: what had accrued by then
        ("三季度末", "2025-Q1Q3"),
        ("一季度末", "2025-Q1"),
        ("四季度末", "2025"),
        ("第二季度GDP累计", "2025-H1"),  # what had accrued over the quarters so far
        ("第四季度全市累计", "2025"),
    ],
)
def test_period_expressions(text: str, code: str) -> None:
    assert [p.code for p in find_periods(text, 2025)] == [code]


def test_a_year_written_out_holds_for_the_periods_after_it() -> None:
    """2016年 opens a bulletin published in 2017: its 全年 is 2016, not the date's year."""
    text = "2016年，全县经济平稳增长。全年地区生产总值增长13.1%。"
    assert [p.code for p in find_periods(text, 2017, month=5)] == ["2016", "2016"]


def test_this_year_named_again_holds_for_the_periods_after_it() -> None:
    """A digest recalls 2021 (2021年南京GDP增速10.38%), then goes back to 今年上半年: the bare
    上半年 after it is this year's again."""
    text = "2021年南京GDP增速10.38%。今年上半年，增速3.37%。上半年，扬州为3239.37亿元。"
    assert [p.code for p in find_periods(text, 2022, month=8)] == ["2021", "2022-H1", "2022-H1"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("增速比1—9月份加快0.5个百分点", "comparison"),
        ("较上年同期提高", "period"),  # 上年 alone names no period
        ("生产总值从1949年的1456万元增加到336亿元", "baseline"),
        ("到2025年全区GDP达到1000亿元", "target"),
        ("同比增长22.6%，1-4月提高5.0个百分点", "comparison"),  # 较 left out
        ("盘龙区于1956年建区", "event"),
        ("在2018年度全省县域经济考核中，跃居第四名", "event"),
        ("“2016年度福建省县域经济实力十强”评价结果日前揭晓", "event"),
        ("人均地区生产总值(2015年不变价)达107226元", "event"),  # the year of the prices
        ("继2019年前三季度之后山东GDP再次突破6万亿", "since"),  # a point in time, not the values'
        ("自2003年我市经济突破两位数增长以来", "since"),  # words between the year and 以来
        ("这是在去年一季度基数相对较高的基础上实现的增长", "comparison"),  # the base compared with
        ("县长:李哲韬 1956年10月生,大专学历", "event"),  # a date in someone's life
        ("遂于1933年改名为浠水县", "event"),  # a date in a place's history
        ("2002年io月任现职", "event"),
        ("新能源并网投产711万千瓦、为去年全年的4.8倍", "comparison"),  # what a multiple is of
        ("工业总产值284.54亿元,是1949年(18.2万元)的15.6万倍", "comparison"),  # its figure in brackets
        ("提出了2019年的发展目标", "target"),
        ("国内生产总值到2018年1115.4亿元", "target"),  # 到 alone: a goal
        ("分别较去年同期和一季度回落0.2个和0.6个百分点", "comparison"),  # the second compared with
        ("投资增速由上半年低于全国1.4个百分点，转为高于全国1.4个百分点", "baseline"),  # how it stood
    ],
)
def test_what_a_period_is_to_the_values_near_it(text: str, role: str) -> None:
    found = find_periods(text, 2019)
    assert [p.role for p in found] == ([role] if role != "period" else [])


def test_this_years_half_so_far_said_as_a_span_is_the_values_period() -> None:
    """上半年以来，余杭实现…: the first half, not a point a span starts from (2014年一季度以来)."""
    assert [(p.code, p.role) for p in find_periods("上半年以来，全区生产总值增长10.8%", 2023, 7)] == [
        ("2023-H1", "period")
    ]
    assert [p.role for p in find_periods("2014年一季度以来，全区生产总值持续增长", 2023, 7)] == ["since"]


def test_the_year_a_bulletin_was_revised_in_is_no_period_of_its_values() -> None:
    text = "2024年宜春市国民经济和社会发展统计公报(2025年更新)\n全年实现地区生产总值3711.05亿元。"
    assert [p.code for p in find_periods(text, 2025, 4)] == ["2024", "2024"]


def test_the_end_of_a_span_from_a_year_is_reached() -> None:
    found = find_periods("国内生产总值从2012年的732亿元到2018年1115.4亿元", 2019)
    assert [(p.code, p.role) for p in found] == [("2012", "baseline"), ("2018", "reached")]


def test_从_naming_a_source_makes_no_baseline() -> None:
    found = find_periods("记者从2020年前三季度经济运行情况新闻通气会上获悉", 2020)
    assert [(p.code, p.role) for p in found] == [("2020-Q1Q3", "period")]


def test_a_year_after_the_texts_own_is_a_target() -> None:
    assert [p.role for p in find_periods("2035年远景目标", 2025)] == ["target"]


def test_a_dateless_text_counts_from_the_year_it_writes_out() -> None:
    """A work report without a date: 2024年工作回顾 is the year, and 过去一年 is that year."""
    dates, flags = _dates("一、2024年工作回顾\n过去一年，全市地区生产总值增长5%。", "report.txt")
    assert (dates.year, dates.dated, dates.period_code, flags) == (2024, False, "2024", [])


def test_a_dateless_text_that_calls_a_year_it_compares_with_last_year_is_of_the_year_after() -> None:
    text = "前11月，全市社会消费品零售总额8362亿元。对比2020年全年数据，前11月已超过去年全年的8118.5亿元。"
    dates, flags = _dates(text, "x.txt")
    assert (dates.year, dates.period_code, flags) == (2021, "2021-M01M11", [])
    assert _dates("全年全市社零总额8362亿元，比2020年增长14.9%。", "x.txt")[0].period_code == "2021"
    # a baseline or a target year says nothing of the text's own
    assert _dates("全年全区生产总值从1949年的1456万元增加到336亿元。", "x.txt")[1] == ["year_unknown"]
    assert _dates("上半年全区生产总值增长6%，力争到2025年达到500亿元。", "x.txt")[1] == ["year_unknown"]


def test_a_dateless_text_stating_a_whole_years_figures_before_part_of_this_year_is_of_the_next() -> None:
    """2013年，GDP158.53亿元…。今年前三季度…: a year whose figures are out is over, so 今年 is
    2014; a year only named (2022年全区第四季度冲刺…) says nothing of 今年."""
    text = "2013年，全县GDP158.53亿元，增长12.7%。今年前三季度，GDP121.93亿元，增长9.8%。"
    doc = parse_document(text.encode("utf-8"), "x.txt")
    assert [f.period_code for f in doc.facts] == ["2013", "2013", "2014-Q1Q3", "2014-Q1Q3"]
    dates, _ = _dates("2022年全区第四季度冲刺和重点工作部署。今年以来，全区GDP增长5%。", "x.txt")
    assert dates.year == 2022
    text = "2022年实现地区生产总值1479.21亿元、增长5.3%。今年上半年，实现地区生产总值803.76亿元、增长8.5%。"
    assert _dates(text, "x.txt")[0].year == 2023  # the year's outcome said without a comma


def test_a_dateless_text_opening_on_part_of_its_year_then_looking_back_is_of_the_next() -> None:
    """一季度…生产总值将达到103.22亿元。2011年，全市生产总值…: the quarter it opens on is of the
    year after the whole year whose figures it then gives."""
    text = (
        "近日，一季度经济运行会议举行。初步预计，一季度全市生产总值将达到103.22亿元左右，增长14%以上。"
        "2011年，全市生产总值达到403.54亿元，增长15.6%。"
    )
    assert _dates(text, "x.txt")[0].year == 2012
    doc = parse_document(text.encode("utf-8"), "x.txt")
    assert [(f.period_code, f.value) for f in doc.facts] == [
        ("2012-Q1", 103.22),
        ("2012-Q1", 14.0),
        ("2011", 403.54),
        ("2011", 15.6),
    ]
    assert doc.facts[0].indicator_text == "生产总值"  # 将达到: what it will reach, the 将 no part of it


def test_this_year_said_again_ends_the_year_last_written_out() -> None:
    """2018年，全县…。今年，全县…。一季度…: after 今年 a quarter without a year is of the text's
    own year again, not of the year written out before it."""
    meta = json.dumps({"published": "2019-04-20"}).encode()
    text = (
        "2018年，全县地区生产总值增长6.5%。今年，全县上下聚焦高质量发展。一季度，全县地区生产总值增长7.1%。"
    )
    doc = parse_document(text.encode("utf-8"), "x.txt", meta)
    assert [(f.period_code, f.value) for f in doc.facts] == [("2018", 6.5), ("2019-Q1", 7.1)]
    text = "2018年，全县地区生产总值增长6.5%。一季度，全县地区生产总值增长7.1%。"  # 2018's quarter
    doc = parse_document(text.encode("utf-8"), "x.txt", meta)
    assert [(f.period_code, f.value) for f in doc.facts] == [("2018", 6.5), ("2018-Q1", 7.1)]


def test_the_texts_period_is_the_one_it_names_most_often_for_values() -> None:
    """为全年…奠定基础 and 2024年制造业单项冠军 name no period of a value; 前三季度，…增长4.2% does."""
    text = (
        "全区地区生产总值766.6亿元、增长6.9%。今年以来，全区上下为全年交出高分报表奠定坚实基础。"
        "企业获评2024年重庆市制造业单项冠军。前三季度，全区规上工业增加值增长4.2%。"
    )
    dates, _ = _dates(text, "x.txt")
    assert dates.period_code == "2024-Q1Q3"


def test_a_period_told_in_passing_after_an_exclamation_keeps_the_texts_own() -> None:
    """…2020年度会员大会，…致以亲切的问候！今年以来，…上半年经济主要指标由负转正。: that sentence
    (from its ! on) states no value, so 上半年 tells a story; 刚刚过去的一年 after ! is the frame."""
    story = (
        "在新年即将到来之际，我们召开2020年度会员大会，研究讨论2021年的工作安排，向全区工程师致以亲切的问候！"
        "今年以来，全区上下积极应对疫情，上半年经济主要指标由负转正。预计地区生产总值达到680亿元。"
    )
    doc = parse_document(story.encode("utf-8"), "x.txt")
    assert [f.period_code for f in doc.facts] == ["2020"]
    review = (
        "在2008年新春的钟声即将敲响之际，向客商表示亲切的慰问！\n"
        "刚刚过去的一年，是我市发展的一年。全市地区生产总值149.5亿元。"
    )
    doc = parse_document(review.encode("utf-8"), "x.txt", b'{"published": "2008-02-06"}')
    assert [f.period_code for f in doc.facts] == ["2007"]


def test_a_dateless_text_counts_from_the_year_of_a_balance_it_dates() -> None:
    text = "上半年，全县实现地区生产总值31.8亿元。2024年6月末，本外币各项存款150亿元，增速3.8%。"
    dates, flags = _dates(text, "x.txt")
    assert (dates.year, dates.period_code, flags) == (2024, "2024-H1", [])


def test_a_dateless_text_giving_two_year_averages_is_of_2021() -> None:
    text = "前三季度，全区地区生产总值增长10.6%，两年平均增长6.6%；规上工业增加值增长14.2%。"
    dates, flags = _dates(text, "x.txt")
    assert (dates.year, dates.period_code, flags) == (2021, "2021-Q1Q3", [])
    # a year written out still comes first
    dates, _ = _dates("2022年一季度，全县生产总值增长5%，两年平均增长6%。", "x.txt")
    assert dates.period_code == "2022-Q1"


def test_a_dateless_text_writing_its_year_with_two_digits_counts_from_it() -> None:
    text = "今年上半年，全市生产总值440.26亿元，增长8.4%。15年以来，全市固定资产投资保持快速增长。"
    dates, flags = _dates(text, "x.txt")
    assert (dates.year, dates.period_code, flags) == (2015, "2015-H1", [])


def test_a_dateless_text_continuing_a_trend_since_a_year_is_of_the_year_after() -> None:
    text = "一季度，全市经济运行整体延续(xù)2023年以来持续回升向好态势，地区生产总值增长5%。"
    dates, flags = _dates(text, "x.txt")
    assert (dates.year, dates.period_code, flags) == (2024, "2024-Q1", [])


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("今年是“十三五”的开局年。一季度，全区地区生产总值增长8%。", 2016),
        ("今年是十三五规划收官之年。一季度，全区地区生产总值增长8%。", 2020),
        ("“十二五”规划的开局之年，一季度全区地区生产总值增长8%。", 2011),
    ],
)
def test_a_dateless_text_calling_its_year_the_first_or_last_of_a_plan_counts_from_it(
    text: str, year: int
) -> None:
    dates, flags = _dates(text, "x.txt")
    assert (dates.year, dates.period_code, flags) == (year, f"{year}-Q1", [])


def test_a_party_session_a_dateless_text_studies_does_not_give_its_year() -> None:
    """十九届四中全会 (October 2019) says only that the text is not older: its periods stay unknown."""
    dates, flags = _dates("学习贯彻十九届四中全会精神。一季度，全区地区生产总值增长8%。", "x.txt")
    assert (dates.year, dates.period_code, flags) == (None, None, ["year_unknown"])


def test_a_masked_year_of_a_template_is_the_texts_own() -> None:
    """20XX年工作回顾 on a site of model texts: the text's own year, as 今年, when another
    sentence gives it; the plan after it is a target."""
    text = "20XX年工作回顾\n20XX年，预计实现地区生产总值391亿元。今年是“十三五”收官之年。20XX年工作安排"
    mentions = find_periods(text, 2020, 12, dated=False)
    assert [(m.code, m.role, m.explicit_year) for m in mentions] == [
        ("2020", "period", False),
        ("2020", "period", False),
        ("2020", "target", False),
    ]
    dates, _ = _dates(text, "x.txt")
    assert (dates.year, dates.period_code) == (2020, "2020")


def test_a_dateless_text_naming_a_year_only_in_passing_counts_from_it() -> None:
    text = "2008北京国际新闻中心举行发布会。上半年，全省生产总值7375.8亿元，工业增加值2019亿元。"
    dates, flags = _dates(text, "x.txt")
    assert (dates.year, dates.period_code, flags) == (2008, "2008-H1", [])
    counted = "全县经济工作会议。全年，专业户发展到 7013 户，新增 2047 户。"  # a count set apart by blanks
    dates, flags = _dates(counted, "x.txt")
    assert (dates.year, flags) == (None, ["year_unknown"])


def test_a_month_range_takes_the_name_the_document_gives_the_same_span() -> None:
    dates, _ = _dates(
        "前三季度，全县经济稳中向好。元至九月，全县完成生产总值56.7亿。",
        "x.txt",
        DocumentMeta(published=date(2018, 11, 16)),
    )
    assert dates.period_code == "2018-Q1Q3"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("全年", "2025"),  # said in January 2026: the year just ended
        ("四季度", "2025-Q4"),
        ("去年全年", "2025"),  # 去年 counts from the date of the text
        ("今年一季度", "2026-Q1"),  # a year written out is kept
        ("1月份", "2026-M01"),  # a period that has ended by the date is this year's
    ],
)
def test_periods_in_a_text_of_january(text: str, code: str) -> None:
    assert [p.code for p in find_periods(text, 2026, month=1)] == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("前三季度", "2023-Q1Q3"),  # said in April 2024: the only one that has ended
        ("上半年", "2023-H1"),
        ("一季度", "2024-Q1"),  # ended by then: this year's
        ("1-3月", "2024-Q1"),
        ("今年前三季度", "2024-Q1Q3"),  # a year written out is kept (a goal, a forecast)
    ],
)
def test_a_period_not_yet_over_when_the_text_appeared_is_last_years(text: str, code: str) -> None:
    assert [p.code for p in find_periods(text, 2024, month=4)] == [code]


def test_a_day_of_month_is_not_a_period() -> None:
    assert find_periods("7月24日下午，市委召开例会", 2025) == []


def _dates(text: str, name: str, meta: DocumentMeta | None = None):
    return resolve_dates(decode_bytes(text.encode(), name), meta or DocumentMeta(), name)


def test_date_from_metadata_then_file_name_then_text() -> None:
    body = "7月24日下午，例会召开。上半年，全区GDP增长6%。"
    assert _dates(body, "x.txt", DocumentMeta(published=date(2025, 7, 25)))[0].date_source == "meta"
    dates, _ = _dates(body, "2025-07-25_report.txt")
    assert (dates.published, dates.date_source, dates.meeting_date, dates.period_code) == (
        date(2025, 7, 25),
        "filename",
        date(2025, 7, 24),
        "2025-H1",
    )
    assert _dates(body, "20240726_report.txt")[0].period_code == "2024-H1"
    assert _dates("2023年1月20日发布。全年全区GDP增长5%。", "x.txt")[0].period_code == "2022"


def test_unknown_year_gives_no_period_and_a_flag() -> None:
    dates, flags = _dates("上半年，全区GDP增长6%。", "report.txt")
    assert dates.period_code is None and flags == ["year_unknown"]


def test_metadata_errors_are_flags() -> None:
    assert parse_meta(b"{not json", "a.txt") == (DocumentMeta(), ["meta_invalid"])
    meta, flags = parse_meta('{"published": "2025-02-30", "region": "渝北区"}'.encode(), "a.txt")
    assert meta.published is None and meta.region == "渝北区" and flags == ["meta_invalid"]


def test_two_months_early_is_no_period() -> None:
    assert find_periods("提前两个月完成年度投资任务", 2022) == []
    assert [p.code for p in find_periods("前8个月，全市投资增长5%", 2022)] == ["2022-M01M08"]


def test_a_reposted_report_counts_its_years_from_the_day_it_was_given() -> None:
    """A page of 2021 reposting a work report given on 2018-02-01: 过去一年 is 2017."""
    text = (
        "政府工作报告\n2018年2月1日在宜都市第八届人民代表大会第四次会议上\n"
        "过去一年，全市经济平稳运行，生产总值增长8%。今年，全市生产总值预期增长7.5%。\n"
    )
    dates, _ = _dates(text, "x.txt", DocumentMeta(published=date(2021, 7, 27)))
    assert (dates.published, dates.year, dates.meeting_date) == (date(2021, 7, 27), 2018, date(2018, 2, 1))
    assert dates.period_code == "2017"
    # a page of the same days keeps its own date
    dates, _ = _dates(text, "x.txt", DocumentMeta(published=date(2018, 1, 20)))
    assert dates.year == 2018 and dates.meeting_date is not None


def test_a_reviews_one_year_looks_back_on_the_year_it_reviews() -> None:
    """一年来 in a speech given in January is the year before; after a year written out for the
    values (2006年的各项工作。一年来) it is that year, whenever the page was dated; late in a
    year it is that year. 近一年来 (the last twelve months) is no period."""
    assert [p.code for p in find_periods("一年来，全县经济平稳增长。", 2020, month=1)] == ["2019"]
    assert [p.code for p in find_periods("一年来，全县经济平稳增长。", 2019, month=12)] == ["2019"]
    text = "总结了厦门市2006年的各项工作。一年来，全市经济稳步增长。"
    assert [p.code for p in find_periods(text, 2007, month=12)] == ["2006", "2006"]
    assert [p.code for p in find_periods("近一年来，全县经济平稳增长。", 2020, month=1)] == []


def test_a_year_a_review_calls_the_one_it_looks_back_on_is_its_one_year() -> None:
    """2010年，是…的一年。一年来: 2010, even on a page dated early in 2010."""
    text = "2010年，是全区在转型中发展的一年。一年来，全区生产总值增长12%。"
    assert [p.code for p in find_periods(text, 2010, month=2)][-1] == "2010"


def test_a_work_report_titled_with_its_year_counts_from_that_year_on_a_later_page() -> None:
    """2019年松溪县人民政府工作报告, reposted in 2021: 过去一年 is 2018."""
    text = "2019年松溪县人民政府工作报告\n过去一年，全县生产总值增长8.1%。\n"
    dates, _ = _dates(text, "x.txt", DocumentMeta(published=date(2021, 7, 27)))
    assert (dates.published, dates.year, dates.meeting_date) == (date(2021, 7, 27), 2019, None)
    doc = parse_document(text.encode(), "x.txt", b'{"published": "2021-07-27"}')
    assert [(f.period_code, f.value) for f in doc.facts] == [("2018", 8.1)]


def test_a_monthly_reports_issue_gives_a_dateless_text_its_year() -> None:
    """20218月报 (the year set right before the month of the issue): 2021."""
    dates, flags = _dates("20218月报\n8月，全市规模以上工业增加值增长1.5%。", "x.txt")
    assert (dates.year, dates.period_code, flags) == (2021, "2021-M08", [])


def test_the_year_about_to_end_is_this_one() -> None:
    """即将过去的一年 in a report given in December: the year it is given in."""
    assert [p.code for p in find_periods("即将过去的一年，全区经济平稳增长。", 2023, month=12)] == []
    assert [p.code for p in find_periods("过去的一年，全区经济平稳增长。", 2023, month=12)] == ["2022"]


def test_a_review_of_five_years_states_where_the_last_one_ended() -> None:
    """过去五年…达到… in a report given in January 2017: the figures of 2016, the last year."""
    found = find_periods("过去五年，全市地区生产总值达到1000亿元。", 2017, month=1)
    assert [p.code for p in found] == ["2016"]


def test_the_year_a_bulletins_title_writes_out_holds_for_its_body_published_later() -> None:
    """佛冈县2009年…统计公报, published April 2010: 全年 in its body is 2009."""
    text = "佛冈县2009年国民经济和社会发展统计公报\n全年完成邮电业务收入19449万元，增长15.9%。\n"
    doc = parse_document(text.encode(), "x.txt", b'{"published": "2010-04-08"}')
    assert {f.period_code for f in doc.facts} == {"2009"}


def test_the_year_a_half_years_work_lays_the_ground_for_is_no_period_of_values() -> None:
    """上半年，…为全年发展奠定了坚实基础。地区生产总值增长5.7%: still the first half."""
    text = "某市经济运行\n上半年，全市经济运行稳中有进，为全年发展奠定了基础。地区生产总值同比增长5.7%。\n"
    doc = parse_document(text.encode(), "x.txt", b'{"published": "2025-07-30"}')
    assert [f.period_code for f in doc.facts] == ["2025-H1"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("预计上半年全县GDP增长8%。", "2024-H1"),  # an estimate is of its period
        ("全县预计1至10月规模以上工业增加值完成175.8亿元。", "2024-M01M10"),
        ("总结2023年经济工作，研究部署2024年经济工作。预计全年GDP增长8.5%。", "2023"),  # a plan's year
    ],
)
def test_an_estimate_is_of_its_period_and_a_year_planned_for_is_none(text: str, code: str) -> None:
    published = 2024, 1 if "部署" in text else 11
    periods = [p for p in find_periods(text.replace("，", ","), *published) if p.role == "period"]
    assert periods[-1].code == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("去年，全县GDP增长5%。今年上半年增长6%。", ["2023", "2024-H1"]),  # last year's values
        ("去年末，全县实现生产总值10.8亿元。", ["2023"]),
        ("在去年较快增长的基础上，上半年GDP增长6%。", ["2024-H1"]),  # the base, no period
        ("去年这个时候还不到3400亿，上半年GDP达到3700亿。", ["2024-H1"]),  # the same time last year
    ],
)
def test_last_year_named_alone_is_the_period_of_its_values(text: str, codes: list[str]) -> None:
    assert [p.code for p in find_periods(text, 2024, month=7) if p.role == "period"] == codes


def test_a_photos_caption_dates_the_photo_not_the_text() -> None:
    """(2017年6月6日摄) under a text that names no year: the text stays undated, its 一季度 of
    no year, rather than of the year the photo was taken."""
    text = (
        "一季度，辽宁实现地区生产总值5125.0亿元。\n"
        "这是沈阳一家工业机器人生产车间(2017年6月6日摄)。\n"
        "一季度，辽宁规模以上工业增加值同比增长9.4%。\n"
    )
    decoded = decode_bytes(text.encode("utf-8"), "news.txt")
    dates, flags = resolve_dates(decoded, DocumentMeta(), "news.txt")
    assert dates.published is None and dates.year is None and flags == ["year_unknown"]


def test_a_bulletins_title_under_page_furniture_gives_its_year_and_a_notes_mark_is_no_value() -> None:
    """A statistics bulletin published in June 2021, titled …2020年国民经济和社会发展统计公报 under
    a web page's breadcrumbs and 索引号: 全年 is 2020; 地区生产总值【1】2242104万元 keeps its
    indicator (the 1 marks a note), and 按可比价算 is how the rate was computed, no indicator."""
    furniture = (
        "您当前的位置: 首页 > 统计局 > 政务公开 > 法定主动公开内容 > 统计信息 > 数据发布 > 统计公报\n\n"
        "[ 索引号 ] 11500232008690472X/2021-00028 [ 发文字号 ]\n[ 主题分类 ] 经济运行 [ 体裁分类 ] 统计分析\n"
        "[ 发布机构 ] 武隆区统计局\n[ 成文日期 ] 2021-06-16 [ 发布日期 ] 2021-06-16\n\n"
    )
    text = (
        furniture + "重庆市武隆区2020年国民经济和社会发展统计公报\n\n"
        "初步核算，全年全区实现地区生产总值【1】2242104万元，按可比价算，较上年增长4.0%。\n"
    )
    meta = json.dumps({"published": "2021-06-16"}).encode()
    doc = parse_document(text.encode("utf-8"), "x.txt", meta)
    assert [(f.indicator_text, f.period_code, f.value) for f in doc.facts] == [
        ("地区生产总值", "2020", 2242104.0),
        ("地区生产总值", "2020", 4.0),
    ]
    assert {n.number_text: n.kind for n in doc.numbers}["1"] == "note"


def test_the_period_a_title_names_holds_past_a_month_said_aside_in_an_earlier_part() -> None:
    """台儿庄区2024年1-10月经济运行情况简析: the text's period is the one its title names, though a
    paragraph names 10月份 for the month's outputs; the next part, naming no period, is of 1-10月."""
    text = (
        "台儿庄区2024年1-10月经济运行情况简析\n一、规模以上工业\n"
        "全区规模以上工业增加值累计增长14.6%。10月份，水泥产量57.88万吨，下降11.2%。\n"
        "二、财政收支\n全区一般公共预算收入完成9.09亿元，增长5.3%。\n"
    )
    meta = json.dumps({"published": "2024-12-27"}).encode()
    doc = parse_document(text.encode("utf-8"), "x.txt", meta)
    assert _dates(text, "x.txt", DocumentMeta(published=date(2024, 12, 27)))[0].period_code == "2024-M01M10"
    got = {f.value: f.period_code for f in doc.facts}
    assert got[14.6] == "2024-M01M10"
    assert got[57.88] == "2024-M10"
    assert got[9.09] == got[5.3] == "2024-M01M10"


def test_a_speechs_own_date_under_its_title_dates_it_and_spaced_months_are_a_span() -> None:
    """A speech posted years later on a document site: its own date, on its line under the title
    and the speaker ((2021 年 7 月 21 日)), is when it was given; 1-6 月 with a typeset blank is
    1-6月 (the half)."""
    text = (
        "在全州经济形势分析会议上的讲话\n湘西土家族苗族自治州州长 龙晓华\n(2021 年 7 月 21 日)\n同志们:\n"
        "1-6 月全州 GDP 增长 13.1%。\n"
    )
    meta = json.dumps({"published": "2024-05-12"}).encode()
    doc = parse_document(text.encode("utf-8"), "x.txt", meta)
    assert doc.dates.meeting_date == date(2021, 7, 21)
    assert [(f.period_code, f.value) for f in doc.facts] == [("2021-H1", 13.1)]
