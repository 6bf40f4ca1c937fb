"""Digests of many places (news and blog articles listing districts' figures): the indicator
the title names, places that change within a sentence, and wording around periods and
comparisons that is no part of an indicator."""

from __future__ import annotations

import json

from dagster_project.textcore.models import ParsedDocument
from dagster_project.textcore.pipeline import parse_document

META = json.dumps({"published": "2023-08-01"}).encode("utf-8")


def digest(title: str, *paragraphs: str) -> ParsedDocument:
    text = "\n\n".join([title, "近日，重庆上半年各区县经济数据出炉，各功能区板块发展总体向好。", *paragraphs])
    return parse_document((text + "\n").encode("utf-8"), "digest.txt", META)


def facts(doc: ParsedDocument) -> list[tuple]:
    return [(f.region_name, f.indicator_text, f.measure, f.value) for f in doc.facts]


def test_a_value_naming_no_indicator_is_of_the_one_the_title_names() -> None:
    sentence = "增长最快的开州区增长为11.57%，增幅领跑渝东北。"
    assert facts(digest("2023上半年重庆区县GDP数据", sentence)) == [("开州区", "GDP", "growth_pct", 11.57)]
    # a title naming no indicator, or two, lends none
    assert facts(digest("2023上半年重庆区县经济数据", sentence)) == []
    assert facts(digest("2023上半年重庆区县GDP和规上工业增加值数据", sentence)) == []


def test_a_share_is_no_topic_for_the_growth_rates_after_it() -> None:
    doc = digest(
        "2023上半年重庆区县GDP数据",
        "渝西八区经济总量占重庆总量的25.39%，去年同期则为25.23%。更值得一提的是，璧山增速渝西八区第一10.32%。",
    )
    assert ("璧山区", "GDP", "growth_pct", 10.32) in facts(doc)
    assert all("占" not in text for _, text, measure, _ in facts(doc) if measure == "growth_pct")


def test_a_clause_naming_another_place_moves_the_indicator_carried_on_to_it() -> None:
    doc = digest(
        "2023上半年重庆区县GDP数据",
        "璧山区GDP增长10.32%，江津位于长江之滨，总量再次领跑渝西八区，增长为8.57%。",
    )
    assert facts(doc) == [("璧山区", "GDP", "growth_pct", 10.32), ("江津区", "GDP", "growth_pct", 8.57)]


def test_a_place_holding_the_other_only_scopes_it_and_no_share_is_below_zero() -> None:
    doc = digest(
        "2023上半年重庆区县GDP数据",
        "开州区GDP增长11.57%，而梁平区则是重庆区县中唯一负增长的地区，为-5.13%。",
    )
    assert facts(doc)[-1] == ("梁平区", "GDP", "growth_pct", -5.13)


def test_period_and_comparison_wording_is_no_part_of_the_indicator() -> None:
    doc = digest(
        "河北各市GDP排名",
        "还有邯郸，在2017年前三季度中GDP为2707.9亿元，在名单中也能排进前五。",
        "河北省GDP相比于2017年同比增长6.6%，第一产业增加值比增长4.6%，农林牧渔业总产值可比增长4.5%。",
    )
    found = {(f.indicator_text, f.period_code) for f in doc.facts}
    assert ("GDP", "2017-Q1Q3") in found
    assert {"GDP", "第一产业增加值", "农林牧渔业总产值"} <= {text for text, _ in found}


def test_a_comparison_in_words_leaves_its_subject_to_the_value_after_it() -> None:
    doc = digest(
        "2025上半年青岛各区市GDP", "不过从同比来看，市南区名义增长率略超全市平均，达到了7.8%，表现较好。"
    )
    assert facts(doc) == [("市南区", "名义增长率", "growth_pct", 7.8)]


def test_places_listed_in_the_clause_before_pair_with_the_values_in_order() -> None:
    doc = digest(
        "2025上半年青岛各区市GDP",
        "GDP超过500亿元的还有三地，分别是城阳区、崂山区和市北区，累计金额分别为774.88亿元、700.84亿元和646.14亿元。",
        "城阳区和崂山区同比均有上佳表现，名义增长率分别达到14.6%和19.8%。",
    )
    assert [f for f in facts(doc) if f[1] != "GDP"] == [
        ("城阳区", "GDP金额", "level", 774.88),
        ("崂山区", "GDP金额", "level", 700.84),
        ("市北区", "GDP金额", "level", 646.14),
        ("城阳区", "名义增长率", "growth_pct", 14.6),
        ("崂山区", "名义增长率", "growth_pct", 19.8),
    ]


