"""Wording around values in statistics releases: a figure compared with, in brackets; a list
whose first items are bare ordinals; a part named inside the whole before it; a total
investment of the projects just counted."""

from __future__ import annotations

import json

import pytest

from dagster_project.textcore.normalize import to_simplified
from dagster_project.textcore.pipeline import parse_document
from tests.textcore.test_digests import digest


def test_a_bracketed_figure_compared_with_is_no_value_of_its_own() -> None:
    doc = digest(
        "嵩明县一季度经济运行", "1-3月，全县固定资产投资同比增长17.4%，增幅较1-2月（-0.6%）提高18.0个百分点。"
    )
    assert [(f.measure, f.value) for f in doc.facts] == [("growth_pct", 17.4), ("pp_change", 18.0)]
    assert doc.facts[1].indicator_text.startswith("固定资产投资增幅较1-2月")  # the comparison as written
    assert {n.number_text: n.kind for n in doc.numbers}["0.6"] == "baseline"


def test_a_part_counted_in_a_whole_is_the_part_that_did_what_it_says() -> None:
    doc = digest("某市上半年经济运行", "上半年，36个行业大类中有29个实现同比增长，23个行业增速超过全市平均。")
    assert [(f.indicator_text, f.value) for f in doc.facts] == [
        ("实现同比增长的行业大类", 29.0),
        ("行业增速超过全市平均", 23.0),
    ]


def test_places_listed_with_their_values_and_named_again_by_their_number() -> None:
    """分别是澧县350.5亿元、…: each place with its value; 两地增速 is the rate of the two just named."""
    doc = digest(
        "常德九个县市区2017年成绩",
        "2017年，地区生产总值方面，总量超过300亿元的有三个县域，分别是澧县350.5亿元、桃源县349.7亿元、"
        "鼎城区313.3亿元。澧县和桃源县两县域总量间的差距极小，两地增速分别是9.6%、8.3%。",
    )
    got = [(f.region_name, f.indicator_text, f.value) for f in doc.facts if f.value != 300.0]
    assert got == [
        ("澧县", "地区生产总值", 350.5),
        ("桃源县", "地区生产总值", 349.7),
        ("鼎城区", "地区生产总值", 313.3),
        ("澧县", "地区生产总值增速", 9.6),
        ("桃源县", "地区生产总值增速", 8.3),
    ]


def test_a_clause_that_looks_at_an_indicator_names_what_the_values_after_it_are() -> None:
    text = "上半年，全市经济运行平稳。看规上工业增加值，同比增速3.1%。看社会消费品零售总额，同比增长8.5%。"
    doc = digest("某市上半年经济运行", text)
    got = [(f.indicator_text, f.value) for f in doc.facts]
    assert got == [("规上工业增加值增速", 3.1), ("社会消费品零售总额", 8.5)]


def test_per_head_after_an_amount_is_per_head_of_it() -> None:
    doc = digest("某县经济运行", "2018年，全县实现地区生产总值142.5亿元，人均3.84万元。")
    got = [(f.indicator_text, f.value) for f in doc.facts]
    assert got == [("地区生产总值", 142.5), ("人均地区生产总值", 3.84)]


def test_a_narrowed_fall_is_of_the_indicator_that_fell() -> None:
    doc = digest(
        "某区前三季度经济运行",
        "1-9月，全区规模以上工业增加值同比下降4.6%，降幅较上月收窄1.2个百分点，较二季度收窄1.6个百分点。",
    )
    assert [(f.indicator_text, f.value) for f in doc.facts if f.measure == "pp_change"] == [
        ("规模以上工业增加值降幅较上月收窄", 1.2),
        ("规模以上工业增加值降幅较二季度收窄", 1.6),
    ]


def test_bare_ordinals_in_a_list_take_the_rest_of_its_last_item() -> None:
    doc = digest("嵩明县一季度经济运行", "分产业看，二、三产业投资同比分别增长76.9%、0.3%。")
    assert [(f.indicator_text, f.value) for f in doc.facts] == [("二产业投资", 76.9), ("三产业投资", 0.3)]


def test_the_three_sectors_listed_as_one_take_a_value_each() -> None:
    doc = digest("某市上半年经济运行", "上半年，全市三次产业分别增长0.3%、17.8%和16%。")
    assert [(f.indicator_text, f.measure, f.value) for f in doc.facts] == [
        ("第一产业增加值", "growth_pct", 0.3),
        ("第二产业增加值", "growth_pct", 17.8),
        ("第三产业增加值", "growth_pct", 16.0),
    ]
    doc = digest("某市上半年经济运行", "一二三产业投资分别增长1%、2%和3%。")
    assert [f.indicator_text for f in doc.facts] == ["第一产业投资", "第二产业投资", "第三产业投资"]
    doc = digest("某区前三季度", "其中，第一二三产业增加值分别同比增长4.4%,、4.8%,、1.5%。")
    pairs = [(f.indicator_text, f.value) for f in doc.facts]
    assert pairs[1:] == [("第二产业增加值", 4.8), ("第三产业增加值", 1.5)]


def test_items_as_wide_as_the_first_part_of_the_last_share_the_rest_of_it() -> None:
    doc = digest("某市前三季度", "其中，猪、牛、羊、禽肉产量分别增长41.4%、17.5%、0.5%和4.7%。")
    assert [f.indicator_text for f in doc.facts] == ["猪肉产量", "牛肉产量", "羊肉产量", "禽肉产量"]


def test_kinds_of_enterprise_after_one_with_a_scale_prefix_are_of_that_scale() -> None:
    doc = digest("某区1-5月经济运行", "1-5月，规模以上大型企业下降6.1%，中型企业下降2.9%，小微企业下降7.4%。")
    expected = ["规模以上大型企业", "规模以上中型企业", "规模以上小微企业"]
    assert [f.indicator_text for f in doc.facts] == expected
    doc = digest("某区1-5月经济运行", "1-5月，规模以上工业增加值增长5%，农业增加值增长3%。")
    assert [f.indicator_text for f in doc.facts] == ["规模以上工业增加值", "农业增加值"]


def test_items_listed_in_the_clause_before_take_the_bare_head_of_the_list() -> None:
    doc = digest("某区上半年", "汽车制造、航空航天和成套设备表现亮眼，产值分别增长71.6%、20.6%和19.9%。")
    assert [(f.indicator_text, f.value) for f in doc.facts] == [
        ("汽车制造产值", 71.6),
        ("航空航天产值", 20.6),
        ("成套设备产值", 19.9),
    ]


