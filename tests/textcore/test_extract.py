"""Fact extraction on small synthetic transcripts shaped like the sample in ``raw/``.

Each document has a title, a subtitle, a lead and speaker sections (headline, speaker line,
paragraphs) and goes through ``pipeline.parse_document``.  Expectations are what the Chinese
sentences say: which indicator each value belongs to, its measure, its signed value, its
bound and the region it describes.
"""

from __future__ import annotations

import json

import pytest

from dagster_project.textcore.models import Fact, ParsedDocument
from dagster_project.textcore.pipeline import parse_document
from dagster_project.textcore.regions import Gazetteer

DISTRICT = "渝北区委书记 张三"  # a district's party secretary: speaks for 渝北区
DEPARTMENT = "市发展改革委主任 李四"  # a city department's head: speaks for 重庆市
# An opening sentence without numbers, so every test body is long enough to be a section.
OPENING = "上半年，我们认真贯彻落实市委、市政府部署要求，全力拼经济、抓发展，经济运行稳中向好。"
META = json.dumps(
    {"published": "2025-07-25", "source": "重庆日报", "region": "重庆市"}, ensure_ascii=False
).encode("utf-8")
PREFIX_FACTOR = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3, "百": 1e2}


def transcript(*sections: tuple[str, list[str]]) -> bytes:
    """A transcript in the sample's layout: (speaker line, paragraphs) per section."""
    lines = [
        "奋勇争先 推动经济持续回升向好",
        "——重庆市区县委书记和部门一把手例会发言摘登",
        "核心提示",
        "7月24日下午，市委召开区县委书记和部门一把手例会。以下为发言摘登。",
    ]
    for speaker, paragraphs in sections:
        lines += ["聚焦产业升级 推动高质量发展", speaker, *paragraphs]
    return ("\n\n".join(lines) + "\n").encode("utf-8")


def parse(gazetteer: Gazetteer, *paragraphs: str, speaker: str = DISTRICT) -> ParsedDocument:
    """One speaker's section holding ``paragraphs`` after the numberless opening."""
    return parse_document(transcript((speaker, [OPENING, *paragraphs])), "test.txt", META, gazetteer)


def facts_in(doc: ParsedDocument, evidence: str) -> list[Fact]:
    """Facts read from a clause that lies inside ``evidence``."""
    return [f for f in doc.facts if f.evidence in evidence]


def in_base_unit(value: float, unit: str | None) -> tuple[float, str | None]:
    """A value without its unit's magnitude prefix (28.5亿元 → 2.85e9 元); 成 (tenths) → %."""
    if unit == "成":
        return value * 10, "%"
    for prefix, factor in PREFIX_FACTOR.items():
        if unit and unit.startswith(prefix) and len(unit) > len(prefix):
            return value * factor, unit[len(prefix) :]
    return value, unit


# --- 1. 分别: subjects and values paired in order ------------------------------------------------


def test_respectively_pairs_three_indicators_in_order(gazetteer: Gazetteer) -> None:
    sentence = "上半年，全区GDP、规上工业增加值、固定资产投资分别增长6.5%、8.9%、7.1%。"
    doc = parse(gazetteer, sentence)
    facts = facts_in(doc, sentence)
    assert [(f.indicator_code, f.measure, f.value, f.unit) for f in facts] == [
        ("gdp", "growth_pct", 6.5, "%"),
        ("industrial_value_added_above_scale", "growth_pct", 8.9, "%"),
        ("fixed_asset_investment", "growth_pct", 7.1, "%"),
    ]
    assert [f.indicator_text for f in facts] == ["GDP", "规上工业增加值", "固定资产投资"]
    assert {f.region_name for f in facts} == {"渝北区"}
    assert {f.period_code for f in facts} == {"2025-H1"}


def test_respectively_falls_are_negative(gazetteer: Gazetteer) -> None:
    sentence = "工业投资、技改投资分别下降3%、5.5%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.measure, f.value) for f in facts] == [
        ("工业投资", "growth_pct", -3.0),
        ("技改投资", "growth_pct", -5.5),
    ]


def test_the_size_of_a_fall_is_a_negative_rate_whatever_moved_it(gazetteer: Gazetteer) -> None:
    """降幅/跌幅 name how much something fell: 跌幅为0.4% is a rate of -0.4 %, and a fall that
    widened (降幅扩大至2.1%) is still a fall; the change of the fall in points keeps its sign."""
    sentence = "全区居民消费价格累计跌幅为0.4%，工业品出厂价格降幅扩大至2.1%，降幅较上月扩大0.3个百分点。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.measure, f.value) for f in facts] == [
        ("growth_pct", -0.4),
        ("growth_pct", -2.1),
        ("pp_change", 0.3),
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("全区生产总值增速回落，仅为2.6%。", 2.6),  # the trend goes, the rate stays the subject's
        ("全区GDP增速最高达8.9%。", 8.9),  # a rate, then how it ranks
        ("全区居民收入增速保持了较快水平的8.3%。", 8.3),
        ("全区单位GDP能耗降低率为5%。", -5.0),  # a rate of decrease is a fall
    ],
)
def test_a_per_cent_of_a_rate_named_before_it_is_a_rate_not_a_share(
    gazetteer: Gazetteer, sentence: str, value: float
) -> None:
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.measure, f.value) for f in facts] == [("growth_pct", value)]


def test_the_year_compared_with_is_not_part_of_the_indicator(gazetteer: Gazetteer) -> None:
    sentence = "全区生产总值比上一年增长6.3%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [("生产总值", 6.3)]


def test_a_value_converted_at_the_exchange_rate_keeps_the_subject_before_it(gazetteer: Gazetteer) -> None:
    """按年平均汇率折算为17745美元 says the value again in dollars: the growth after it is still
    of 人均地区生产总值, and no fact is of 按年平均汇率折算."""
    sentence = "全区人均地区生产总值为125043元，按年平均汇率折算为17745美元，增长5.3%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert {f.indicator_text for f in facts} == {"人均地区生产总值"}
    assert ("growth_pct", 5.3) in {(f.measure, f.value) for f in facts}


def test_a_method_naming_several_factors_is_no_list(gazetteer: Gazetteer) -> None:
    sentence = "全区生产总值剔除疫情等不可比因素增长7.8%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [("生产总值", 7.8)]