def test_an_opening_naming_a_rate_makes_the_values_after_it_rates() -> None:
    doc = digest(
        "2019上半年四川各市GDP",
        "从总量上看，绵阳依然是最有竞争力的城市，其GDP总量接近1200亿，与德阳拉出113亿元的差距。"
        "而从增速上看，绵阳达到8.9%，坐稳全省各市州增速第二的位置。",
    )
    assert facts(doc) == [("绵阳市", "GDP总量", "level", 1200.0), ("绵阳市", "GDP增速", "growth_pct", 8.9)]
    assert {n.number_text: n.kind for n in doc.numbers}["113"] == "gap"


def test_a_value_defining_a_class_of_places_is_a_threshold() -> None:
    doc = digest("2019上半年四川各市GDP", "宜宾GDP增长9.5%，是我省唯一一个增速达到或超过9.0%的城市。")
    assert facts(doc) == [("宜宾市", "GDP", "growth_pct", 9.5)]
    assert {n.number_text: n.kind for n in doc.numbers}["9.0"] == "threshold"


def test_how_far_a_value_is_beyond_its_goal_is_a_fact_and_the_goal_is_not() -> None:
    doc = digest(
        "百色市一季度经济运行",
        "一季度全市地区生产总值同比增长15.2%，高于与自治区会商目标6.2个百分点，全年目标增长8%。",
    )
    assert [(f.measure, f.value) for f in doc.facts] == [("growth_pct", 15.2), ("pp_change", 6.2)]
    assert {n.number_text: n.kind for n in doc.numbers}["8"] == "target"


def test_a_list_of_values_pairs_with_the_places_of_the_clause_before_it() -> None:
    doc = digest(
        "贵州各市州前三季度地区生产总值",
        "毕节地区生产总值达到1585.86亿元；黔南、铜仁位于1000亿元至1500亿元之间，分别为1310.35、1098.90亿元；"
        "黔东南、安顺低于1000亿元，分别为899.22、819.17亿元。",
    )
    found = {(f.region_name, f.value, f.qualifier) for f in doc.facts}
    assert {
        ("黔南布依族苗族自治州", 1310.35, None),
        ("铜仁市", 1098.9, None),
        ("黔东南苗族侗族自治州", 899.22, None),
        ("安顺市", 819.17, None),
        ("安顺市", 1000.0, "不足"),  # a bound on each place of the list
    } <= found
    assert all(f.indicator_text == "地区生产总值" for f in doc.facts)


def test_a_round_mark_passed_is_no_value_and_its_subject_goes_on() -> None:
    doc = digest(
        "三穗县政府工作报告",
        "初步核算，全县生产总值实现131487万元，同比增长15%；财政总收入突破亿元大关，实现11338万元，增长57.7%。",
    )
    assert [(f.indicator_text, f.value) for f in doc.facts][2:] == [
        ("财政总收入", 11338.0),
        ("财政总收入", 57.7),
    ]
    doc = digest("某市经济运行", "上半年全市地区生产总值首次突破3000亿元大关，达到3012亿元。")
    assert [(f.indicator_text, f.value) for f in doc.facts] == [("地区生产总值", 3012.0)]
    assert {n.number_text: n.kind for n in doc.numbers}["3000"] == "threshold"


def test_a_subject_ranked_in_words_is_what_the_value_after_it_is_of() -> None:
    doc = digest("2023上半年重庆区县经济总量数据", "在增速排名中，万州区GDP增速也最低，仅4.6%。")
    assert facts(doc) == [("万州区", "GDP增速", "growth_pct", 4.6)]


def test_a_rate_named_after_a_list_of_places_pairs_with_the_values_given_respectively() -> None:
    doc = digest("2023上半年重庆区县GDP数据", "万州区、黔江区、涪陵区GDP增速均超9%，分别为9.5%、9.1%、9.0%。")
    paired = [f for f in facts(doc) if f[3] != 9.0 or f[0] == "涪陵区"]
    assert ("万州区", "GDP增速", "growth_pct", 9.5) in paired
    assert ("黔江区", "GDP增速", "growth_pct", 9.1) in paired
    assert all(measure == "growth_pct" for _, _, measure, _ in facts(doc))


def test_typeset_spaces_around_latin_letters_and_digits_are_no_blank() -> None:
    doc = digest("重庆区县经济观察", "2023 年上半年，万州 GDP 达到 557.37 亿元，同比增长 4.27%。")
    assert facts(doc) == [
        ("万州区", "GDP", "level", 557.37),
        ("万州区", "GDP", "growth_pct", 4.27),
    ]
    assert all(f.period_code == "2023-H1" for f in doc.facts)