def test_a_subject_whose_clause_says_how_it_was_computed_holds_for_the_value_after() -> None:
    doc = digest("北京", "上半年，北京GDP增长5.2%。规模以上工业增加值按可比价格计算，同比增长6.7%。")
    assert [(f.indicator_text, f.value) for f in doc.facts][1:] == [("规模以上工业增加值", 6.7)]


def test_a_rate_computed_at_comparable_prices_is_of_the_amount_before_it() -> None:
    """按可比价增长14.5%: how the rate was computed, without 计算, is no subject of its own."""
    doc = digest("某县", "2006年全县国内生产总值完成26亿元,按可比价增长14.5%。")
    assert [(f.indicator_text, f.measure, f.value) for f in doc.facts] == [
        ("国内生产总值", "level", 26.0),
        ("国内生产总值", "growth_pct", 14.5),
    ]


def test_a_rate_after_what_exceeded_the_plan_is_of_the_indicator() -> None:
    doc = digest("某旗", "2022年，全旗固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%。")
    assert [(f.indicator_text, f.value) for f in doc.facts][-1] == ("固定资产投资", 20.6)


def test_nominal_and_real_growth_of_the_same_indicator() -> None:
    doc = digest("北京", "居民人均可支配收入85415元，比上年名义增长4.5%，扣除价格因素实际增长4.4%。")
    assert [(f.indicator_text, f.value) for f in doc.facts][1:] == [
        ("居民人均可支配收入名义", 4.5),
        ("居民人均可支配收入实际", 4.4),
    ]


def test_the_investment_of_projects_counted_before_it() -> None:
    doc = digest("某市经济运行", "全市在建项目2661个，同比增长25.7%，完成投资额1177.9亿，同比增长21%。")
    assert [f.indicator_text for f in doc.facts][2:] == ["在建项目投资额", "在建项目投资额"]


def test_a_place_given_as_an_example_is_the_subject() -> None:
    doc = digest("宁波各区", "如鄞州区社会消费品零售额964.3亿元，增长9.7%。")
    assert [(f.region_name, f.indicator_text) for f in doc.facts] == [("鄞州区", "社会消费品零售额")] * 2


def test_the_output_of_a_crop_after_its_sown_area() -> None:
    doc = digest("某县上半年", "夏粮生产再获丰收，粮食播种面积160.3万亩、产量68.1万吨。")
    assert [f.indicator_text for f in doc.facts] == ["粮食播种面积", "粮食产量"]


def test_which_congress_is_no_count() -> None:
    doc = digest("某区党代会报告", "会议的主要任务是：回顾总结区十一次党代会以来的工作。全区GDP增长8%。")
    assert [f.value for f in doc.facts] == [8.0]
    assert {n.number_text: n.kind for n in doc.numbers}["十一"] == "ordinal"


def test_progress_against_the_plan_and_the_rate_after_it_of_the_indicator() -> None:
    doc = digest("某区上半年", "全区国内生产总值完成70388万元，为计划的52.5%，同比增长22.1%。")
    assert [(f.indicator_text, f.measure) for f in doc.facts] == [
        ("国内生产总值", "level"),
        ("国内生产总值目标完成进度", "share_pct"),
        ("国内生产总值", "growth_pct"),
    ]


def test_a_part_named_in_the_whole_before_it_stands_alone() -> None:
    doc = digest(
        "龙岗区前三季度经济运行", "进出口总额2570.19亿元，同比增长8.0%，其中进口808.49亿元，增长22.7%。"
    )
    assert [(f.indicator_text, f.value) for f in doc.facts][2:] == [("进口", 808.49), ("进口", 22.7)]


def test_a_total_investment_is_of_the_projects_counted_before_it() -> None:
    doc = digest("某市政府工作报告", "实施3000万元以上工业项目75个，总投资101.8亿元。")
    assert ("3000万元以上工业项目总投资", 101.8) in [(f.indicator_text, f.value) for f in doc.facts]


def test_a_value_stated_again_is_one_fact_with_the_fuller_evidence() -> None:
    doc = digest(
        "首页>国企·民企>话·数据",
        "山西上半年GDP增长6.9% 官方称经济已由“疲”转“兴”",
        "初步核算，山西上半年全省地区生产总值6577.91亿元，按可比价格计算同比增长6.9%，增速与全国同步。",
    )
    growth = [f for f in doc.facts if f.measure == "growth_pct"]
    assert [(f.indicator_code, f.value) for f in growth] == [("gdp", 6.9)]
    assert "6577.91" in growth[0].evidence or "按可比价格计算" in growth[0].evidence
    assert [n.kind for n in doc.numbers if n.number_text == "6.9"].count("repeat") == 1


def test_a_headlines_bare_rate_the_body_gives_an_indicator_is_one_fact() -> None:
    """增速6.2%！ over 全省地区生产总值…同比增长6.2%: GDP's rate, stated once."""
    text = (
        "人民网\n人民网>>甘肃频道>>甘肃要闻\n\n增速6.2%!真抓实干奠定良好开局\n\n——透视一季度甘肃省经济运行\n\n"
        "甘肃日报记者 范海瑞\n\n一季度,全省地区生产总值3118.7亿元,同比增长6.2%。"
    )
    doc = parse_document(text.encode("utf-8"), "news.txt", json.dumps({"published": "2025-04-25"}).encode())
    assert [(f.indicator_code, f.value) for f in doc.facts if f.measure == "growth_pct"] == [("gdp", 6.2)]
    assert [n.kind for n in doc.numbers if n.number_text == "6.2"].count("repeat") == 1


def test_a_sector_and_its_value_added_stated_alike_are_one_fact() -> None:
    """烟草制品业下降10.6% and 烟草制品业增加值…同比下降10.6%: the sector's value added, once."""
    doc = digest(
        "云南工业",
        "1-8月，全省烟草制品业下降10.6%，非烟工业增长10.4%。其中，烟草制品业增加值完成900亿元，同比下降10.6%。",
    )
    assert sorted(f.value for f in doc.facts if f.measure == "growth_pct") == [-10.6, 10.4]