def test_the_share_of_a_goal_reached_is_a_fact_of_the_period_and_no_subject(gazetteer: Gazetteer) -> None:
    """完成全年预期目标的47.8% is how much of the year's goal the half year reached: a share of
    the half year (全年 names the goal's year, not the value's), not a goal; the rate after
    …占全年目标任务的43.8% is still of the indicator."""
    sentence = (
        "上半年，全区生产总值完成全年预期目标的47.8%。"
        "财政收入完成年初预算的31.2%，占全年目标任务的43.8%，同比增长20%。"
    )
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.measure, f.value, f.period_code) for f in facts] == [
        ("生产总值完成全年预期目标", "share_pct", 47.8, "2025-H1"),
        ("财政收入完成年初预算", "share_pct", 31.2, "2025-H1"),
        ("财政收入占全年目标任务", "share_pct", 43.8, "2025-H1"),
        ("财政收入", "growth_pct", 20.0, "2025-H1"),
    ]


def test_how_a_place_is_divided_is_no_count_of_an_indicator(gazetteer: Gazetteer) -> None:
    """下辖6个区、3个县 and 辖7个镇、138个行政村 say how the place is divided: recorded as such,
    not counted as indicators; a count of what the place holds (辖区内有规上企业120家) stays."""
    sentence = "全区下辖6个街道、3个镇，辖区内有规上企业120家。"
    doc = parse(gazetteer, sentence)
    assert [(f.indicator_text, f.value) for f in facts_in(doc, sentence)] == [("规上企业", 120.0)]
    assert sum(n.kind == "division" for n in doc.numbers) == 2


def test_a_contribution_to_growth_is_of_the_part_stated_before_it(gazetteer: Gazetteer) -> None:
    """拉动GDP增长3.8个百分点 after 服务业增加值增长6% is 服务业's contribution; a 分别 list of
    contributions after the shares of contribution is of each sector, not of its share."""
    sentence = (
        "服务业增加值增长6%，拉动全区GDP增长3.8个百分点。"
        "三次产业对经济增长的贡献率分别为5.1%、20.3%和74.6%，分别拉动GDP增长1.2、1.3和5.6个百分点。"
    )
    facts = [f for f in facts_in(parse(gazetteer, sentence), sentence) if f.measure == "pp_change"]
    assert [(f.indicator_text, f.value) for f in facts] == [
        ("服务业增加值拉动GDP增长", 3.8),
        ("第一产业拉动GDP增长", 1.2),
        ("第二产业拉动GDP增长", 1.3),
        ("第三产业拉动GDP增长", 5.6),
    ]


@pytest.mark.parametrize(
    ("sentence", "wordings"),
    [
        (  # A、B、C分别增长…，分别高于全国x、y、z个百分点: each of its own indicator
            "全区规上工业增加值、固定资产投资、社会消费品零售总额分别增长8.1%、6.2%、5.3%，"
            "分别高于全国2.1个、2.3个、0.4个百分点。",
            ["规上工业增加值增速高于全国", "固定资产投资增速高于全国", "社会消费品零售总额增速高于全国"],
        ),
        (  # one indicator compared with several places keeps one subject
            "全区GDP增长5.2%，分别高于全国、全市0.3个和0.5个百分点。",
            ["GDP增速高于全国", "GDP增速高于全市"],
        ),
        (  # of what the clause before says in words compares, not of the sentence before
            "全区规上工业增加值增长8%。"
            "GDP、工业、投资、消费等主要指标均快于全省，分别高于全省0.2个、3.5个、1.1个和0.4个百分点。",
            ["GDP增速高于全省", "工业增速高于全省", "投资增速高于全省", "消费增速高于全省"],
        ),
    ],
)
def test_respective_differences_are_each_of_the_subject_listed_for_them(
    gazetteer: Gazetteer, sentence: str, wordings: list[str]
) -> None:
    facts = [f for f in facts_in(parse(gazetteer, sentence), sentence) if f.measure == "pp_change"]
    assert [f.indicator_text for f in facts] == wordings


def test_another_account_of_the_same_firms_keeps_their_scale(gazetteer: Gazetteer) -> None:
    """规模以上工业企业实现营业收入…；实现营业利润2.0亿元: the profit is of the same firms, across
    the ；and within one sentence (规模以上工业销售收入751亿元，利税81亿元)."""
    sentence = "全区规模以上工业企业实现营业收入120亿元，增长5%；实现营业利润2.0亿元，增长3%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [f.indicator_text for f in facts if f.measure == "level"] == [
        "规模以上工业企业营业收入",
        "规模以上工业企业营业利润",
    ]
    sentence = "全区规模以上工业销售收入751亿元，利税81亿元。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [f.indicator_text for f in facts] == ["规模以上工业销售收入", "规模以上工业利税"]


def test_the_economy_named_alone_is_no_sector_s(gazetteer: Gazetteer) -> None:
    """规上工业增加值增长3.8%。…经济同比增长3.3%: the economy as a whole, not 规上工业经济."""
    sentence = "全区规上工业增加值增长3.8%。上半年经济同比增长3.3%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [("规上工业增加值", 3.8), ("经济", 3.3)]


def test_the_indicator_of_places_with_values_in_brackets_goes_on(gazetteer: Gazetteer) -> None:
    """A(497.50亿)和B(422.15亿)两地GDP均在400亿级别。A增长4.5%: the rate after is of that GDP,
    not of the indicator stated before the bracketed list."""
    sentence = (
        "全区第三产业增加值增长1.6%。"
        "万州区(497.50亿)和涪陵区(422.15亿)两地GDP均在400亿级别。万州区增长4.5%,远超涪陵区的2.5%。"
    )
    facts = facts_in(parse(gazetteer, sentence), sentence)
    rates = [(f.region_name, f.indicator_text, f.value) for f in facts if f.measure == "growth_pct"]
    assert rates[1:] == [("万州区", "GDP", 4.5), ("涪陵区", "GDP", 2.5)]


def test_amounts_of_places_ranked_by_their_economy_are_their_gdp(gazetteer: Gazetteer) -> None:
    """十强区县的排名分别为万州(1100亿)、涪陵(1400亿): places ranked by size, amounts in 亿 with
    no indicator named; a plain list of places with amounts and nothing said of them gives none."""
    sentence = "全市十强区县的排名分别为涪陵区(1400亿)、万州区(1100亿)。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.region_name, f.indicator_text, f.value) for f in facts] == [
        ("涪陵区", "GDP", 1400.0),
        ("万州区", "GDP", 1100.0),
    ]
    sentence = "涪陵区(1400亿)、万州区(1100亿)。"
    assert facts_in(parse(gazetteer, sentence), sentence) == []