def test_an_indicator_named_after_its_value_with_de() -> None:
    doc = digest("重庆区县经济观察", "上半年，渝北区以 1089.5 亿元的 GDP 和 4.37% 的增速领跑全市。")
    assert facts(doc) == [
        ("渝北区", "GDP", "level", 1089.5),
        ("渝北区", "GDP增速", "growth_pct", 4.37),  # the rate of the indicator just named
    ]


def test_values_in_brackets_after_their_places() -> None:
    doc = digest(
        "2023上半年重庆区县经济观察",
        "上半年，全市GDP同比增长5.7%，高于全国平均5.3%的水平。"
        "高于全国平均增速的区县分别是：万州(6.3%)、黔江(7.3%)、涪陵(6.1%)。",
        "渝北区(1154.20亿)和九龙坡区(1004.10亿)两地GDP均在千亿级别。",
    )
    got = facts(doc)
    assert ("万州区", "GDP增速", "growth_pct", 6.3) in got and ("涪陵区", "GDP增速", "growth_pct", 6.1) in got
    assert ("渝北区", "GDP", "level", 1154.2) in got and ("九龙坡区", "GDP", "level", 1004.1) in got
    assert 5.3 not in [value for *_, value in got]  # the nation's figure it is compared with
    assert {n.kind for n in doc.numbers if n.number_text == "5.3"} == {"benchmark"}


def test_places_compared_with_each_with_its_figure_are_benchmarks() -> None:
    """远高于全国5.5%、全省5.0%、全市6.3%的平均增速: each figure is the place's compared with (the
    province's and the city's GDP growth; the nation's is no value of the text), not a share of 远."""
    doc = digest(
        "宝安区上半年经济",
        "上半年，宝安区GDP同比增长10.5%，增速全市第三，远高于全国5.5%、全省5.0%、全市6.3%的平均增速。",
    )
    assert facts(doc) == [
        ("宝安区", "GDP", "growth_pct", 10.5),
        ("广东省", "GDP", "growth_pct", 5.0),
        ("深圳市", "GDP", "growth_pct", 6.3),
    ]
    assert {n.kind for n in doc.numbers if n.number_text == "5.5"} == {"benchmark"}


def test_a_groups_indicator_goes_on_to_the_places_described_after_it() -> None:
    """西部地区房地产开发投资16802亿元，同比增长6.3%: the group's, no place's; 增速较快的宁夏、广西
    分别增长26%和18.7%: the same indicator, of the places so described."""
    doc = digest(
        "西部地区房地产开发投资",
        "前三季度，西部地区房地产开发投资16802亿元，同比增长6.3%。9个省份同比增长，增速较快的宁夏、"
        "广西分别增长26%和18.7%。",
    )
    assert facts(doc) == [
        ("宁夏回族自治区", "房地产开发投资", "growth_pct", 26.0),
        ("广西壮族自治区", "房地产开发投资", "growth_pct", 18.7),
    ]
    assert {n.kind for n in doc.numbers if n.number_text in ("16802", "6.3")} == {"grouping"}


def test_an_opening_naming_an_indicator_is_what_the_values_after_it_are_of() -> None:
    doc = digest(
        "重庆区县经济观察",
        "从GDP总量来看，渝北区以1089.5亿元总量领跑，江北、九龙坡则分别以800.1亿元和700.2亿元位列第二、第三。",
    )
    assert facts(doc) == [
        ("渝北区", "GDP总量", "level", 1089.5),
        ("江北区", "GDP总量", "level", 800.1),
        ("九龙坡区", "GDP总量", "level", 700.2),
    ]


def test_a_comma_doubled_before_the_list_mark_splits_no_list() -> None:
    doc = digest(
        "2023上半年重庆区县GDP数据",
        "万州,、黔江,、涪陵等3区GDP总量突破500亿元大关,分别实现600.1亿元,、550.2亿元、520.3亿元。",
    )
    assert [(r, v) for r, _, m, v in facts(doc) if m == "level"] == [
        ("万州区", 600.1),
        ("黔江区", 550.2),
        ("涪陵区", 520.3),
    ]


def test_places_a_list_pairs_with_may_stand_two_clauses_back() -> None:
    doc = digest(
        "2023上半年重庆区县GDP数据",
        "城口县和巫溪县GDP相对较低，上半年金额均不足百亿，分别只有80.25亿元和66.06亿元。",
    )
    paired = [(r, v) for r, _, _, v in facts(doc)]
    assert ("城口县", 80.25) in paired and ("巫溪县", 66.06) in paired