def test_an_amount_before_an_aside_is_a_value_not_a_quantifier() -> None:
    doc = digest(
        "锦屏县工业经济",
        "1—10月份累计完成工业投资7.15亿元，其中：工业项目完成投资4.85亿元（新开工项目17个，完成投资3.02亿元）。",
    )
    assert ("工业项目完成投资", 4.85) in [(f.indicator_text, f.value) for f in doc.facts]


def test_what_a_share_is_of_is_the_topic_of_the_bare_values_after_it() -> None:
    doc = digest(
        "泉州市工业经济运行",
        "全市专用设备制造业增加值同比增长11.9%。"
        "全市规模以上高新技术产业增加值占规模以上工业增加值的比重为24.5%；增加值同比增长8.5%。",
    )
    assert doc.facts[-1].indicator_text == "规模以上高新技术产业增加值" and doc.facts[-1].value == 8.5


def test_an_average_over_years_from_a_named_one_has_no_period_code() -> None:
    doc = digest("平桥区新闻发布会", "2018年，全区生产总值从1949年的1456万元增加到336亿元，年均增长11.7%。")
    average = [f for f in doc.facts if f.measure == "growth_pct"]
    assert [(f.value, f.period_code, f.period_source) for f in average] == [(11.7, None, "span")]


def test_a_number_of_quarters_is_a_duration() -> None:
    doc = digest(
        "山西经济运行", "山西上半年地区生产总值增长6.9%，经过2014年一季度以来的13个季度后，首次步入合理区间。"
    )
    assert [f.value for f in doc.facts] == [6.9]
    assert {n.number_text: n.kind for n in doc.numbers}["13"] == "duration"


def test_the_mark_of_an_enumerated_item_is_no_subject() -> None:
    doc = digest("泉州市工业经济运行", "一是超五成行业实现正增长。二是高新技术产业增加值同比增长8.5%。")
    assert [(f.indicator_text, f.value) for f in doc.facts] == [("高新技术产业增加值", 8.5)]


def test_a_record_set_leaves_its_subject_to_the_amount_reached_after_it() -> None:
    doc = digest("陕西各市GDP", "2023年，陜西省GDP總量再創(chuàng)新高，達(dá)到了33786.07億元。")
    found = [(f.region_name, to_simplified(f.indicator_text), f.value) for f in doc.facts]
    assert found == [("陕西省", "GDP总量", 33786.07)]


def test_its_speaks_of_the_place_the_sentence_before_named_first() -> None:
    doc = digest(
        "陕西各市GDP",
        "其下西安，这座副省级城市在陕西省的经济地位举足轻重。在刚过去的2023年，其经济总量实现了12010.76亿元。",
    )
    assert [(f.region_name, f.value) for f in doc.facts] == [("西安市", 12010.76)]


def test_places_listed_before_a_list_of_as_many_values_take_them_in_order() -> None:
    doc = digest(
        "上半年各省经济",
        "2017年上半年，重庆、贵州、云南位居其后，经济增速为10.5%、10.4%、9.5%，为全国第二、三、四名。",
    )
    got = [(f.region_name, f.indicator_text, f.value) for f in doc.facts]
    assert got == [("重庆市", "经济增速", 10.5), ("贵州省", "经济增速", 10.4), ("云南省", "经济增速", 9.5)]
    # as many places as values, or no pairing: the values stay of the text's own subject
    two = digest("上半年各省经济", "2017年上半年，重庆、贵州位居其后，经济增速为10.5%、10.4%、9.5%。")
    assert "贵州省" not in {f.region_name for f in two.facts}


def test_amounts_in_bare_hundred_millions_listed_with_and() -> None:
    doc = digest("陕西各市经济", "2023年，咸阳和宝鸡经济总量分别实现7155亿和2776亿，好在差距不大。")
    got = [(f.region_name, f.measure, f.value, f.unit) for f in doc.facts]
    assert got == [("咸阳市", "level", 7155.0, "亿"), ("宝鸡市", "level", 2776.0, "亿")]


def test_places_listed_in_the_clause_before_share_the_value_after_them() -> None:
    text = "2020年上半年，滁州以3.1%的增速居首，马鞍山、铜陵紧随其后，增速同为1.7%，淮北增速达到1.5%。"
    got = [(f.region_name, f.measure, f.value) for f in digest("安徽各市经济", text).facts]
    assert got == [
        ("滁州市", "growth_pct", 3.1),
        ("马鞍山市", "growth_pct", 1.7),
        ("铜陵市", "growth_pct", 1.7),
        ("淮北市", "growth_pct", 1.5),
    ]


def test_short_items_of_a_list_take_the_scope_of_its_first() -> None:
    doc = digest("长寿区上半年经济", "上半年，规上工业用电、煤、天然气分别增长6.9%、8.4%、下降4.8%。")
    got = [(f.indicator_text, f.value) for f in doc.facts]
    assert got == [("规上工业用电", 6.9), ("规上工业煤", 8.4), ("规上工业天然气", -4.8)]
    # an item long enough to stand alone keeps its own wording
    doc = digest("某区经济", "上半年，规上工业用电、居民生活用电分别增长6.9%、8.4%。")
    assert [f.indicator_text for f in doc.facts] == ["规上工业用电", "居民生活用电"]


def test_a_headlines_economic_growth_is_the_bodys_gdp_stated_again() -> None:
    doc = digest(
        "巫山县经济运行",
        "巫山县域经济健康快速发展 元至7月经济增速达16.6%",
        "元至7月，预计全县实现生产总值15.29亿元，增长16.6%。",
    )
    growth = [
        (f.indicator_text, f.indicator_code, f.value, f.qualifier)
        for f in doc.facts
        if f.measure == "growth_pct"
    ]
    assert growth == [("生产总值", "gdp", 16.6, "预计")]
    assert [n.kind for n in doc.numbers if n.number_text == "16.6"].count("repeat") == 1


def test_parts_of_a_whole_named_before_them_are_shares_and_persons_at_an_event_no_count() -> None:
    doc = digest(
        "某县经济观察",
        "一季度，14位县委书记轮番上台，160名代表与会。江北区GDP、固定资产投资分别贡献了全市增量的21%、39.5%。",
    )
    assert [(f.indicator_text, f.measure, f.value) for f in doc.facts] == [
        ("GDP", "share_pct", 21.0),
        ("固定资产投资", "share_pct", 39.5),
    ]
    kinds = {n.number_text: n.kind for n in doc.numbers}
    assert (kinds["14"], kinds["160"]) == ("quantifier", "quantifier")