def test_months_said_aside_do_not_carry_into_the_next_paragraph(gazetteer: Gazetteer) -> None:
    """An H1 report's 1-5月 profits lag a month: the next paragraph, naming no period, is of
    the text's own half year; within the paragraph the months go on."""
    first = "1-5月，全区规模以上工业企业利润增长8%，营业收入增长3%。"
    second = "社会消费品零售总额增长9.8%。"
    doc = parse(gazetteer, "上半年，全区地区生产总值增长6%。", first, second)
    assert [f.period_code for f in facts_in(doc, first)] == ["2025-M01M05", "2025-M01M05"]
    assert [f.period_code for f in facts_in(doc, second)] == ["2025-H1"]


@pytest.mark.parametrize(
    ("sentence", "wording"),
    [
        ("全区地方一般公共预算收入3.5亿元，自然增幅2%。", "地方一般公共预算收入自然增幅"),  # a kind of rate
        ("全区金融机构存款余额500亿元，到2月底下降12.1%。", "金融机构存款余额"),  # a date, no subject
    ],
)
def test_a_rate_after_an_amount_is_of_its_subject(gazetteer: Gazetteer, sentence: str, wording: str) -> None:
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [f.indicator_text for f in facts if f.measure == "growth_pct"] == [wording]


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        ("全区城乡居民人均可支配收入20217元和9005元，分别增长13%和18%。", ("城镇居民", "农村居民")),
        ("全区存贷款余额分别为500亿元和300亿元，分别增长5%和6%。", ("存款余额", "贷款余额")),
    ],
)
def test_a_word_naming_two_items_gives_each_its_values(gazetteer: Gazetteer, sentence: str, items) -> None:
    """城乡, 存贷款: one word names two items, and two values after it are one of each, with 分别
    or without it."""
    facts = facts_in(parse(gazetteer, sentence), sentence)
    firsts = [f.indicator_text.startswith(items[0]) for f in facts]
    assert firsts == [True, False, True, False]
    assert all(f.indicator_text.startswith(items) for f in facts)


def test_how_far_one_place_is_behind_another_is_no_value_of_either(gazetteer: Gazetteer) -> None:
    sentence = "全区GDP为1200亿元，与万州区仅差9.59亿元。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [f.value for f in facts] == [1200.0]


def test_places_in_a_ranking_are_no_count(gazetteer: Gazetteer) -> None:
    """分列四至十位 says where places rank: no count of 10 位."""
    ranked, counted = "万州区、涪陵区等分列四至十位。", "全区新增规上企业12家。"
    doc = parse(gazetteer, ranked, counted)
    assert facts_in(doc, ranked) == []
    assert [(f.measure, f.value) for f in facts_in(doc, counted)] == [("count", 12.0)]


def test_a_period_in_a_sentence_stating_no_value_tells_a_story(gazetteer: Gazetteer) -> None:
    """一季度，部分地区遭遇疫情冲击。: a period other than the text's own, with no value in its
    sentence, leaves the values after it of the text's own period (its sentence's stay its own)."""
    story, value = "一季度，部分地区遭遇疫情冲击，企业一度停产。", "全区蔬菜产量增长2.7%。"
    doc = parse(gazetteer, "上半年，全区GDP增长6%。", story + value)
    assert [f.period_code for f in facts_in(doc, value)] == ["2025-H1"]
    stated = "一季度，全区GDP增长5%。"
    doc = parse(gazetteer, "上半年，全区GDP增长6%。", stated + value)
    assert [f.period_code for f in facts_in(doc, stated + value)] == ["2025-Q1", "2025-Q1"]


def test_the_latest_quarter_of_the_texts_period_said_of_an_event_holds_for_its_sentence_only(
    gazetteer: Gazetteer,
) -> None:
    """前三季度 report: 三季度,部分地区遭遇多轮强降雨,…,蔬菜产量增长2.7%。 dates the rain; the
    sentences after it are of the text's own 前三季度 again. 三季度,GDP增长4.6% stays Q3's."""
    story = "三季度，部分地区遭遇多轮强降雨，蔬菜产量增长2.7%。"
    after = "规模以上装备制造业增加值增长4.5%。"
    doc = parse(gazetteer, "前三季度，全区GDP增长6%。", story + after)
    assert [f.period_code for f in facts_in(doc, after)] == ["2024-Q1Q3"]
    stated = "三季度，全区GDP增长4.6%。"
    doc = parse(gazetteer, "前三季度，全区GDP增长6%。", stated + after)
    assert [f.period_code for f in facts_in(doc, stated + after)] == ["2024-Q3", "2024-Q3"]


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        # 各区县GDP出炉。万州以6.7%的增速领跑: the rate is of the GDP announced
        ("上半年，各区县GDP出炉。万州区以6.7%的增速领跑。", [("万州区", "GDP增速")]),
        # a place ranked within the one named before it is the subject's place
        ("重庆市排名第一的渝北区GDP总值为2200亿元。", [("渝北区", "GDP总值")]),
    ],
)
def test_the_place_and_indicator_a_digest_s_sentence_reads(gazetteer: Gazetteer, sentence: str, read) -> None:
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.region_name, f.indicator_text) for f in facts] == read


def test_respectively_multiples(gazetteer: Gazetteer) -> None:
    sentence = "全区固定资产投资、工业投资分别增长1.5倍、2倍。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.measure, f.value, f.unit) for f in facts] == [
        ("fixed_asset_investment", "growth_multiple", 1.5, "倍"),
        ("industrial_investment", "growth_multiple", 2.0, "倍"),
    ]


def test_respectively_shares_trailing_words(gazetteer: Gazetteer) -> None:
    sentence = "全区高技术产业、战新产业占规上工业比重分别为45%、30%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.measure, f.value) for f in facts] == [("share_pct", 45.0), ("share_pct", 30.0)]
    first, second = (f.indicator_text for f in facts)
    assert first.startswith("高技术产业") and "比重" in first
    assert second.startswith("战新产业") and "比重" in second


def test_respectively_urban_rural(gazetteer: Gazetteer) -> None:
    """城乡 before 分别 with two values: towns first, then the countryside."""
    sentence = "全区城乡居民人均可支配收入分别增长5.1%、6.8%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.value) for f in facts] == [
        ("urban_disposable_income", 5.1),
        ("rural_disposable_income", 6.8),
    ]


def test_a_part_of_the_population_named_alone_is_of_the_indicator_before(gazetteer: Gazetteer) -> None:
    """居民消费价格上涨0.3%。其中，城市上涨0.4%，农村上涨0.1%: the towns' and the countryside's prices."""
    sentence = "全区居民消费价格上涨0.3%。其中，城市上涨0.4%，农村上涨0.1%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [
        ("居民消费价格", 0.3),
        ("城市居民消费价格", 0.4),
        ("农村居民消费价格", 0.1),
    ]