def test_the_place_a_clause_opens_with_and_its_pronoun() -> None:
    doc = digest(
        "2023上半年重庆区县GDP数据",
        "万州区虽然总量在涪陵区之上，不过其6.0%的名义增长率却不及全市平均。"
        "黔江区GDP名义增速也在全市平均之下，仅为4.3%。",
    )
    assert facts(doc) == [
        ("万州区", "GDP名义增长率", "growth_pct", 6.0),  # the rate of the title's indicator
        ("黔江区", "GDP名义增速", "growth_pct", 4.3),
    ]


def test_months_one_to_twelve_are_the_year() -> None:
    doc = digest("重庆区县经济观察", "2022年1-12月份，万州区GDP总值共计1093.6亿元。")
    assert [(f.region_name, f.period_code) for f in doc.facts] == [("万州区", "2022")]


def test_several_values_in_a_bracket_and_words_said_once_for_all() -> None:
    doc = digest(
        "重庆区县经济观察",
        "上半年各区县GDP完成数据：",
        "1.万州区(607.87亿元 同比增长5.4%下同)、2.黔江区(281.72亿元 5.6%)、3.涪陵区(178.80亿元 4.8%)。",
    )
    assert facts(doc) == [
        ("万州区", "GDP", "level", 607.87),
        ("万州区", "GDP", "growth_pct", 5.4),
        ("黔江区", "GDP", "level", 281.72),
        ("黔江区", "GDP", "growth_pct", 5.6),
        ("涪陵区", "GDP", "level", 178.8),
        ("涪陵区", "GDP", "growth_pct", 4.8),
    ]


def test_an_opening_listing_places_speaks_for_the_place_holding_them() -> None:
    text = (
        "日前，江苏省统计局发布上半年全省经济运行成绩单。上半年全省实现生产总值60465.3亿元。"
        "分产业看，第一产业增加值1720.2亿元，同比增长3.5%。\n"
        "具体来看，苏州市地区生产总值11458.4亿元，南京市8316.92亿元，无锡市7105.67亿元，南通市6032.4亿元。\n"
        "连云港市延续一季度地区生产总值增长态势，地区生产总值同比增长12.9%。\n"
    )
    doc = parse_document(text.encode("utf-8"), "digest.txt", json.dumps({"published": "2023-08-01"}).encode())
    got = {(f.region_name, f.indicator_text, f.period_code, f.value) for f in doc.facts}
    assert ("江苏省", "第一产业增加值", "2023-H1", 1720.2) in got  # not the first city listed
    assert ("南京市", "地区生产总值", "2023-H1", 8316.92) in got
    assert ("连云港市", "地区生产总值", "2023-H1", 12.9) in got  # 延续一季度…: the quarter is compared with


def test_a_comparison_opened_by_yu_is_no_subject() -> None:
    doc = digest(
        "宁波工业观察", "上半年，宁波规模以上工业企业共实现收入总额9931亿元，与上年同期相比增加了833.7亿元。"
    )
    assert [(text, v) for _, text, _, v in facts(doc)] == [
        ("规模以上工业企业收入总额", 9931.0),
        ("规模以上工业企业收入总额增加", 833.7),
    ]


def test_brackets_named_before_the_list_with_signs_and_a_benchmark_after() -> None:
    doc = digest(
        "重庆区县经济观察",
        "上半年，GDP总量位居前三的分别是渝北区(1089.5亿元)、九龙坡区(810.3亿元)、江北区(700.2亿元)。"
        "此外，万州区(0.8%)、城口县(-1.8%)、巫溪县(-2.4%)共3个区县的GDP增速高于全市上半年GDP增速(-2.7%)。",
    )
    got = facts(doc)
    assert ("九龙坡区", "GDP", "level", 810.3) in got  # the indicator the words before the list name
    assert ("城口县", "GDP增速", "growth_pct", -1.8) in got
    assert ("万州区", "GDP增速", "growth_pct", 0.8) in got
    assert all(region != "重庆市" for region, *_ in got)  # the city's -2.7% is what they are compared with


def test_a_range_of_months_written_with_a_horizontal_bar() -> None:
    doc = digest("重庆区县经济观察", "1―6月，万州区实现地区生产总值520.95亿元，同比增长4%。")
    assert {f.period_code for f in doc.facts} == {"2023-H1"}


def test_the_place_opening_a_paragraph_holds_for_its_sentences_that_name_none() -> None:
    doc = digest(
        "2023上半年重庆区县GDP数据",
        "上半年，渝北区地区生产总值1107.3亿元，同比增长6.2%。规模以上工业增加值增长8.1%。",
        "上半年，固定资产投资增长5.5%。",
    )
    assert facts(doc) == [
        ("渝北区", "地区生产总值", "level", 1107.3),
        ("渝北区", "地区生产总值", "growth_pct", 6.2),
        ("渝北区", "规模以上工业增加值", "growth_pct", 8.1),
        ("重庆市", "固定资产投资", "growth_pct", 5.5),
    ]
    assert doc.facts[2].region_source == "paragraph"