@pytest.mark.parametrize(
    ("paragraph", "values"),
    [
        # 同口径: how the rate was computed, not its subject
        ("上半年，全市地区生产总值突破920亿元，同口径增长8.6%。", [("level", 920.0), ("growth_pct", 8.6)]),
        # an amount followed by its own rate is a value, not a quantifier of the rate
        (
            "上半年，渝北区实现地区生产总值(GDP)214.95亿元同比增长5.0%。",
            [("level", 214.95), ("growth_pct", 5.0)],
        ),
        # 的负增长 / 的正增长 sign the rate before them; a rate held where it was is no 0 %
        # what a clause ranks is the subject of the values after it; 半年 is a period, no subject
        (
            "上半年，城镇居民人均可支配收入排名全区第二，半年突破万元，达到11193元，增长18.1%。",
            [("level", 11193.0), ("growth_pct", 18.1)],
        ),
        # 首超 is a bound reached for the first time, no part of the subject
        ("前三季度，江北区GDP增长6.9%，总量首超600亿元。", [("growth_pct", 6.9), ("level", 600.0)]),
        # a per-mille rate is a level (a share of nothing named); a difference of two, in 个千分点
        (
            "2015年，全县人口出生率为22.11‰，比上年提高4.04个千分点。",
            [("level", 22.11), ("pp_change", 4.04)],
        ),
        # 自然增长率 in ‰ is a rate per thousand, no growth of anything
        ("2019年，全县人口死亡率7.9‰，自然增长率0.3‰。", [("level", 7.9), ("level", 0.3)]),
        # 超过省平均增速(7.9%): the average compared with, in brackets, is no value of the places
        ("上半年，全省GDP增长7.9%，13市州增速达到或超过省平均增速(7.9%)。", [("growth_pct", 7.9)]),
        # 15%的高速增长: a rate, however its growth is called
        ("上半年，合肥以工业增加值15%的高速增长位居榜首。", [("growth_pct", 15.0)]),
        # 增长面超六成: a fraction said in passing, no value (增长三成 is a rate of 30 %)
        ("1-9月，全市规上工业增加值增长5.2%，增长面超六成。", [("growth_pct", 5.2)]),
        # the whole a part is counted in (41个大类行业中有37个) is no value; 2.1个 cut before 百分点 no count
        ("三季度，全省41个大类行业中有37个增加值保持增长，增速高2.1个", [("count", 37.0)]),
        # …as it is when its clause ends with it (41个大类行业中，26个行业…)
        ("一季度，41个大类行业中，26个行业增加值同比增长。", [("count", 26.0)]),
        # 增长速度 is a rate: 比第二季度快 is a difference of it, 达25.4倍 a multiple of growth
        (
            "1-9月，全市固定资产投资增长18.98%，增长速度比第二季度快1.66个百分点；网络销售的增长速度达25.4倍。",
            [("growth_pct", 18.98), ("pp_change", 1.66), ("growth_multiple", 25.4)],
        ),
        # a number whose leading digits the page lost (总量为.15亿元) is no value, kept for review
        ("上半年，全区地区生产总值增长8.57%，总量为.15亿元。", [("growth_pct", 8.57)]),
        # 十九届六中全会 names a congress: no count
        ("2021年，全县以党的十九届六中全会精神为指引，地区生产总值增长7%。", [("growth_pct", 7.0)]),
        # a rate that rose to a value (升为6.8%) is still the rate
        ("今年一季度，江北区GDP增速为6.5%，上半年升为6.8%。", [("growth_pct", 6.5), ("growth_pct", 6.8)]),
        # 产量 after 中草药材面积: the output of the same crop
        ("2017年，中草药材面积431.8公顷，产量911吨。", [("level", 431.8), ("level", 911.0)]),
        (
            "2017年前三季度，山西经济增长7.2%，辽宁实现2.5%的正增长，而去年同期为2.2%的负增长。"
            "江西经济增速与上半年持平。",
            [("growth_pct", 7.2), ("growth_pct", 2.5), ("growth_pct", -2.2)],
        ),
    ],
)
def test_the_words_around_a_value_say_what_it_is(paragraph: str, values: list[tuple[str, float]]) -> None:
    facts = digest("某地经济观察", paragraph).facts
    assert [(f.measure, f.value) for f in facts] == values
    # a bare head takes its crop; 首 is how a bound was reached, not part of the subject
    assert all(f.indicator_text != "产量" and not f.indicator_text.endswith("首") for f in facts)


def test_a_list_of_places_after_what_it_lists_pairs_with_values_in_the_next_clause() -> None:
    text = "上半年，经济增速较低的有江北区、渝北区和北碚区，分别为2.1%、5%、6.3%，为全市最后三名。"
    doc = digest("重庆区县经济观察", text)
    assert [(f.region_name, f.indicator_text, f.value) for f in doc.facts] == [
        ("江北区", "经济增速", 2.1),
        ("渝北区", "经济增速", 5.0),
        ("北碚区", "经济增速", 6.3),
    ]


def test_values_listed_before_and_after_分别_take_the_same_items() -> None:
    doc = digest("某县经济观察", "2015年，全县城乡居民收入达到23292元和7750元、分别增长8.8%和10%。")
    assert [(f.indicator_text, f.measure, f.value) for f in doc.facts] == [
        ("城镇居民收入", "level", 23292.0),
        ("农村居民收入", "level", 7750.0),
        ("城镇居民收入", "growth_pct", 8.8),
        ("农村居民收入", "growth_pct", 10.0),
    ]


def test_figures_compared_with_in_brackets_are_no_values_and_no_part_of_the_wording() -> None:
    text = "上半年，全市地区生产总值增长8.4%，分别比全国(6.8%)、全省(8.2%)快1.6个和0.2个百分点。"
    doc = digest("某市经济观察", text)
    assert [(f.indicator_text, f.value) for f in doc.facts] == [
        ("地区生产总值", 8.4),
        ("地区生产总值增速比全国快", 1.6),
        ("地区生产总值增速比全省快", 0.2),
    ]