def test_respectively_items_that_hold_commas_between_them(gazetteer: Gazetteer) -> None:
    """交通运输、仓储和邮政业,住宿和餐饮业,批发和零售业增加值分别…: items set apart by commas."""
    sentence = "全区交通运输、仓储和邮政业,住宿和餐饮业,批发和零售业增加值同比分别增长6.6%、5.7%和4.4%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [
        ("交通运输、仓储和邮政业增加值", 6.6),
        ("住宿和餐饮业增加值", 5.7),
        ("批发和零售业增加值", 4.4),
    ]


def test_respectively_real_rates_of_the_amounts_stated_before(gazetteer: Gazetteer) -> None:
    """…13751元，…4744元，实际分别增长9.6%和9.2%: the rates of the two incomes, in order."""
    sentence = "全区城镇居民人均可支配收入13751元，农村居民人均纯收入4744元，实际分别增长9.6%和9.2%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.measure, f.value) for f in facts][2:] == [
        ("城镇居民人均可支配收入", "growth_pct", 9.6),
        ("农村居民人均纯收入", "growth_pct", 9.2),
    ]


def test_what_was_produced_is_the_output_of_it(gazetteer: Gazetteer) -> None:
    """生产原煤44933万吨: the output of coal (原煤产量), not a 生产总值 or a 生产者 price."""
    sentence = "全区生产原煤44933万吨，同比增长14.1%；工业生产者出厂价格下降2%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [
        ("原煤产量", 44933.0),
        ("原煤产量", 14.1),
        ("工业生产者出厂价格", -2.0),
    ]


def test_respectively_list_count_is_no_part_of_the_name(gazetteer: Gazetteer) -> None:
    """两大万亿级产业 repeats the list it follows; the revenue is each industry's."""
    sentence = "电子信息、装备制造两大万亿级产业营收分别增长9.8%、7.6%。"
    facts = facts_in(parse(gazetteer, sentence, speaker=DEPARTMENT), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [("电子信息营收", 9.8), ("装备制造营收", 7.6)]


def test_respectively_against_benchmarks(gazetteer: Gazetteer) -> None:
    """分别高于全国、全市0.3个和0.5个百分点: the GDP growth against two benchmarks; the
    first 个 stands for 个百分点."""
    sentence = "全区GDP同比增长5.2%，分别高于全国、全市0.3个和0.5个百分点。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.measure, f.value, f.unit) for f in facts] == [
        ("gdp", "growth_pct", 5.2, "%"),
        ("gdp", "pp_change", 0.3, "个百分点"),
        ("gdp", "pp_change", 0.5, "个百分点"),
    ]
    assert facts[1].evidence != facts[2].evidence  # two facts, two spans


def test_respectively_unit_written_once(gazetteer: Gazetteer) -> None:
    sentence = "全区GDP、规上工业增加值、固定资产投资分别增长6.5、8.9和7.1%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.value, f.unit) for f in facts] == [
        ("gdp", 6.5, "%"),
        ("industrial_value_added_above_scale", 8.9, "%"),
        ("fixed_asset_investment", 7.1, "%"),
    ]


def test_respectively_complete_names_share_nothing(gazetteer: Gazetteer) -> None:
    """营业收入、利润总额: two whole names; 利润总额 does not become '营业利润总额'."""
    sentence = "全区营业收入、利润总额分别为120亿元、8亿元。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [("营业收入", 120.0), ("利润总额", 8.0)]


# --- 2. Chinese number forms, one clause each -----------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "indicator", "measure", "amount", "base_unit", "bound"),
    [
        # grew by 1.5 times
        ("新能源汽车产量增长1.5倍", "新能源汽车产量", "growth_multiple", 1.5, "倍", None),
        # a thousand-odd events: 1000 as a lower bound
        ("举办各类促消费活动千余场", "促消费活动", "count", 1000, "场", "余"),
        # more than 50,000 square metres
        ("新建标准厂房超5万平方米", "标准厂房", "level", 50_000, "平方米", "超"),
        # a fall of half
        ("工业用水成本下降50%", "工业用水成本", "growth_pct", -50, "%", None),
        # up three tenths: +30 %
        ("文化产业增加值增长三成", "文化产业增加值", "growth_pct", 30, "%", None),
        # a rate above three tenths: +30 % at least
        ("全区进口增速超3成", "进口增速", "growth_pct", 30, "%", "超"),
        # a change of 2.3 percentage points
        ("研发投入强度提高2.3个百分点", "研发投入强度", "pp_change", 2.3, "个百分点", None),
        # a share of 45 %
        ("数字经济占比达45%", "数字经济", "share_pct", 45, "%", None),
        # 2.85 billion yuan
        ("全区实现税收28.5亿元", "税收", "level", 2.85e9, "元", None),
        # doubled: grew by one time
        ("规上工业产值同比增长一倍", "规上工业产值", "growth_multiple", 1, "倍", None),
        # a growth rate stated as 增速为: the value added grew
        ("数字经济核心产业增加值增速为12.5%", "数字经济核心产业增加值", "growth_pct", 12.5, "%", None),
        # a concentration, in micrograms per cubic metre (PM2.5 is a name)
        ("PM2.5平均浓度下降到28微克/立方米", "PM2.5平均浓度", "level", 28, "微克/立方米", None),
    ],
)
def test_number_forms(
    gazetteer: Gazetteer,
    clause: str,
    indicator: str,
    measure: str,
    amount: float,
    base_unit: str,
    bound: str | None,
) -> None:
    doc = parse(gazetteer, f"上半年，{clause}。")
    facts = facts_in(doc, clause)
    assert len(facts) == 1, doc.facts
    fact = facts[0]
    assert indicator in fact.indicator_text
    assert fact.measure == measure
    assert in_base_unit(fact.value, fact.unit) == (pytest.approx(amount), base_unit)
    assert fact.qualifier == bound
    assert fact.region_name == "渝北区"
    assert fact.evidence == clause


def test_a_growth_gap_keeps_its_direction_in_the_wording(gazetteer: Gazetteer) -> None:
    """低于全市0.3个百分点: the district grew 0.3 points slower than the city. The value is
    written as stated; the comparison, 低于全市, stays in the wording of the GDP's rate."""
    doc = parse(gazetteer, "全区GDP增长6%，低于全市0.3个百分点。")
    gdp = [f for f in doc.facts if f.indicator_code == "gdp"]
    assert [(f.measure, f.value) for f in gdp] == [("growth_pct", 6.0), ("pp_change", 0.3)]
    assert gdp[1].indicator_text == "GDP增速低于全市"