def test_a_zone_in_a_bracket_list_of_places_is_set_apart_and_the_rate_after_the_list_named() -> None:
    doc = digest(
        "重庆区县经济观察",
        "1-7月，全市规上工业增加值增长5.2%；江北区(6.8%)、渝北区(6.2%)、经开区(4.1%)、北碚区(-3.0%)增速均较上月有所回升。",
    )
    assert [(f.region_name, f.measure, f.value) for f in doc.facts][1:] == [
        ("江北区", "growth_pct", 6.8),
        ("渝北区", "growth_pct", 6.2),
        ("北碚区", "growth_pct", -3.0),
    ]
    assert {n.number_text: n.kind for n in doc.numbers}["4.1"] == "zone"


def test_this_place_opening_a_sentence_is_the_place_named_last_before_it() -> None:
    doc = digest(
        "重庆区县经济观察",
        "前三季度，渝北区地区生产总值1502.2亿元；江北区地区生产总值1037.9亿元。该地区生产总值首次突破1000亿元。",
    )
    assert [(f.region_name, f.value) for f in doc.facts][-1] == ("江北区", 1000.0)


def test_a_place_named_with_the_one_above_it_after_的_is_the_subject() -> None:
    doc = digest("成都区县经济观察", "2020年，锦江区GDP为1200亿元，紧随其后的重庆渝北区为2009亿元。")
    assert [(f.region_name, f.value) for f in doc.facts] == [("锦江区", 1200.0), ("渝北区", 2009.0)]


def test_a_place_alone_before_a_value_takes_the_indicator_its_sentence_named_before() -> None:
    text = "在2023年上半年各区县GDP名单中，渝北区以1107.3亿突破千亿关口。"
    doc = digest("重庆区县经济观察", "上半年，全市工业生产总值增长5%。", text)
    assert [(f.region_name, f.indicator_text, f.measure, f.value) for f in doc.facts][-1] == (
        "渝北区",
        "GDP",
        "level",
        1107.3,
    )


def test_each_item_of_a_ranked_list_states_its_places_values() -> None:
    items = ["1、渝北区, 1107.3亿 ,增速 6.2%", "2、九龙坡区, 816.5亿 ,增速 5.6%"]
    doc = digest("重庆区县经济观察", "一、2023年上半年各区县GDP排名:", *items)
    by_place = {(f.region_name, f.measure): (f.indicator_text, f.value) for f in doc.facts}
    assert by_place == {
        ("渝北区", "level"): ("GDP", 1107.3),
        ("渝北区", "growth_pct"): ("GDP增速", 6.2),
        ("九龙坡区", "level"): ("GDP", 816.5),
        ("九龙坡区", "growth_pct"): ("GDP增速", 5.6),
    }


def test_values_of_a_group_of_places_are_set_apart_and_a_place_in_a_group_keeps_its_own() -> None:
    doc = digest(
        "重庆区县经济观察",
        "数据显示，渝西八区经济名义增长仅次于渝东南片区，为6.84%，经济总量占重庆总量的25.39%。",
        "位于渝东南板块的酉阳县，GDP增速高达13.6%。东部地区恢复势头向好，江北区同比增长12.8%。",
    )
    assert [(f.region_name, f.value) for f in doc.facts] == [("酉阳土家族苗族自治县", 13.6), ("江北区", 12.8)]
    kinds = {n.number_text: n.kind for n in doc.numbers}
    assert (kinds["6.84"], kinds["25.39"]) == ("grouping", "grouping")
    doc = digest(  # a group of a place's own (its counties) is neither the place nor one of them
        "沈阳市县域经济运行情况",
        "前三季度，沈阳市县域地区实现地区生产总值443.9亿元。康平县实现地区生产总值87.4亿元，增长1.3%。",
    )
    assert [(f.region_name, f.value) for f in doc.facts] == [("康平县", 87.4), ("康平县", 1.3)]
    doc = digest(  # the group goes on after a ；
        "沈阳市县域经济运行情况",
        "前三季度县域地区第一产业增加值实现103.9亿元，增长4.6%；第二产业增加值实现108.4亿元，增长1.7%。",
    )
    assert doc.facts == []
    assert {n.kind for n in doc.numbers if n.number_text in ("108.4", "1.7")} == {"grouping"}