def test_items_listed_before_as_many_values_without_分别_and_a_target_fallen_short_of() -> None:
    text = (
        "上半年，全区地区生产总值同比增长3.2%，塌目标1.8个百分点；"
        "城镇和农村常住居民人均可支配收入完成29092元、17191元，分别增长3%、6.4%。"
    )
    doc = digest("某区经济观察", text)
    assert [(f.indicator_text, f.value) for f in doc.facts] == [
        ("地区生产总值", 3.2),
        ("地区生产总值增速塌目标", 1.8),
        ("城镇常住居民人均可支配收入", 29092.0),
        ("农村常住居民人均可支配收入", 17191.0),
        ("城镇常住居民人均可支配收入", 3.0),
        ("农村常住居民人均可支配收入", 6.4),
    ]


def test_a_notes_mark_after_the_indicator_is_no_part_of_it() -> None:
    """生产总值〔2〕332亿元, 人均生产总值[3]: the mark of a note at the foot of a bulletin."""
    text = "初步核算，全年全市生产总值〔2〕332亿元，比上年增长6.2%。人均生产总值[3]5.6万元。"
    doc = digest("某市统计公报", text)
    assert [(f.indicator_text, f.value) for f in doc.facts] == [
        ("生产总值", 332.0),
        ("生产总值", 6.2),
        ("人均生产总值", 5.6),
    ]


def test_a_conversion_a_fall_written_with_its_minus_and_a_sibling_keep_their_indicator() -> None:
    """约合1.5万美元 converts the value before it, and the rate after it is of the same indicator;
    降幅…收窄至-11.6% is the fall as written; 外资…、内资 and 出口额…，进口 name siblings that
    share what was said before them (实际利用内资, 外贸进口额), but 进出口总额…，其中进口 is 进口."""
    text = (
        "2012年，人均生产总值9.5万元，约合1.5万美元，增长6.1%。外贸进出口总额456.7亿美元，降幅收窄至-11.6%。"
        "实际利用外资14.5亿美元、内资188亿元。外贸出口额100亿元，进口80亿元。"
    )
    got = [(f.indicator_text, f.measure, f.value) for f in digest("某市政府工作报告", text).facts]
    assert ("人均生产总值", "growth_pct", 6.1) in got
    assert ("外贸进出口总额降幅", "growth_pct", -11.6) in got
    assert ("实际利用内资", "level", 188.0) in got
    assert ("外贸进口额", "level", 80.0) in got
    doc = digest("某区经济运行", "前三季度，进出口总额2570亿元，其中进口808.49亿元。")
    assert [f.indicator_text for f in doc.facts] == ["进出口总额", "进口"]
    doc = digest("某区经济运行", "前三季度，固定资产投资增长10%，外资12亿美元。")  # 投资, 外资: no siblings
    assert [f.indicator_text for f in doc.facts] == ["固定资产投资", "外资"]


def test_items_holding_he_pair_with_their_values_and_a_harvest_increment_keeps_the_crop() -> None:
    """金融保险、批发和零售、…、交通运输仓储和邮电及其他服务业分别增长…: the last 及 parts the last
    two items, the 和 inside the others stays; 比上年增产81.87万吨，增长3.7%: the crop's rate."""
    text = (
        "2009年，金融保险、批发和零售、住宿和餐饮、交通运输仓储和邮电及其他服务业分别增长22.8%、16.5%、"
        "14.4%、3.7%和9.1%。粮食总产量2309.1万吨，比上年增产81.87万吨，增长3.7%。"
    )
    got = [
        (f.indicator_text, f.value) for f in digest("湖北省统计公报", text).facts if f.measure == "growth_pct"
    ]
    assert got == [
        ("金融保险", 22.8),
        ("批发和零售", 16.5),
        ("住宿和餐饮", 14.4),
        ("交通运输仓储和邮电", 3.7),
        ("其他服务业", 9.1),
        ("粮食总产量", 3.7),
    ]


def test_sectors_named_alone_after_a_sectors_indicator_are_its_parts() -> None:
    """农林牧渔业增加值…。其中，农业42.5亿元；林业1.5亿元: 农业增加值, 林业增加值; the parts do
    not become what a later bare rate of a place is of."""
    doc = digest(
        "某市统计公报",
        "全年规模以上工业增加值增长3.1%。农林牧渔业增加值78.4亿元，比上年增长3.5%。"
        "其中，农业42.5亿元，增长7.8%；林业1.5亿元，增长13.9%。\n\n宁强县下降2.5%。",
    )
    texts = [(f.indicator_text, f.value) for f in doc.facts]
    parts = [("农业增加值", 42.5), ("农业增加值", 7.8), ("林业增加值", 1.5), ("林业增加值", 13.9)]
    assert texts[3:7] == parts
    assert texts[-1] == ("农林牧渔业增加值", -2.5)  # of the whole stated last, not of a part


def test_the_rates_of_items_listed_before_are_rates() -> None:
    """材料产业、消费品产业和电子产业实现两位数的较快增长，增速分别为18.7%、12.7%和12.4%."""
    doc = digest(
        "某市上半年经济运行",
        "上半年，材料产业、消费品产业和电子产业实现两位数的较快增长，增速分别为18.7%、12.7%和12.4%。",
    )
    assert [f.measure for f in doc.facts] == ["growth_pct"] * 3
    assert [f.indicator_text[:4] for f in doc.facts] == ["材料产业", "消费品产", "电子产业"]


def test_a_sector_and_what_it_did_is_the_subject_of_the_bare_values_after_it() -> None:
    """服务业逐步恢复，增加值113.26亿元; 蔬菜增势平稳，产量增长4.4%，产值增长6.1%; an
    industry's name that lists words (计算机、通信和其他电子设备制造业) is one subject."""
    doc = digest(
        "某市上半年经济运行",
        "上半年，农业生产总体平稳，增加值16.75亿元，增长5.3%；服务业逐步恢复，增加值113.26亿元，增长2.6%。"
        "蔬菜增势平稳，产量增长4.4%，产值增长6.1%。"
        "计算机、通信和其他电子设备制造业增长较快，产值同比增长6.9%。",
    )
    assert [f.indicator_text for f in doc.facts] == [
        "农业增加值",
        "农业增加值",
        "服务业增加值",
        "服务业增加值",
        "蔬菜产量",
        "蔬菜产值",
        "计算机、通信和其他电子设备制造业产值",
    ]


def test_the_place_whose_accounting_a_figure_follows_is_not_its_place() -> None:
    """根据广州市地区生产总值统一核算结果，前三季度，白云区地区生产总值…: 白云区's."""
    doc = digest(
        "白云区前三季度经济运行",
        "根据广州市地区生产总值统一核算结果，前三季度，白云区地区生产总值为1989.63亿元，同比增长7.3%。",
    )
    assert {f.region_name for f in doc.facts} == {"白云区"}