@pytest.mark.parametrize(
    ("sentence", "wordings"),
    [
        # a rate against the months before, then against the average of the city
        (
            "1—10月份，全市规模以上工业增加值同比增长3.4%，增速比1—9月份加快0.5个百分点，"
            "快于全市平均水平5.1个百分点。",
            ["规模以上工业增加值增速比1—9月份加快", "规模以上工业增加值增速快于全市平均水平"],
        ),
        # one difference per benchmark, the benchmarks written without a mark between them
        (
            "一产增加值增速比全国全区分别低了0.5个和0.1个百分点。",
            ["一产增加值增速比全国低", "一产增加值增速比全区低"],
        ),
        # a share against two earlier periods
        (
            "高新技术产业增加值占规模以上工业增加值的比重为24.5%，占比分别较1—9月份和上年同期提高0.1和1.2个百分点。",
            ["高新技术产业增加值占比较1—9月份提高", "高新技术产业增加值占比较上年同期提高"],
        ),
    ],
)
def test_differences_in_points_carry_their_comparison(gazetteer: Gazetteer, sentence: str, wordings) -> None:
    doc = parse(gazetteer, sentence)
    pp = [f for f in facts_in(doc, sentence) if f.measure == "pp_change"]
    assert [f.indicator_text for f in pp] == wordings
    assert all(f.value > 0 for f in pp)


# --- 3. 和 / 均: one fact per indicator -----------------------------------------------------------


def test_differences_in_points_of_items_listed_respectively(gazetteer: Gazetteer) -> None:
    """纺织业、化纤业增速分别比3月份回落2.3、6.3个百分点; items set apart by commas too."""
    sentence = (
        "其中，纺织业、化纤业增速分别比3月份回落2.3、6.3个百分点；"
        "农副食品加工业,纺织服装、服饰业,电力、热力生产和供应业分别比3月份回落1.2个、1.7个、3.3个百分点。"
    )
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [
        ("纺织业增速比3月份回落", 2.3),
        ("化纤业增速比3月份回落", 6.3),
        ("农副食品加工业增速比3月份回落", 1.2),
        ("纺织服装、服饰业增速比3月份回落", 1.7),
        ("电力、热力生产和供应业增速比3月份回落", 3.3),
    ]


def test_he_respectively(gazetteer: Gazetteer) -> None:
    sentence = "规上工业产值和工业投资分别增长10.2%和12.4%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.indicator_code, f.value) for f in facts] == [
        ("规上工业产值", "industrial_output_above_scale", 10.2),
        ("工业投资", "industrial_investment", 12.4),
    ]
    assert {f.measure for f in facts} == {"growth_pct"}


def test_jun_shared_value(gazetteer: Gazetteer) -> None:
    sentence = "社会消费品零售总额、进出口总额均增长5%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.measure, f.value) for f in facts] == [
        ("retail_sales", "growth_pct", 5.0),
        ("foreign_trade_total", "growth_pct", 5.0),
    ]


def test_he_jun_shared_value(gazetteer: Gazetteer) -> None:
    sentence = "全区规上工业产值和固定资产投资均增长5%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.value) for f in facts] == [
        ("industrial_output_above_scale", 5.0),
        ("fixed_asset_investment", 5.0),
    ]


def test_falls_shared_by_he(gazetteer: Gazetteer) -> None:
    """起数和亡人数下降50%: both the number of accidents and of deaths halved."""
    sentence = "生产安全事故起数和亡人数下降50%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [
        ("生产安全事故起数", -50.0),
        ("生产安全事故亡人数", -50.0),
    ]


def test_he_respectively_shared_modifier(gazetteer: Gazetteer) -> None:
    sentence = "全区限上批发和零售业销售额分别增长8%和9%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [f.value for f in facts] == [8.0, 9.0]
    wholesale, retail = (f.indicator_text for f in facts)
    assert "限上" in wholesale and "批发" in wholesale and "销售额" in wholesale
    assert "限上" in retail and "零售" in retail and "销售额" in retail


def test_jun_shared_by_places(gazetteer: Gazetteer) -> None:
    sentence = "江北区、渝中区GDP均增长5%。"
    facts = facts_in(parse(gazetteer, sentence, speaker=DEPARTMENT), sentence)
    assert sorted((f.region_name, f.indicator_code, f.value) for f in facts) == [
        ("江北区", "gdp", 5.0),
        ("渝中区", "gdp", 5.0),
    ]


def test_places_with_deng_share_value(gazetteer: Gazetteer) -> None:
    sentence = "万州、开州、云阳等区县GDP增速均超过6%。"
    facts = facts_in(parse(gazetteer, sentence, speaker=DEPARTMENT), sentence)
    assert sorted(f.region_name for f in facts) == sorted(["万州区", "开州区", "云阳县"])
    assert {(f.measure, f.value, f.qualifier) for f in facts} == {("growth_pct", 6.0, "超")}


def test_place_named_at_the_start_of_a_subject(gazetteer: Gazetteer) -> None:
    """A short name delimited as a word names the place; the same characters inside
    another word (长寿 in 长寿命电池, a product of the speaker's district) do not."""
    named = "江北规上工业增加值增长8%。"
    inside = "长寿命电池产量增长30%。"
    doc = parse(gazetteer, named, inside)
    named_facts, inside_facts = facts_in(doc, named), facts_in(doc, inside)
    assert [(f.indicator_code, f.region_name) for f in named_facts] == [
        ("industrial_value_added_above_scale", "江北区")
    ]
    assert [(f.indicator_text, f.region_name) for f in inside_facts] == [("长寿命电池产量", "渝北区")]


# --- 4. a missing or bare subject inherits from the clause before ---------------------------------


def test_growth_inherits_level_subject(gazetteer: Gazetteer) -> None:
    sentence = "全区实现营业收入120亿元，同比增长8%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.measure, f.value, f.unit) for f in facts] == [
        ("营业收入", "level", 120.0, "亿元"),
        ("营业收入", "growth_pct", 8.0, "%"),
    ]
    assert facts[1].evidence == "同比增长8%"


def test_fall_inherits_level_subject(gazetteer: Gazetteer) -> None:
    sentence = "全区地区生产总值达到1200亿元，同比下降2%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.measure, f.value) for f in facts] == [
        ("gdp", "level", 1200.0),
        ("gdp", "growth_pct", -2.0),
    ]


def test_bare_head_takes_stem(gazetteer: Gazetteer) -> None:
    """营收 right after 软信产业投资 is the software industry's revenue."""
    sentence = "新区软信产业投资增长1.5倍、营收增长20.3%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.measure, f.value) for f in facts] == [
        ("软信产业投资", "growth_multiple", 1.5),
        ("软信产业营收", "growth_pct", 20.3),
    ]