def test_a_line_introducing_a_list_names_what_its_items_are_of() -> None:
    """根据官方数据，…各区县GDP如下： then 2. 龙泉驿区：1200.9亿元，增速9.00%: each item is
    that place's GDP and its growth."""
    doc = digest(
        "成都区县经济盘点",
        "根据官方数据，2023年上半年成都市各区县GDP如下：",
        "  1. 龙泉驿区:1200.9亿元,增速9.00%",
        "  2. 金牛区:1061亿元,增速7.70%",
    )
    assert facts(doc) == [
        ("龙泉驿区", "GDP", "level", 1200.9),
        ("龙泉驿区", "GDP增速", "growth_pct", 9.0),
        ("金牛区", "GDP", "level", 1061.0),
        ("金牛区", "GDP增速", "growth_pct", 7.7),
    ]
    # the same items under a line that announces no indicator are of none
    doc = digest("成都区县经济盘点", "各区县情况如下：", "  1. 龙泉驿区:1200.9亿元", "  2. 金牛区:1061亿元")
    assert facts(doc) == []


def test_a_rate_after_an_increment_is_of_the_indicator() -> None:
    doc = digest("广西经济盘点", "前三季度，广西GDP增量为697.47亿元，同比实际增速为3.6%。")
    assert ("广西壮族自治区", "GDP实际增速", "growth_pct", 3.6) in facts(doc)


def test_a_zone_the_gazetteer_does_not_hold_is_no_place_named_in_it() -> None:
    """成都高新区 is no part of 成都市's own figures, and 汉沽管理区 is not the district listed
    before it: their values keep no region (flagged for review) rather than a wrong one."""
    doc = digest(
        "成都区县经济盘点",
        "根据官方数据，2023年上半年成都市各区县GDP如下：",
        "  1. 成都高新区:1665.8亿元,增速10.00%",
        "  2. 龙泉驿区:1200.9亿元,增速9.00%",
    )
    assert [(r, m) for r, _, m, _ in facts(doc) if r != "龙泉驿区"] == [(None, "growth_pct")]
    doc = digest("唐山各区县GDP", "17、开平区, 350.1亿 ,增速 5.1%", "18、汉沽管理区, 35.9亿 ,增速 6.1%")
    assert ("开平区", "GDP增速", "growth_pct", 6.1) not in facts(doc)
    assert ("开平区", "GDP增速", "growth_pct", 5.1) in facts(doc)


def test_the_economy_of_a_place_growing_is_its_gdp_growing() -> None:
    """浙江的经济增速为8.3%, 福建经济增长11.3%: the economy's rate is GDP's, without the 的."""
    doc = digest("各省经济半年报", "上半年，浙江的经济增速为8.3%，福建经济则增长了11.3%。")
    got = [(f.region_name, f.indicator_text, f.indicator_code, f.value) for f in doc.facts]
    assert ("浙江省", "经济增速", "gdp", 8.3) in got
    assert ("福建省", "经济", "gdp", 11.3) in got


def test_an_aspect_named_before_its_values_is_what_they_are_of() -> None:
    """经济增速方面，滁州以5.5%领跑: the rates after 经济增速方面 are growth rates, though the
    title names GDP."""
    doc = digest("安徽各市GDP数据", "经济增速方面，滁州以5.5%领跑，池州以5.4%位列第二。")
    got = [(f.region_name, f.measure, f.indicator_code, f.value) for f in doc.facts]
    assert ("滁州市", "growth_pct", "gdp", 5.5) in got and ("池州市", "growth_pct", "gdp", 5.4) in got


def test_a_years_figures_with_年度_and_预计_after_the_place_have_a_plain_subject() -> None:
    doc = digest("安庆各县GDP", "2017年度桐城市预计GDP264.7亿元，增速8.5%。")
    assert [(f.region_name, f.indicator_text, f.period_code, f.qualifier) for f in doc.facts] == [
        ("桐城市", "GDP", "2017", "预计"),
        ("桐城市", "GDP增速", "2017", "预计"),
    ]


def test_the_number_of_a_standing_meeting_is_no_count() -> None:
    doc = digest("安居区经济运行", "11月4日，区长主持召开区政府四届83次常务会议，全区地区生产总值增长3.5%。")
    assert [(f.measure, f.value) for f in doc.facts] == [("growth_pct", 3.5)]