def test_a_rate_in_brackets_after_an_indicator_is_its_growth() -> None:
    """地区生产总值(7.5%)、规模以上工业增加值(12.7%)分别高于预期目标…: the rates of the words
    before each bracket; a bracket after a place (慈溪(2639亿)) stays the place's value."""
    doc = digest(
        "某市上半年经济运行",
        "上半年，地区生产总值(7.5%)、规模以上工业增加值(12.7%)分别高于预期目标1.0和4.2个百分点，"
        "一般公共预算收入(13.5%)完成年初预算的53.7%。",
    )
    rates = [(f.indicator_text, f.measure, f.value) for f in doc.facts if f.value in (7.5, 12.7, 13.5)]
    assert rates == [
        ("地区生产总值", "growth_pct", 7.5),
        ("规模以上工业增加值", "growth_pct", 12.7),
        ("一般公共预算收入", "growth_pct", 13.5),
    ]
    assert not any(f.indicator_text.startswith(")") for f in doc.facts)


def test_investment_after_a_value_added_is_a_headline_indicator_of_its_own() -> None:
    """规模以上工业增加值增长13.8%，投资增长21.3%，消费增长13.5%: investment and consumption, not
    规模以上工业投资 and 规模以上工业消费."""
    doc = digest("某市上半年经济运行", "上半年，规模以上工业增加值增长13.8%，投资增长21.3%，消费增长13.5%。")
    assert [f.indicator_text for f in doc.facts] == ["规模以上工业增加值", "投资", "消费"]
    doc = digest("某县上半年经济运行", "上半年，全县GDP增长7.8%；投资增长11.2%；消费增长10.9%。")
    assert [f.indicator_text for f in doc.facts] == ["GDP", "投资", "消费"]  # not GDP投资


def test_a_sentence_naming_what_moved_without_a_value_is_what_the_next_one_is_of() -> None:
    """民间投资由降转增。投资额651.46亿元…: 民间投资's amount, not the indicator stated before."""
    doc = digest(
        "某市上半年经济运行",
        "分行业看，第三产业投资532.85亿元，增长6.8%。民间投资由降转增。投资额651.46亿元，增长1.3%。"
        "工业投资稳步回升。投资额311.22亿元，增长4.7%。",
    )
    assert [f.indicator_text for f in doc.facts][2:] == ["民间投资", "民间投资", "工业投资", "工业投资"]


def test_places_that_completed_investment_take_the_investment_stated() -> None:
    """阳城县完成投资…: 完成 is what the place did, 投资 the fixed-asset investment the text
    states, also after a zone's (开发区完成投资…), whose stem names no indicator."""
    doc = digest(
        "晋城市上半年投资",
        "上半年，全市固定资产投资完成202.4亿元，增长39.0%。其中，开发区完成投资12.6亿元，"
        "同比增长52.2%；阳城县完成投资25.3亿元，增长36.9%。",
    )
    county = [(f.indicator_text, f.value) for f in doc.facts if f.region_name == "阳城县"]
    assert county == [("固定资产投资", 25.3), ("固定资产投资", 36.9)]


def test_how_far_a_place_lies_is_no_value() -> None:
    """南距哈尔滨市160公里, 距离省会80千米: a distance (kind distance), not an indicator."""
    doc = digest("绥棱县概况", "绥棱县南距哈尔滨市160公里，距离省会80千米。2005年，全县地区生产总值12亿元。")
    assert [(f.indicator_text, f.value) for f in doc.facts] == [("地区生产总值", 12.0)]
    kinds = {n.number_text: n.kind for n in doc.numbers}
    assert (kinds["160"], kinds["80"]) == ("distance", "distance")


def test_where_a_place_lies_on_the_globe_is_no_value() -> None:
    """东经118度23分至119度12分, 北纬25度39分: a position (kind distance), not an indicator."""
    text = "永泰县位于福建省中部，东经118度23分至119度12分，北纬25度39分。全县GDP增长9%。"
    doc = digest("永泰县概况", text)
    assert [(f.indicator_text, f.value) for f in doc.facts] == [("GDP", 9.0)]
    assert {n.kind for n in doc.numbers if n.number_text in ("118", "119", "25")} == {"distance"}


def test_where_the_writer_read_a_value_is_not_its_subject() -> None:
    """小编查找福州市人民政府门户网站发现咱们大福州上半年GDP总值为…: the subject is what was found."""
    doc = digest("福州经济", "近日，小编查找福州市人民政府门户网站发现2017年上半年GDP总值为2806.85亿元。")
    assert [(f.region_name, f.indicator_text) for f in doc.facts] == [("福州市", "GDP总值")]


def test_a_topic_run_into_its_noun_is_the_subject() -> None:
    """民生方面支出3035.9亿元: the spending on people's livelihood, not bare 支出; 在投资方面固定
    资产投资增长7% opens on its topic."""
    doc = digest(
        "江西财政",
        "上半年，全省一般公共预算支出稳定增长，民生方面支出3035.9亿元。在投资方面固定资产投资增长7%。",
    )
    assert [f.indicator_text for f in doc.facts] == ["民生方面支出", "固定资产投资"]


def test_groups_named_in_quotes_share_the_last_ones_words() -> None:
    """“十强”、“二十佳”企业纳税分别达到5684万元和2272万元: each group's 企业纳税."""
    doc = digest("某县工业", "2010年，“十强”、“二十佳”企业纳税分别达到5684万元和2272万元。")
    assert [f.indicator_text for f in doc.facts] == ["“十强”企业纳税", "“二十佳”企业纳税"]


def test_the_whole_a_list_is_part_of_is_no_part_of_its_first_item() -> None:
    """在第三产业中金融保险、批发和零售分别增长22.8%、16.5%: 金融保险, not 在第三产业中金融保险;
    在全市经济总量中占比…: the whole of a share stays."""
    doc = digest("湖北统计公报", "2009年，在第三产业中金融保险、批发和零售分别增长22.8%、16.5%。")
    assert [f.indicator_text for f in doc.facts] == ["金融保险", "批发和零售"]