def test_share_of_the_clause_before(gazetteer: Gazetteer) -> None:
    """占…的比重 right after a growth is the share of the same indicator."""
    sentence = "全区高技术制造业增加值增长12.3%，占规模以上工业增加值的比重为16.8%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.measure, f.value) for f in facts] == [("growth_pct", 12.3), ("share_pct", 16.8)]
    share = facts[1].indicator_text
    assert share.startswith("高技术制造业增加值占") and share.endswith("比重")


def test_total_counts_the_stock_not_the_new(gazetteer: Gazetteer) -> None:
    """新增…3家，总数达到61家: 61 is how many there are, not how many were added."""
    sentence = "全区新增A股上市公司3家，总数达到61家。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [
        ("新增A股上市公司", 3.0),
        ("A股上市公司总数", 61.0),
    ]


def test_parts_of_a_total_keep_their_own_names(gazetteer: Gazetteer) -> None:
    """其中出口…、进口… after 进出口总额: exports and imports, not '进出口出口'."""
    sentence = "全区外贸进出口总额240亿元，同比下降2.3%，其中出口增长3.4%、进口下降11.5%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.measure, f.value) for f in facts] == [
        ("foreign_trade_total", "level", 240.0),
        ("foreign_trade_total", "growth_pct", -2.3),
        ("exports", "growth_pct", 3.4),
        ("imports", "growth_pct", -11.5),
    ]


def test_rate_and_total_refer_back(gazetteer: Gazetteer) -> None:
    """增速较去年全年提高…, 总量首次突破…: the growth rate and the level of the GDP before."""
    sentence = "全区地区生产总值同比增长6.8%，增速较去年全年提高1.2个百分点，总量首次突破1300亿元。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.measure, f.value, f.qualifier) for f in facts] == [
        ("growth_pct", 6.8, None),
        ("pp_change", 1.2, None),
        ("level", 1300.0, "超"),
    ]
    assert facts[1].indicator_text == "地区生产总值增速较去年全年提高"
    assert facts[2].indicator_code == "gdp"


def test_subject_of_a_trend_clause(gazetteer: Gazetteer) -> None:
    """出口由负转正，增长2.1%: the clause before the number names what grew."""
    sentence = "全区出口由负转正，增长2.1%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.measure, f.value) for f in facts] == [("exports", "growth_pct", 2.1)]


def test_a_range_of_the_years_goal_is_no_value(gazetteer: Gazetteer) -> None:
    """增长7.4%，处于7%—7.5%年度预期目标区间范围之内，增速高于全国1.2个百分点: the range is a goal."""
    sentence = "全区生产总值同比增长7.4%，处于7%—7.5%年度预期目标区间范围之内，增速高于全国1.2个百分点。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.value) for f in facts] == [("生产总值", 7.4), ("生产总值增速高于全国", 1.2)]


def test_the_size_of_a_change_is_a_rate_of_the_indicator_before(gazetteer: Gazetteer) -> None:
    """规上工业现价增加值…下降0.5%，幅度比1-3月、1-4月分别提高6.4、7.8个百分点: 幅度 is its rate."""
    sentence = "全区规模以上工业现价增加值同比下降0.5%，幅度比1-3月、1-4月分别提高6.4个百分点、7.8个百分点。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [f.indicator_text for f in facts[1:]] == [
        "规模以上工业现价增加值幅度比1-3月提高",
        "规模以上工业现价增加值幅度比1-4月提高",
    ]


def test_a_growth_rate_after_a_share_is_the_amounts(gazetteer: Gazetteer) -> None:
    """工业投资11591万元，占固定资产投资总额的5.8%，同比下降41.6%: the investment fell, not its share."""
    sentence = "全区工业投资11591万元，占固定资产投资总额的5.8%，同比下降41.6%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.measure) for f in facts] == [
        ("工业投资", "level"),
        ("工业投资占固定资产投资总额", "share_pct"),
        ("工业投资", "growth_pct"),
    ]


def test_a_circumstance_or_a_source_before_the_value_is_no_subject(gazetteer: Gazetteer) -> None:
    """收入119亿元，在大幅减税降费情况下增长1.5%: the revenue's rate; 地区生产总值根据省统计局的
    修订结果预计完成4725亿元: GDP, where the figure comes from set aside."""
    sentence = (
        "全区一般公共预算收入119亿元，在大幅减税降费情况下增长1.5%；"
        "全区地区生产总值根据省统计局的修订结果预计完成4725亿元。"
    )
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [f.indicator_text for f in facts] == ["一般公共预算收入", "一般公共预算收入", "地区生产总值"]


def test_subject_of_a_clause_continuing_a_trend(gazetteer: Gazetteer) -> None:
    """规模以上工业增加值延续2月份平稳向好趋势，同比增长9.6%: the clause names what grew."""
    sentence = "全区规模以上工业增加值延续2月份平稳向好趋势，同比增长9.6%，比全省高1.9个百分点。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.measure, f.value) for f in facts] == [
        ("industrial_value_added_above_scale", "growth_pct", 9.6),
        ("industrial_value_added_above_scale", "pp_change", 1.9),
    ]


def test_a_period_opening_the_subject_is_no_part_of_its_name(gazetteer: Gazetteer) -> None:
    """第二季度GDP完成…: the period is the value's, the indicator is GDP."""
    sentence = "第二季度GDP完成45.6亿元，同比增长6.1%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.period_code, f.measure) for f in facts] == [
        ("GDP", "2025-Q2", "level"),
        ("GDP", "2025-Q2", "growth_pct"),
    ]


def test_a_share_of_growth_contributed_is_no_rate_of_growth(gazetteer: Gazetteer) -> None:
    """贡献了全市52%的增长: the district's share of the city's growth, not a growth of 52%."""
    sentence = "在规上工业增加值领域，渝北贡献了全市52%的增长。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.measure, f.value) for f in facts] == [("share_pct", 52.0)]


def test_a_period_after_the_rate_it_times_is_no_part_of_the_subject(gazetteer: Gazetteer) -> None:
    """地区生产总值的增长速度一季度为10.7%，上半年为11%: rates of growth in each period."""
    sentence = "全区地区生产总值的增长速度一季度为10.7%，上半年为11%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.period_code, f.measure, f.value) for f in facts] == [
        ("地区生产总值的增长速度", "2025-Q1", "growth_pct", 10.7),
        ("地区生产总值的增长速度", "2025-H1", "growth_pct", 11.0),
    ]


def test_places_moved_up_a_ranking_are_no_count(gazetteer: Gazetteer) -> None:
    """居全市第4位，比1—5月份提升1个位次: a ranking, not a count of one."""
    sentence = "1—6月份，全区规模以上工业增加值增长12.9%，居全市第4位，比1—5月份提升1个位次。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.measure, f.value) for f in facts] == [("growth_pct", 12.9)]