def test_the_average_of_the_place_compared_with_is_that_places_figure() -> None:
    """增幅略高于全省8.3%的平均水平: 8.3% is the province's growth of the indicator just stated,
    not a share of anything; so is 比全市平均的10.9% the city's (名义增速也就高达: 就 no part of it)."""
    doc = digest("大理州经济", "1至9月，大理州GDP完成568.09亿元、增长8.6%，增幅略高于全省8.3%的平均水平。")
    assert [(f.region_name, f.measure, f.value) for f in doc.facts] == [
        ("大理白族自治州", "level", 568.09),
        ("大理白族自治州", "growth_pct", 8.6),
        ("云南省", "growth_pct", 8.3),
    ]
    doc = digest("重庆各区县GDP", "2023年，万州区名义增速也就高达14.94%，比全市平均的10.9%高出4.04个百分点。")
    assert [(f.region_name, f.indicator_text, f.value) for f in doc.facts if f.measure == "growth_pct"] == [
        ("万州区", "GDP名义增速", 14.94),  # of the indicator the title names
        ("重庆市", "GDP名义增速", 10.9),
    ]

    doc = digest("山东各市GDP", "一季度，青岛、济宁、淄博等市的两年平均增速均低于全省的5.4%水平。")
    assert 5.4 not in [f.value for f in doc.facts]  # the province's, not the cities' nor a share
    assert {n.kind for n in doc.numbers if n.number_text == "5.4"} == {"benchmark"}
    doc = digest("各省GDP", "前三季度，湖北、海南等11个省份同比增速跑赢或持平于全国9.8%的增速。")
    assert doc.facts == []  # the nation's rate, quoted as the bar they reached
    assert {n.kind for n in doc.numbers if n.number_text == "9.8"} == {"benchmark"}


def test_a_price_index_is_a_level_not_a_share() -> None:
    doc = digest("宜城市统计公报", "全年，宜城市居民消费价格指数为98.7%，商品零售价格总指数为98%。")
    assert [(f.indicator_text, f.measure, f.value) for f in doc.facts] == [
        ("居民消费价格指数", "level", 98.7),
        ("商品零售价格总指数", "level", 98.0),
    ]


def test_a_place_goes_on_into_the_sentence_after_that_continues_it() -> None:
    """A sentence naming one place's office and no value (蚌埠市统计局公布了…情况。) gives its place
    to a 其中 after it; a part after a semicolon goes on with the place of the part before."""
    text = "\n".join(
        [
            "安徽16市2022年GDP数据公布",
            "近日，全省16市2022年GDP陆续出炉。值得注意的是，蚌埠市统计局公布了2022年经济运行情况。"
            "其中，GDP达2012.3亿元，同比增长2%。",
            "数据显示，2022年，蚌埠固定资产投资同比增长0.5%；基础设施投资增长23.4%。",
        ]
    )
    doc = parse_document((text + "\n").encode("utf-8"), "digest.txt", META)
    assert {(f.region_name, f.indicator_text, f.value) for f in doc.facts} == {
        ("蚌埠市", "GDP", 2012.3),
        ("蚌埠市", "GDP", 2.0),
        ("蚌埠市", "固定资产投资", 0.5),
        ("蚌埠市", "基础设施投资", 23.4),
    }


def test_a_paragraph_opening_on_a_place_without_a_value_is_about_that_place() -> None:
    """武清区作为…桥头堡。2018年实现地区生产总值…: the district's; so is 排名第一的天河区同样…。
    上半年规模以上工业总产值…; a zone named after a place (璧山工业集中区) opens no paragraph of its own."""
    doc = digest(
        "2018年重庆各区县GDP",
        "主城新区中，江津区作为川渝两省市的交汇点，是重要核心区。2018年实现地区生产总值1226.5亿元。",
        "GDP总量排名第一的渝北区同样“逆势飘红”。上半年规模以上工业总产值380.68亿元，增长4.9%。",
        "璧山工业集中区正式揭牌。全年新开工项目90个。",
    )
    assert [(f.region_name, f.value) for f in doc.facts] == [
        ("江津区", 1226.5),
        ("渝北区", 380.68),
        ("渝北区", 4.9),
        ("重庆市", 90.0),
    ]


def test_a_paragraph_opening_on_the_province_above_the_text_stays_the_texts() -> None:
    """年初以来，吉林省东丰县委…取得了首季开门红。…其中，地方级财政收入…: the county's, not 吉林's."""
    text = (
        "一季度东丰县经济实现跨越式发展\n年初以来，吉林省东丰县委、县政府狠抓税源项目建设，取得了首季开门红。"
        "截至3月末，全口径财政收入完成11042万元。其中，地方级财政收入完成7289万元，同比增长63.7%。\n"
    )
    doc = parse_document(text.encode("utf-8"), "news.txt", META)
    assert {f.region_name for f in doc.facts} == {"东丰县"}