def test_how_a_figure_was_counted_is_no_part_of_its_subject() -> None:
    """初步统计总面积达2.06亿亩: the area, counted at first estimate."""
    doc = digest("黑龙江农业", "2011年，全省粮食作物播种面积进一步增加，初步统计总面积达2.06亿亩。")
    assert [f.indicator_text for f in doc.facts] == ["总面积"]


def test_about_before_a_value_is_no_part_of_its_subject() -> None:
    """总人口大约在110万: the population, about so many."""
    doc = digest("浠水县概况", "2017年，浠水县总人口大约在110万。")
    assert [f.indicator_text for f in doc.facts] == ["总人口"]


def test_items_counted_after_their_list_are_each_compared() -> None:
    """规上工业增加值、固定资产投资、限额以上消费品零售额3个主要指标增速分别比一季度平均增速低3.2个、
    25.9个、6.7个百分点: each item's difference, not 主要指标增速's."""
    doc = digest(
        "百色经济",
        "1-4月，全市规模以上工业增加值、固定资产投资、限额以上消费品零售额3个主要指标增速"
        "分别比一季度平均增速低3.2个、25.9个、6.7个百分点。",
    )
    assert [f.indicator_text.split("增速")[0] for f in doc.facts] == [
        "规模以上工业增加值",
        "固定资产投资",
        "限额以上消费品零售额",
    ]


def test_what_a_campaign_drove_keeps_its_verb() -> None:
    """累计拉动消费126亿元: the spending the campaign drove, not all 消费; 旅游带动就业增长3%
    is 就业's rate."""
    doc = digest("邯郸消费", "2024年，全市举办系列促消费活动，累计拉动消费126亿元。全市旅游带动就业增长3%。")
    assert [f.indicator_text for f in doc.facts] == ["拉动消费", "就业"]


@pytest.mark.parametrize("method", ["按可比口径", "可比口径", "按同口径"])
def test_a_like_for_like_rate_is_of_the_amount_before_it(method: str) -> None:
    """全口径财政收入4113万元，按可比口径增长2.47%: how the rate was computed, not its subject."""
    doc = digest("某县财政", f"2005年，全县全口径财政收入实现4113万元，{method}增长2.47%。")
    got = [(f.indicator_text, f.value) for f in doc.facts]
    assert got == [("全口径财政收入", 4113.0), ("全口径财政收入", 2.47)]


def test_values_listed_before_the_rate_they_are_take_it() -> None:
    """工业、农业和服务业分别以7.4%、5.4%和3.6%的累计涨幅位列前三: rates named after the values."""
    said = "2014年，全县GDP增长8%。其中，工业、农业和服务业分别以7.4%、5.4%和3.6%的累计涨幅位列前三。"
    doc = digest("某县经济", said)
    got = [(f.indicator_text, f.measure, f.value) for f in doc.facts[1:]]
    assert got == [("工业", "growth_pct", 7.4), ("农业", "growth_pct", 5.4), ("服务业", "growth_pct", 3.6)]


def test_points_said_colloquially_after_a_rate_are_a_difference_of_it() -> None:
    """GDP增长7.8%，高0.8个点: 个点 is 个百分点, and a bare 高 is the rate before it, higher;
    3个点位 counts sites, no points."""
    doc = digest(
        "某县上半年经济", "上半年，全县GDP增长7.8%，高0.8个点；消费增长10.9%，高出1.9个点。全县设立3个点位。"
    )
    got = [(f.indicator_text, f.measure, f.value) for f in doc.facts]
    assert got == [
        ("GDP", "growth_pct", 7.8),
        ("GDP增速高", "pp_change", 0.8),
        ("消费", "growth_pct", 10.9),
        ("消费增速高出", "pp_change", 1.9),
    ]


def test_shares_of_a_goal_listed_after_分别_are_each_its_items() -> None:
    """合同利用外资和实际利用外资分别完成全年预期目标的80.4%和94.5%: both are shares of the goal,
    not goals themselves."""
    doc = digest("某区上半年", "上半年，合同利用外资和实际利用外资分别完成全年预期目标的80.4%和94.5%。")
    got = [(f.indicator_text, f.measure, f.value) for f in doc.facts]
    assert got == [("合同利用外资", "share_pct", 80.4), ("实际利用外资", "share_pct", 94.5)]


def test_accounts_after_the_value_added_of_firms_of_a_scale_are_of_those_firms() -> None:
    """规模以上工业完成增加值…；实现主营业务收入…；实现利润…；实现利税…: each account is of the
    same firms (规模以上工业利润)."""
    doc = digest(
        "某市上半年工业",
        "上半年，全市规模以上工业完成增加值819.8亿元；实现主营业务收入3061.2亿元；实现利润138.6亿元；实现利税242.4亿元。",
    )
    got = [f.indicator_text for f in doc.facts[1:]]
    assert got == ["规模以上工业主营业务收入", "规模以上工业利润", "规模以上工业利税"]


def test_differences_each_of_an_item_the_clause_before_lists() -> None:
    """A、B和C普遍下降，增幅分别低于去年同期x、y和z个百分点: each difference is of its item in the
    clause before, not of the indicator stated last."""
    doc = digest(
        "某县上半年经济运行",
        "上半年，全县农民人均现金收入达到9262元，增长14.8%。上半年，县域房地产施工面积、竣工面积和"
        "销售面积普遍下降，增幅分别低于去年同期60.2、226.1和96.1个百分点。",
    )
    got = {f.value: f.indicator_text for f in doc.facts if f.measure == "pp_change"}
    assert got[60.2].startswith("县域房地产施工面积增幅")
    assert got[226.1].startswith("竣工面积增幅")
    assert got[96.1].startswith("销售面积增幅")


def test_a_list_of_classification_names_splits_between_the_names_not_inside_them() -> None:
    """Industries and groups of goods whose standard names hold 、 or 和 (电力、热力、燃气及水生产和
    供应业, 服装、鞋帽、针纺织品类, 医疗保健和个人用品类) are one item each in a 分别 list,
    whether the list is set apart by 、 or by commas."""
    doc = digest(
        "某市1-5月经济运行",
        "1-5月，分门类看，采矿业，制造业，电力、热力、燃气及水生产和供应业分别下降29.8%、增长6.5%和增长4.1%。"
        "限额以上单位饮料、烟酒、服装、鞋帽、针纺织品类商品零售额分别增长25.6%、7.3%、6.9%。"
        "衣着类、居住类和医疗保健和个人用品类指数分别上涨7.4%、5.4%和3.6%。",
    )
    got = {f.value: f.indicator_text for f in doc.facts}
    assert got[-29.8] == "采矿业"
    assert got[6.5] == "制造业"
    assert got[4.1] == "电力、热力、燃气及水生产和供应业"
    assert "烟酒" in got[7.3] and "服装" not in got[7.3]
    assert "服装、鞋帽、针纺织品类" in got[6.9]
    assert got[7.4].startswith("衣着类") and got[5.4].startswith("居住类")
    assert got[3.6].startswith("医疗保健和个人用品类")