def test_a_parts_contribution_to_the_wholes_growth_keeps_both_in_its_wording(gazetteer: Gazetteer) -> None:
    """第二产业拉动全区GDP增长1.94个百分点: what the part added, not a change of GDP's rate."""
    sentence = "第二产业拉动全区GDP增长1.94个百分点。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.measure, f.value) for f in facts] == [
        ("第二产业拉动GDP增长", "pp_change", 1.94)
    ]


def test_increment_since_start_of_year(gazetteer: Gazetteer) -> None:
    """较年初新增320亿元 is the increase of the balance, not the balance."""
    sentence = "全区金融机构贷款余额较年初新增320亿元。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_text, f.measure, f.value) for f in facts] == [
        ("金融机构贷款余额新增", "level", 320.0)
    ]


def test_the_last_month_of_a_span_said_alone_holds_until_the_full_stop(gazetteer: Gazetteer) -> None:
    """1—5月份…；5月份…；…。全区…: May alone up to the full stop, then January to May again."""
    doc = parse(
        gazetteer,
        "1—5月份，全区规上工业增加值同比下降1.4%；5月份规上工业增加值同比下降3.6%；规上工业总产值增长2%。"
        "全区规上工业总产值同比下降10.58%。",
    )
    assert [(f.period_code, f.value) for f in doc.facts] == [
        ("2025-M01M05", -1.4),
        ("2025-M05", -3.6),
        ("2025-M05", 2.0),
        ("2025-M01M05", -10.58),
    ]


def test_month_within_a_cumulative_period_holds_for_its_sentence(gazetteer: Gazetteer) -> None:
    """其中，6月当月…: June alone, then back to January–June (上半年)."""
    doc = parse(
        gazetteer,
        "1-6月，全区规模以上工业总产值完成156.3亿元，同比增长11.2%，其中，6月当月完成21.5亿元，增长9.8%。"
        "全区固定资产投资同比增长8.6%。",
    )
    assert [(f.indicator_code, f.period_code, f.measure, f.value) for f in doc.facts] == [
        ("industrial_output_above_scale", "2025-H1", "level", 156.3),
        ("industrial_output_above_scale", "2025-H1", "growth_pct", 11.2),
        ("industrial_output_above_scale", "2025-M06", "level", 21.5),
        ("industrial_output_above_scale", "2025-M06", "growth_pct", 9.8),
        ("fixed_asset_investment", "2025-H1", "growth_pct", 8.6),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "全年目标：地区生产总值增长6.5%左右。",
        "力争全年固定资产投资增长10%以上。",
        "全区上下确保圆满完成市下达增16%的目标任务。",  # the goal named after its value
    ],
)
def test_goals_are_no_facts(gazetteer: Gazetteer, sentence: str) -> None:
    doc = parse(gazetteer, sentence)
    assert facts_in(doc, sentence) == []
    assert {m.kind for m in doc.numbers if m.sentence == sentence} == {"target"}


def test_an_estimate_is_a_fact_with_its_qualifier(gazetteer: Gazetteer) -> None:
    """预计 in a review of a year just ended says the figure is not final: a value all the same."""
    sentence = "预计全年地区生产总值增长6%左右。"
    (fact,) = facts_in(parse(gazetteer, sentence), sentence)
    assert (fact.indicator_code, fact.value, fact.qualifier) == ("gdp", 6.0, "预计;约")


def test_expectations_of_firms_are_no_goal(gazetteer: Gazetteer) -> None:
    """预期 as a noun (市场主体预期明显增强) does not make the next clause's value a goal."""
    sentence = "市场主体预期明显增强，全区新签约项目合同额增长15%。"
    assert [f.value for f in facts_in(parse(gazetteer, sentence), sentence)] == [15.0]


def test_last_year_counts_from_the_date_of_the_text(gazetteer: Gazetteer) -> None:
    """去年全年 in a speech of July 2025 is 2024, also when the text's own period is 2024."""
    sentence = "去年全年，全区GDP增长5%。"
    opening = "我们认真贯彻落实市委、市政府部署要求，全力拼经济、抓发展，经济运行稳中向好。"
    doc = parse_document(transcript((DISTRICT, [opening, sentence])), "test.txt", META, gazetteer)
    assert doc.dates.period_code == "2024"
    assert [(f.period_code, f.value) for f in doc.facts] == [("2024", 5.0)]


def test_progress_against_the_annual_goal_is_a_fact(gazetteer: Gazetteer) -> None:
    """完成全年目标任务的60% reports progress (an outcome), unlike 全年目标：… (a goal)."""
    sentence = "全区城镇新增就业1.2万人，完成全年目标任务的60%。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.measure, f.value) for f in facts] == [
        ("new_urban_jobs", "level", 1.2),
        (None, "share_pct", 60.0),
    ]
    assert facts[1].indicator_text.startswith("城镇新增就业")


def test_progress_against_the_years_task_keeps_the_period_of_the_text() -> None:
    """一季度…新增城镇就业人员19.87万人，完成全年任务的26.5%；…增长11.3%: progress of the
    jobs figure, and 全年 (the year the task is for) is no period of the values after it."""
    text = (
        "湖南省一季度经济运行\n"
        "一季度，全省新增城镇就业人员19.87万人，完成全年任务的26.5%；居民人均可支配收入增长11.3%。\n"
    )
    doc = parse_document(text.encode(), "q1.txt", json.dumps({"published": "2014-04-25"}).encode())
    assert [(f.indicator_text, f.period_code, f.value) for f in doc.facts] == [
        ("新增城镇就业人员", "2014-Q1", 19.87),
        ("新增城镇就业人员目标完成进度", "2014-Q1", 26.5),
        ("居民人均可支配收入", "2014-Q1", 11.3),
    ]


def test_progress_against_the_years_plan_is_progress_and_the_growth_after_it_the_indicators() -> None:
    """国内生产总值完成70388万元，为年方案的52.5%，同比增长22.1%: 年方案 is the year's plan."""
    text = "某区上半年工作报告\n上半年，全区国内生产总值完成70388万元，为年方案的52.5%，同比增长22.1%。\n"
    doc = parse_document(text.encode(), "h1.txt", json.dumps({"published": "2010-07-20"}).encode())
    assert [(f.indicator_text, f.value) for f in doc.facts] == [
        ("国内生产总值", 70388.0),
        ("国内生产总值目标完成进度", 52.5),
        ("国内生产总值", 22.1),
    ]