def test_a_scope_word_means_the_place_whose_bureau_the_sentence_names() -> None:
    """杭州城市风光 (a caption) over 深圳市统计局发布消息，…全市地区生产总值…: 全市 is 深圳, as
    杭州市统计局发布数据，…全市生产总值… is 杭州."""
    doc = digest(
        "杭州城市风光。",
        "7月27日，深圳市统计局发布消息，2023年上半年全市地区生产总值为16297.60亿元，同比增长6.3%。",
        "7月20日，杭州市统计局发布数据，上半年全市生产总值9602亿元，同比增长6.9%。",
    )
    got = [(f.region_name, f.value) for f in doc.facts]
    assert got == [("深圳市", 16297.6), ("深圳市", 6.3), ("杭州市", 9602.0), ("杭州市", 6.9)]
    doc = digest(  # 分产业看，…: the sectors of the place the sentence before named
        "杭州城市风光。",
        "7月27日，武汉市统计局发布数据，上半年，全市地区生产总值9503.33亿元，比上年同期增长5.0%。"
        "分产业看，第一产业增加值189.39亿元，比上年同期增长3.8%。",
    )
    assert {f.region_name for f in doc.facts} == {"武汉市"}


def test_a_place_ranked_in_words_then_its_value_alone() -> None:
    """…红桥区GDP较低，其中红桥区位于全市最后，仅有209.0亿元: the ranked place's GDP; 其面积并不大，
    仅61.1平方公里 takes no indicator from before."""
    doc = digest(
        "天津各区GDP",
        "2018年，天津各区GDP出炉。河北区和红桥区GDP较低，其中红桥区位于全市最后，仅有209.0亿元。"
        "以和平区为例，其面积并不大，仅61.1平方公里。",
    )
    assert [(f.region_name, f.indicator_text, f.value) for f in doc.facts] == [("红桥区", "GDP", 209.0)]


def test_a_places_value_after_de_has_no_de_in_its_wording() -> None:
    """邳州市的GDP…，在2024年的GDP为1108.22亿元: GDP, not 的GDP."""
    doc = digest("徐州各区县GDP", "2024年，邳州市的GDP也在1000亿元以上，在2024年的GDP为1108.22亿元。")
    assert [(f.region_name, f.indicator_text) for f in doc.facts if f.value == 1108.22] == [("邳州市", "GDP")]


def test_adverbs_before_a_places_value_leave_it_the_indicator_stated_before() -> None:
    """处于第1的铁西区已经突破1200亿元，最低的康平县仅仅125.2亿元: each place's GDP."""
    doc = digest(
        "沈阳各区GDP", "2022年沈阳各区GDP出炉。处于第1的铁西区已经突破1200亿元，最低的康平县仅仅125.2亿元。"
    )
    assert [(f.region_name, f.indicator_text, f.value) for f in doc.facts] == [
        ("铁西区", "GDP", 1200.0),
        ("康平县", "GDP", 125.2),
    ]


def test_groups_of_places_listed_before_respectively_have_no_values_of_a_place() -> None:
    """关中、陕北和陕南…分别为…，同比分别增长…: groups of places, each value a grouping; 外资及县域投资
    分别增长…: kinds of investment, the place's."""
    doc = digest(
        "陕西县域经济",
        "2019年，关中、陕北和陕南实现县域生产总值分别为4339.28亿元、4182.45亿元和2434.69亿元，"
        "同比分别增长2.7%、6.5%和6.6%。全省外资及县域投资分别增长66.2%、49.1%。",
    )
    assert [f.value for f in doc.facts] == [66.2, 49.1]
    assert {n.kind for n in doc.numbers if n.number_text in ("4339.28", "2.7", "6.6")} == {"grouping"}


def test_places_called_these_cities_share_the_indicator_after_the_words() -> None:
    """曲靖、红河、玉溪这几个城市GDP总值也达到1千亿元以上: each city's GDP总值, not 几个城市GDP总值."""
    doc = digest("云南各城市GDP", "2018年前三季度，曲靖、红河、玉溪这几个城市GDP总值也达到1千亿元以上。")
    assert {f.indicator_text for f in doc.facts} == {"GDP总值"} and len(doc.facts) == 3


def test_places_counted_in_the_clause_before_share_the_value_all_reach() -> None:
    """而绵阳、德阳、宜宾3市齐头并进，上半年GDP总量均突破1000亿元: each of the three, not 成都."""
    doc = digest(
        "四川各市GDP",
        "上半年，成都GDP总量7702.37亿元。而绵阳、德阳、宜宾3市齐头并进，上半年GDP总量均突破1000亿元。",
    )
    assert [f.region_name for f in doc.facts if f.value == 1000] == ["绵阳市", "德阳市", "宜宾市"]