def test_its_rate_after_a_milestone_passed_is_of_the_indicator_before() -> None:
    """常德市完成GDP3238.14亿元，顺利突破3000亿元大关，其增速为8.4%: the rate is the GDP's; how
    the milestone was passed (顺利, 成功, 一举) is no part of it."""
    doc = digest("常德市2017年经济", "2017年，常德市完成GDP3238.14亿元，顺利突破3000亿元大关，其增速为8.4%。")
    got = {f.value: f.indicator_text for f in doc.facts}
    assert got[3238.14] == "GDP"  # 常德市完成GDP: what the place did is no part of the indicator
    assert got[8.4] == "GDP增速"


def test_a_difference_after_a_share_stated_since_the_last_comparison_is_the_shares() -> None:
    """…增速比上半年提高1.9个百分点，…，三产增加值占地区生产总值的比重为42.2%，同比提高1.6个百分点:
    the last difference is of the share stated after the comparison before it; a bare head before
    占 (增加值占…比重) is the indicator stated last."""
    doc = digest(
        "宁波市前三季度经济",
        "前三季度，宁波第三产业增加值同比增长10.4%，增速比上半年提高1.9个百分点，是三个产业中增长最快的，"
        "快于第二产业5.1个百分点，三产增加值占地区生产总值的比重为42.2%，同比提高1.6个百分点。"
        "规模以上工业中，高新技术产业增加值增长18.8%，增加值占全市规上工业比重33.7%，较上年提高3.3个百分点。",
    )
    got = {f.value: f.indicator_text for f in doc.facts}
    assert got[1.9] == "第三产业增加值增速比上半年提高"
    assert got[5.1] == "第三产业增加值增速快于第二产业"
    assert got[1.6] == "三产增加值占地区生产总值的比重同比提高"
    assert got[33.7] == "高新技术产业增加值占全市规上工业比重"
    doc = digest("某区上半年经济", "上半年，全区实现建筑业增加值37.3亿元，增加值增速5.2%。")
    assert [f.indicator_text for f in doc.facts] == ["建筑业增加值", "建筑业增加值增速"]
    assert got[3.3] == "高新技术产业增加值占全市规上工业比重较上年提高"


def test_a_rate_lagging_behind_is_a_comparison_and_the_whole_listed_with_its_parts_stays_whole() -> None:
    """增速仍滞后全市1.2个百分点 compares the rate stated last; 进出口、出口、进口同比均增长38.9%:
    the whole and each of its parts, not 进进口."""
    doc = digest(
        "某区1-8月经济",
        "1-8月，社会消费品零售总额完成20亿元，虽然增速仍滞后全市1.2个百分点，但较7月已回升0.8个百分点。"
        "1-8月，进出口、出口、进口同比均增长38.9%。",
    )
    got = [(f.indicator_text, f.value) for f in doc.facts]
    assert ("社会消费品零售总额增速滞后全市", 1.2) in got
    assert [t for t, v in got if v == 38.9] == ["进出口", "出口", "进口"]


def test_in_a_text_wrapped_with_blanks_a_blank_inside_a_word_is_no_break() -> None:
    """A document converted from a file, its lines wrapped with blanks (生 产总值, 实现销 售收入):
    the words either side of such a blank are one; in running text a blank sets a heading apart."""
    text = (
        "2012 年全县预计实现生 产总值 212.8 亿元,同比增长 10.5 %;全社会固定资 产投资 117.2 亿元,增长 23.2%;"
        "社会消费品零 售总额 94.2 亿元,增长 16%;规模以上工业实现销 售收入、利税、利润同比分别增长 14.5%、"
        "14.7 %和 19.5%;进出 口总额同比增长 12.6 %;金融机构各项存 贷款余额分别达到 134 亿元和 96.6 亿元。"
    )
    doc = digest("沂源县政府工作报告", text)
    got = {f.value: f.indicator_text for f in doc.facts}
    assert got[14.5] == "规模以上工业销售收入"
    assert got[14.7] == "规模以上工业利税"
    doc = digest("某区经济", "上半年经济运行平稳 全区地区生产总值增长6.1%。")
    assert [f.indicator_text for f in doc.facts] == ["地区生产总值"]


def test_a_rates_fall_in_tenths_is_no_fact_and_a_credit_before_a_mark_is_no_subject() -> None:
    """增幅同比回落四成: the rate's own change said in tenths, in passing (a fraction);
    香港文汇报广州传真■广东上半年GDP增速达7.8%: the credit before ■ is no part of the subject."""
    doc = digest(
        "粤上半年GDP增速7.8%",
        "香港文汇报广州传真■广东上半年GDP增速达7.8%。上半年广东商品房销售额8455亿元，同比增长16.8%，"
        "增幅同比回落四成。",
    )
    assert [(f.region_name, f.indicator_text, f.value) for f in doc.facts] == [
        ("广东省", "GDP增速", 7.8),
        ("广东省", "商品房销售额", 8455.0),
        ("广东省", "商品房销售额", 16.8),
    ]
    assert {n.number_text: n.kind for n in doc.numbers}["四"] == "fraction"


def test_items_of_one_kind_share_what_the_last_says_after_it_and_a_ranked_among_count_is_no_fact() -> None:
    """国有企业和股份制企业工业总产值分别增长…: each kind of 企业 has its 工业总产值; 在全国36个
    大中城市中列第30位: the cities a place is ranked among, no count of its own."""
    doc = digest(
        "陕西省一季度经济",
        "一季度，国有企业和股份制企业工业总产值分别增长31.8%和25.9%。居民消费价格上涨2.0%，"
        "在全国36个大中城市中列第30位。",
    )
    assert [(f.indicator_text, f.value) for f in doc.facts] == [
        ("国有企业工业总产值", 31.8),
        ("股份制企业工业总产值", 25.9),
        ("居民消费价格", 2.0),
    ]