def test_a_total_is_the_indicator_itself(gazetteer: Gazetteer) -> None:
    sentence = "全区GDP总量达到1500亿元。"
    facts = facts_in(parse(gazetteer, sentence), sentence)
    assert [(f.indicator_code, f.measure, f.value) for f in facts] == [("gdp", "level", 1500.0)]


# --- 5. the region a value belongs to -------------------------------------------------------------


@pytest.fixture(scope="module")
def two_speakers() -> ParsedDocument:
    data = transcript(
        (DISTRICT, [OPENING, "上半年，全区GDP增长6%，全市GDP增长5.3%，规上工业增加值增长8%。"]),
        (
            DEPARTMENT,
            ["上半年，全市固定资产投资增长4.2%，重大项目完成投资增长9.6%。社会消费品零售总额增长4%。"],
        ),
    )
    return parse_document(data, "test.txt", META, Gazetteer.default())


def test_speakers_regions(two_speakers: ParsedDocument) -> None:
    district, department = two_speakers.structure.sections
    assert (district.speaker_name, district.region_name) == ("张三", "渝北区")
    assert (department.speaker_name, department.region_name) == ("李四", "重庆市")


def test_district_scope(two_speakers: ParsedDocument) -> None:
    facts = {(f.indicator_text, f.value): f for f in two_speakers.facts if f.section_no == 1}
    assert (facts["GDP", 6.0].region_code, facts["GDP", 6.0].region_name) == ("500112", "渝北区")
    assert facts["规上工业增加值", 8.0].region_name == "渝北区"
    # 全市 inside the district's speech is the city
    assert (facts["GDP", 5.3].region_code, facts["GDP", 5.3].region_name) == ("500000", "重庆市")


def test_city_department_speaks_for_city(two_speakers: ParsedDocument) -> None:
    facts = [f for f in two_speakers.facts if f.section_no == 2]
    assert sorted((f.indicator_text, f.value) for f in facts) == [
        ("固定资产投资", 4.2),
        ("社会消费品零售总额", 4.0),
        ("重大项目完成投资", 9.6),
    ]
    assert {(f.region_code, f.region_name) for f in facts} == {("500000", "重庆市")}


# --- 6. numbers that are no indicator value -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "kinds"),
    [
        ("7月24日，全区召开经济运行推进大会。", "24", {"date"}),
        ("7月24日，全区召开经济运行推进大会。", "7", {"date"}),
        ("全区综合考核居全市第3名。", "3", {"ranking", "ordinal"}),
        ("全区成功举办第七届消费节。", "七", {"ordinal"}),
        ("全区实施6大行动，推动经济持续回升向好。", "6", {"quantifier"}),
        ("全区出台5项举措，推动经济持续回升向好。", "5", {"quantifier"}),
    ],
)
def test_not_a_fact(gazetteer: Gazetteer, sentence: str, number: str, kinds: set[str]) -> None:
    doc = parse(gazetteer, sentence)
    assert facts_in(doc, sentence) == []
    mentions = [m for m in doc.numbers if m.number_text == number and m.sentence == sentence]
    assert len(mentions) == 1
    assert mentions[0].kind in kinds


# --- 7. transcripts of other cities -----------------------------------------------------------------

OTHER_CITY = """前三季度区县经济运行分析会发言摘登

编者按：10月24日，四川省成都市召开前三季度经济运行分析会。现将部分发言摘要刊登如下。

全市工业经济稳中向好

市经信局局长 李四

前三季度，全市规上工业增加值同比增长7.1%，工业投资增长11.2%。

交出高质量发展答卷

简阳市委书记 王五

前三季度，全市GDP增长7.8%，固定资产投资增长15.3%。
"""


def test_regions_in_another_city(gazetteer: Gazetteer) -> None:
    """四川省成都市 in the lead makes the document 成都市's: its 市经信局 speaks for 成都市,
    and 全市 in the speech of 简阳市 (a county-level city) is 简阳市."""
    doc = parse_document(OTHER_CITY.encode("utf-8"), "2024-10-25_chengdu.txt", None, gazetteer)
    assert doc.region_name == "成都市"
    bureau, county_city = doc.structure.sections
    assert (bureau.speaker_org, bureau.region_name) == ("市经信局", "成都市")
    assert county_city.region_name == "简阳市"
    by_value = {f.value: f.region_name for f in doc.facts}
    assert by_value == {7.1: "成都市", 11.2: "成都市", 7.8: "简阳市", 15.3: "简阳市"}


def test_a_difference_after_a_value_in_its_clause_is_of_that_value(gazetteer: Gazetteer) -> None:
    text = (
        "上半年，全市规模以上工业增加值增长8%。"
        "规模以上工业中，高新技术产业增加值增长13.3%、同比加快1.2个百分点。"
    )
    doc = parse_document(text.encode(), "a.txt", META)
    pp = [(f.indicator_text, f.value) for f in doc.facts if f.measure == "pp_change"]
    assert pp == [("高新技术产业增加值增速同比加快", 1.2)]


def test_places_in_a_ranking_are_no_amounts(gazetteer: Gazetteer) -> None:
    text = (
        "1-9 月份，全县地区生产总值完成10.43 亿元，同比增长 13.3%，地区生产总值、利税增速在全市排位，"
        "分别由去年的 20位、第 7 位上升为今年的 11 位、第 5 位，消费品零售总额列全市第 8 位。"
    )
    doc = parse_document(text.encode(), "a.txt", META)
    assert sorted(f.value for f in doc.facts) == [10.43, 13.3]
    kinds = {n.number_text: n.kind for n in doc.numbers}
    assert {kinds[n] for n in ("20", "7", "11", "5", "8")} == {"ranking"}


def test_a_territorys_area_has_no_period() -> None:
    """总面积1140.76平方公里 in a report of 2005: the size of the county, of no year."""
    text = "万年县简介\n万年县总面积1140.76平方公里。2005年，全县生产总值19.33亿元。\n"
    doc = parse_document(text.encode(), "x.txt", json.dumps({"published": "2006-01-20"}).encode())
    assert [(f.indicator_text, f.period_code) for f in doc.facts] == [("总面积", None), ("生产总值", "2005")]


def test_a_difference_from_an_average_rate_keeps_the_average_in_its_wording() -> None:
    """分别比一季度平均增速低3.2个、25.9个百分点: 平均增速 is what is compared with, 均 no "all"."""
    doc = parse_document(
        "1-4月，全市规模以上工业增加值、固定资产投资增速分别比一季度平均增速低3.2个、25.9个百分点。".encode(),
        "x.txt",
        b'{"published": "2021-05-10"}',
    )
    assert [f.indicator_text for f in doc.facts] == [
        "规模以上工业增加值增速比一季度平均增速低",
        "固定资产投资增速比一季度平均增速低",
    ]
