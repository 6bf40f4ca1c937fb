"""Digests that rank provinces or cities: the bar places are counted by, places listed with
a bare rate, places that share one value, a place described by a clause before its values,
and names that hold numbers; and the years such texts leave to be inferred."""

from __future__ import annotations

import json

import pytest

from dagster_project.textcore.models import ParsedDocument
from dagster_project.textcore.pipeline import parse_document
from tests.textcore.test_digests import digest

META = json.dumps({"published": "2019-07-20"}).encode("utf-8")
TITLE = "上半年各省份GDP数据揭晓"


def parse(*paragraphs: str, meta: bytes | None = META) -> ParsedDocument:
    text = "\n\n".join([TITLE, *paragraphs]) + "\n"
    return parse_document(text.encode("utf-8"), "ranking.txt", meta)


def facts(doc: ParsedDocument) -> list[tuple]:
    return [(f.region_name, f.indicator_text, f.measure, f.value) for f in doc.facts]


def test_the_bar_places_are_counted_by_is_no_value_and_the_count_no_subject() -> None:
    doc = parse("有3省区上半年GDP增速达到9%。其中，云南增长9.2%，居全国第一位。")
    assert [(f[0], f[2], f[3]) for f in facts(doc)] == [("云南省", "growth_pct", 9.2)]
    assert facts(doc)[0][1].startswith("GDP")
    doc = parse("21个市州中有16个市州GDP增速跑赢全省，其中9个市州的增速达到或超过6%，凉山增长8.1%。")
    assert [f[3] for f in facts(doc)] == [8.1]
    assert {n.number_text: n.kind for n in doc.numbers}["6"] == "threshold"
    doc = parse("广东实现地区生产总值88009.86亿元。总量超过3万亿元的还包括四川、福建、湖北和上海。")
    assert [f[3] for f in facts(doc)] == [88009.86]
    assert {n.number_text: n.kind for n in doc.numbers}["3"] == "threshold"


def test_places_joined_by_and_share_the_value() -> None:
    doc = parse("上半年，全国GDP增速为6.3%。贵州和西藏均增长9.0%，并列第二。")
    assert [f[0] for f in facts(doc) if f[3] == 9.0] == ["贵州省", "西藏自治区"]


def test_a_bare_rate_of_places_listed_before_takes_the_indicator_stated_last() -> None:
    doc = parse("上半年，云南GDP增速为9.2%。吉林、黑龙江、天津位列最后三名，增速分别为2.0%、4.3%、4.6%。")
    assert facts(doc)[1:] == [
        ("吉林省", "GDP增速", "growth_pct", 2.0),
        ("黑龙江省", "GDP增速", "growth_pct", 4.3),
        ("天津市", "GDP增速", "growth_pct", 4.6),
    ]


def test_a_rate_held_equal_to_another_is_no_growth_of_zero() -> None:
    assert facts(parse("共有16地GDP增速跑赢全国，北京与全国增速持平。")) == []
    assert facts(parse("其中，宁夏GDP增速与全国上半年GDP增速持平。")) == []
    held = parse("上半年，青海社会消费品零售总额增长6.9%，与全国增速基本持平。")  # 基本: as near as said
    assert [(f.measure, f.value) for f in held.facts] == [("growth_pct", 6.9)]
    equal = parse("北京、上海GDP增速与全国持平为6.7%。")  # the value said is their own rate
    assert [(f.region_name, f.indicator_text, f.measure) for f in equal.facts] == [
        ("北京市", "GDP增速", "growth_pct"),
        ("上海市", "GDP增速", "growth_pct"),
    ]


def test_a_rate_at_which_a_place_grew_and_the_rate_it_is_set_against_are_rates() -> None:
    """西藏以11.7%的增速位居首位: a growth rate; 增速10.3%，较一季度的10.6%略有下降: the first
    quarter's rate, not a share."""
    doc = parse("上半年，西藏以11.7%的增速位居首位。天津上半年GDP增速10.3%，较一季度的10.6%略有下降。")
    assert [(f[0], f[2], f[3]) for f in facts(doc)] == [
        ("西藏自治区", "growth_pct", 11.7),
        ("天津市", "growth_pct", 10.3),
        ("天津市", "growth_pct", 10.6),
    ]
    assert doc.facts[-1].period_code.endswith("-Q1")


def test_the_aspect_an_opening_names_is_what_the_values_after_it_are() -> None:
    doc = parse("在GDP同比增速方面，云南以9.2%领跑，贵州、西藏紧随其后。")
    assert [(f[0], f[2], f[3]) for f in facts(doc)] == [("云南省", "growth_pct", 9.2)]


def test_a_number_inside_a_short_quoted_name_is_no_value() -> None:
    doc = parse(
        "从各地数据看，上半年，广东是“5万亿元俱乐部”的唯一成员，GDP总量约为5.05万亿元。"
        "江苏、山东GDP总量均跨过4万亿元关口。"
    )
    assert facts(doc)[0] == ("广东省", "GDP总量", "level", 5.05)
    assert "5" not in [n.number_text for n in doc.numbers if n.kind == "fact"]
    # a quoted speech is read as any text
    doc = parse("他说：“上半年，广东GDP总量约为5.05万亿元，增长6.5%。”")
    assert [f[3] for f in facts(doc)] == [5.05, 6.5]


def test_a_clause_ending_in_the_place_it_describes_places_the_values_after_it() -> None:
    doc = parse(
        "从增速看，凉山以8.1%的增速领跑市州。去年经济总量突破3000亿元的宜宾，一季度地区生产总值增长6.7%。"
    )
    assert ("宜宾市", "地区生产总值", "growth_pct", 6.7) in facts(doc)


def test_a_two_character_county_name_counts_only_as_a_word() -> None:
    text = "在市委、市政府和县委的正确领导下，全县经济运行平稳。一季度全县实现生产总值14.75亿元。"
    assert [f.region_name for f in parse(text).facts] == [None]
    assert [f.region_name for f in parse("和县一季度实现生产总值14.75亿元。").facts] == ["和县"]


def test_places_named_after_的是_are_the_subjects_of_the_values_listed_with_them() -> None:
    doc = parse("地区生产总值位列前三的是昆明市7222.50亿元、曲靖市3393.91亿元、红河州2742.12亿元。")
    assert [(f[0], f[1], f[3]) for f in facts(doc)] == [
        ("昆明市", "地区生产总值", 7222.5),
        ("曲靖市", "地区生产总值", 3393.91),
        ("红河哈尼族彝族自治州", "地区生产总值", 2742.12),
    ]


def test_a_place_after_a_count_of_places_takes_the_indicator_its_sentence_names() -> None:
    doc = parse(
        "从地区生产总值来看，上半年的生产总值上了5000亿元的地区共有2个，青岛市以7070.4亿元占据榜首，"
        "同比增长3.7%。省会济南市以生产总值5481.3亿元位列其后，同比增长2.7%。"
    )
    assert [(f[0], f[1], f[3]) for f in facts(doc) if f[3] > 3] == [
        ("青岛市", "地区生产总值", 7070.4),
        ("青岛市", "地区生产总值", 3.7),
        ("济南市", "生产总值", 5481.3),
    ]


def test_the_year_of_a_ranking_is_no_period_and_a_tie_goes_to_the_place_of_the_texts_level() -> None:
    doc = parse(
        "“2016年度福建省县域经济实力十强”评价结果日前揭晓，福清位居第三。",
        "2015年，我市紧抓福建自贸试验区、福州新区的政策优势，全市经济总体保持平稳增长态势。"
        "福清实现地区生产总值783.27亿元，增长9.1%。",
        meta=None,
    )
    assert [(f.region_name, f.period_code) for f in doc.facts] == [("福清市", "2015")] * 2


def test_the_bar_before_a_count_of_places_and_the_aspect_a_ranking_list_is_of() -> None:
    doc = parse(
        "从GDP规模来看，全省年超过千亿元的共有11个县(市、区)，其中，青岛占据5席，"
        "位前三名分别为青岛黄岛区(3212.7亿元)、济南历下区(1333亿元)和青岛即墨区(1310.6亿元)。"
    )
    assert [(f[0], f[1], f[3]) for f in facts(doc)] == [
        ("黄岛区", "GDP规模", 3212.7),
        ("历下区", "GDP规模", 1333.0),
        ("即墨区", "GDP规模", 1310.6),
    ]
    assert {n.number_text: n.kind for n in doc.numbers}["千"] == "threshold"


def test_the_members_of_a_count_share_no_value_and_a_bracket_list_takes_the_sentences_indicator() -> None:
    doc = parse(
        "一季度GDP超过万亿的省份有11个，分别是广东、江苏、山东、浙江、河南、四川、福建、湖南、湖北、安徽、上海，"
        "比去年同期多3个，即湖北(10804.66亿元)、安徽(10347.7亿元)、上海(10010.25亿元)。"
    )
    assert [(f[0], f[1], f[3]) for f in facts(doc) if f[2] == "level"] == [
        ("湖北省", "GDP", 10804.66),
        ("安徽省", "GDP", 10347.7),
        ("上海市", "GDP", 10010.25),
    ]
    assert not [f for f in facts(doc) if f[3] == 3]


def test_the_rate_of_a_place_compared_with_is_that_places() -> None:
    doc = parse("数据显示，广东一季度GDP同比增长3.3%，比江苏4.6%的增速低了1.3个百分点。")
    assert [(f[0], f[2], f[3]) for f in facts(doc)] == [
        ("广东省", "growth_pct", 3.3),
        ("广东省", "pp_change", 1.3),
        ("江苏省", "growth_pct", 4.6),
    ]


def test_a_street_named_after_a_place_is_not_the_place() -> None:
    doc = parse("1至9月份，全县完成生产总值49.2亿元。加快启动朝阳街、市民广场建设。", meta=None)
    assert [f.region_name for f in doc.facts] == [None]


def test_a_site_named_after_a_place_is_not_the_place() -> None:
    """全市…。成立云冈石窟保护基金会，文旅收入增长30%: 云冈石窟 is a site, not 云冈区."""
    doc = parse(
        "2024年，大同市全市地区生产总值增长5%。成立云冈石窟保护基金会，云冈研究院项目获奖，文旅收入增长30%。",
        meta=None,
    )
    assert {f.region_name for f in doc.facts} == {"大同市"}


def test_a_kind_of_work_named_like_a_place_is_not_the_place() -> None:
    """建安工程投资 is building and installation work, not 建安区's investment."""
    doc = parse("一季度，全区实现地区生产总值664.3亿元。建安工程投资增长54.2%。", meta=None)
    assert [f.region_name for f in doc.facts] == [None, None]


def test_a_name_inside_a_word_before_a_list_mark_is_no_place() -> None:
    """国家绿色能源示范县、国家小农水重点县: 范县 inside 示范县 is no listed place."""
    text = "2010年，全县财政收入增长20%。国家绿色能源示范县、国家小农水重点县等项目获批实施。"
    doc = parse(text, meta=None)
    assert [f.region_name for f in doc.facts] == [None]


def test_a_region_of_several_named_like_a_place_is_not_the_place() -> None:
    """璧山地处成渝地区双城经济圈: 双城经济圈 is no 双城区; the text is 璧山区's."""
    doc = parse(
        "前三季度，全区实现GDP517.6亿元。璧山地处成渝地区双城经济圈的核心区域，全区工业增长4.6%。", meta=None
    )
    assert {f.region_name for f in doc.facts} == {"璧山区"}


def test_common_words_inside_an_enumeration_or_after_an_amount_are_no_places() -> None:
    """…结构、惠民生、防风险 (惠民县), 首次突破20亿元大关 (大关县): words, not places."""
    doc = parse(
        "前三季度，全县坚持稳增长、调结构、惠民生、防风险，财政收入首次突破20亿元大关，增长9.5%。", meta=None
    )
    assert {f.region_name for f in doc.facts} == {None}
    doc = parse("前三季度，全县干部群众同心同德、拼搏实干，全县GDP增长5.2%。", meta=None)  # no 同德县
    assert {f.region_name for f in doc.facts} == {None}


def test_a_dateless_text_looking_back_is_of_the_year_before_its_plan() -> None:
    doc = parse(
        "代表们认为，报告总结过去一年的工作实事求是，提出了2019年的发展目标贴近实际。",
        "预计全年实现地区生产总值300亿元，增长7.9%。",
        meta=None,
    )
    assert [f.period_code for f in doc.facts] == ["2018", "2018"]


def test_the_year_of_an_event_is_no_period_and_the_end_of_a_span_is_reached() -> None:
    doc = parse(
        "盘龙区于1956年建区。国内生产总值从2012年的732亿元到2018年1115.4亿元，年均增长8.2%。",
        meta=json.dumps({"published": "2019-08-20"}).encode("utf-8"),
    )
    assert [(f.period_code, f.value) for f in doc.facts if f.measure == "level"] == [
        ("2012", 732.0),
        ("2018", 1115.4),
    ]


def test_a_bracketed_list_after_a_count_of_places_and_the_values_paired_with_it_after() -> None:
    doc = parse(
        "上半年全市7个平川县市区对全市经济贡献率分别为洪洞县(23.9%)、尧都区(16.9%)和侯马市(0.5%)，"
        "对全市GDP拉动力分别为6.0、4.3和0.1个百分点。",
        meta=json.dumps({"published": "2010-09-28"}).encode("utf-8"),
    )
    assert facts(doc) == [
        ("洪洞县", "对全市经济贡献率", "share_pct", 23.9),
        ("尧都区", "对全市经济贡献率", "share_pct", 16.9),
        ("侯马市", "对全市经济贡献率", "share_pct", 0.5),
        ("洪洞县", "对全市GDP拉动力", "pp_change", 6.0),
        ("尧都区", "对全市GDP拉动力", "pp_change", 4.3),
        ("侯马市", "对全市GDP拉动力", "pp_change", 0.1),
    ]
    assert {n.number_text: n.kind for n in doc.numbers}["7"] == "quantifier"


def test_the_total_of_all_places_counted_is_a_value_and_china_is_no_period_word() -> None:
    doc = parse("17个县(市、区)经济总量合计达到420亿元，增长了20.9%。上半年中国GDP同比增长6.3%。")
    assert [f.value for f in doc.facts] == [420.0, 20.9, 6.3]
    assert all(f.indicator_text.endswith("经济总量") and "、" not in f.indicator_text for f in doc.facts[:2])
    assert (doc.facts[2].region_name, doc.facts[2].indicator_text) == ("中华人民共和国", "GDP")


def test_a_city_whose_name_ends_in_du_and_a_year_written_without_nian_open_their_subjects() -> None:
    """成都以6111.4亿元位列第二: 成都, not 成 with 都 (all) cut off; 2017上半年沈阳GDP总量: 沈阳's."""
    doc = parse(
        "广州以9891.48亿元居26省会城市之首，成都以6111.4亿元位列第二。",
        "2017上半年沈阳GDP总量为2412.3亿元，同比下降0.4%。",
    )
    assert [(f[0], f[3]) for f in facts(doc)] == [
        ("广州市", 9891.48),
        ("成都市", 6111.4),
        ("沈阳市", 2412.3),
        ("沈阳市", -0.4),
    ]


def test_places_joined_before_their_indicator_each_take_the_value() -> None:
    """福建和湖北的GDP增速为6.7%: both places; 福建和上海首次跨过3万亿元: of the indicator before."""
    doc = parse("上半年，江西GDP增速为6.9%，福建和湖北的上半年GDP增速为6.7%。")
    assert facts(doc)[1:] == [
        ("福建省", "GDP增速", "growth_pct", 6.7),
        ("湖北省", "GDP增速", "growth_pct", 6.7),
    ]
    doc = parse("浙江GDP首次突破5万亿元，福建和上海首次跨过3万亿元。")
    assert [(f[0], f[1]) for f in facts(doc)[1:]] == [("福建省", "GDP"), ("上海市", "GDP")]


def test_a_listed_group_naming_its_indicator_does_not_take_the_one_before() -> None:
    doc = parse("江西GDP增速为6.9%。贵州、山西、海南上半年GDP增速均达到6.0%。")
    assert {f[1] for f in facts(doc)} == {"GDP增速"}


def test_a_rate_written_before_its_period_and_noun_is_that_noun() -> None:
    """江西以6.9%的上半年GDP增速位居第二: a growth rate of GDP, not a share."""
    doc = parse("江西以6.9%的上半年GDP增速位居第二。")
    assert facts(doc) == [("江西省", "GDP增速", "growth_pct", 6.9)]


def test_a_place_that_follows_in_rank_is_the_subject_of_the_value_after_it() -> None:
    """江苏上半年GDP紧随其后，达到27859亿元: 江苏's GDP, not the indicator of the place before."""
    doc = parse("广东上半年生产总值28498.79亿元，位居第一；江苏上半年GDP紧随其后，达到27859亿元。")
    assert facts(doc)[1] == ("江苏省", "GDP", "level", 27859.0)


def test_a_group_of_regions_is_no_subject_and_the_nation_is_not_carried_to_a_place() -> None:
    """中西部地区表现亮眼，西藏以7.1%的增速…; 湖北增速为6%: the GDP rate of each, not of the
    regions' group or of 全国; 前十位合计… is the sum of a group, no place's fact."""
    doc = parse(
        "上半年全国GDP增长5.2%。其中，中西部地区表现亮眼，西藏以7.1%的增速位列第一。"
        "前十位合计实现生产总值超60万亿元。湖北增速为6%。"
    )
    assert facts(doc)[1:] == [
        ("西藏自治区", "GDP增速", "growth_pct", 7.1),
        ("湖北省", "GDP增速", "growth_pct", 6.0),
    ]


def test_a_places_figure_set_against_the_rate_above_it_is_a_rate() -> None:
    """除了广东4.1%低于全国增速、福建5.2%与全国增速持平外: growth rates of both."""
    doc = parse("上半年全国GDP增长5.2%。除了广东4.1%低于全国增速、福建5.2%与全国增速持平外，其余都高于全国。")
    assert [(f[0], f[2], f[3]) for f in facts(doc)[1:]] == [
        ("广东省", "growth_pct", 4.1),
        ("福建省", "growth_pct", 5.2),
    ]


def test_a_concessive_opening_is_no_part_of_the_subject() -> None:
    """尽管上半年GDP总量为1785.18亿，…: GDP总量, not 尽管…."""
    doc = parse("尽管上半年GDP总量为1785.18亿，增长3.4%，增速略显平淡。")
    assert {f[1] for f in facts(doc)} == {"GDP总量"}


def test_a_zone_following_in_rank_is_not_the_city_it_is_named_after() -> None:
    doc = parse("昆山市以5615.34亿元的GDP一骑绝尘，苏州工业园区紧跟其后，达到4163.09亿元。")
    assert ("苏州市", 4163.09) not in [(f[0], f[3]) for f in facts(doc)]


def test_the_nations_figure_is_no_places_and_its_name_is_not_carried_to_places() -> None:
    """全国GDP增长5.3%: the nation's (中华人民共和国), not of the province the text is about; 贵州和
    天津都是5.3%: their GDP; a rate of places named alone is measured as their subject, not as a share."""
    doc = parse("上半年，全国GDP增长5.3%。贵州和天津都是5.3%，与全国增速持平。", meta=None)
    got = facts(doc)
    assert got[0] == ("中华人民共和国", "GDP", "growth_pct", 5.3)
    assert [(f[0], f[1]) for f in got[1:]] == [("贵州省", "GDP"), ("天津市", "GDP")]
    doc = parse("上半年，共有20个省份经济增速超过5.3%的全国增速，贵州和天津都是5.3%，与全国增速持平。")
    assert [(f[0], f[2]) for f in facts(doc)] == [("贵州省", "growth_pct"), ("天津市", "growth_pct")]


def test_a_place_written_before_one_inside_it_gives_the_value_to_the_inner_one() -> None:
    """南昌南昌县2018年GDP667亿元: 南昌县's GDP, not 南昌市's."""
    doc = parse(
        "江西十强县出炉。",
        "1. 南昌南昌县 2018年GDP667亿元 增长率9.5%",
        "2. 宜春丰城市 2018年GDP423.7亿元 增长率8.6%",
    )
    assert [(f[0], f[1], f[3]) for f in facts(doc)] == [
        ("南昌县", "GDP", 667.0),
        ("南昌县", "GDP增长率", 9.5),
        ("丰城市", "GDP", 423.7),
        ("丰城市", "GDP增长率", 8.6),
    ]


def test_a_place_described_before_its_indicator_is_the_values_place() -> None:
    """地处新疆“东大门”的哈密市完成生产总值37亿元: 哈密市's 生产总值."""
    doc = parse("上半年，地处新疆“东大门”的哈密市完成生产总值37亿元，增长7.3%。")
    assert [(f[0], f[1]) for f in facts(doc)] == [("哈密市", "生产总值"), ("哈密市", "生产总值")]


def test_what_places_were_counted_by_against_a_goal_is_what_their_rates_are_of() -> None:
    """13个市县旅游接待同比增幅达到或超过全省10%的目标。其中，白沙同比增幅56%，其次分别是屯昌
    51.9%、定安33.8%: the tourism growth of each place; the goal is no fact."""
    doc = parse(
        "1—7月，海南18个市县中共有13个市县旅游接待同比增幅达到或超过全省10%的目标。"
        "其中，白沙同比增幅56%，为全省最高，其次分别是屯昌51.9%、定安33.8%。"
    )
    assert [(f[0], f[1], f[3]) for f in facts(doc)] == [
        ("白沙黎族自治县", "旅游接待同比增幅", 56.0),
        ("屯昌县", "旅游接待同比增幅", 51.9),
        ("定安县", "旅游接待同比增幅", 33.8),
    ]


def test_a_places_rank_before_its_name_is_no_part_of_the_subject() -> None:
    """第二城赣州前三季度GDP为3274亿: 赣州市's GDP."""
    doc = parse("第二梯队：第二城赣州上半年GDP为3274亿。")
    assert facts(doc) == [("赣州市", "GDP", "level", 3274.0)]


def test_a_headline_in_brackets_is_no_subject_and_an_increment_is_of_the_indicator_before() -> None:
    """【…各市gdp排名一览】江西省上半年GDP为23214亿，增量1613亿: 江西's GDP and its increment."""
    doc = parse("【江西省地级市GDP经济发展情况 江西各市gdp排名一览】江西省上半年GDP为23214亿，增量1613亿。")
    got = [(f[0], f[1], f[3]) for f in facts(doc)]
    assert got == [("江西省", "GDP", 23214.0), ("江西省", "GDP增量", 1613.0)]


def test_a_place_whose_name_opens_with_and_and_a_rate_of_a_place_outdone() -> None:
    """和平区2023年GDP为670.76亿 (和 is the name's, no conjunction); 河东区增长4.5%，远超宝坻区的
    2.5%: 宝坻区's rate of the same indicator."""
    doc = parse(
        "2023年天津各区GDP。",
        "和平区2023年GDP为670.76亿，增长4.5%。河东区GDP增长4.6%，远超宝坻区的2.5%。",
        meta=None,
    )
    assert [(f[0], f[1], f[3]) for f in facts(doc)] == [
        ("和平区", "GDP", 670.76),
        ("和平区", "GDP", 4.5),
        ("河东区", "GDP", 4.6),
        ("宝坻区", "GDP", 2.5),
    ]


def test_places_before_a_list_of_amounts_named_after_them_and_their_rates_after() -> None:
    """零陵区与道县，分别以201.24亿和195.84亿的GDP排名第三和第四，增速分别为4.4%和4.0%; 宁远县的
    194.11亿GDP则仅增长0.2%: each place its GDP and its rate."""
    doc = parse(
        "零陵区与道县，分别以201.24亿和195.84亿的GDP排名第三和第四，增速分别为4.4%和4.0%。"
        "宁远县的194.11亿GDP则仅增长0.2%。",
        meta=json.dumps({"published": "2023-11-01", "source": "永州日报"}).encode(),
    )
    assert [(f[0], f[1], f[3]) for f in facts(doc)] == [
        ("零陵区", "GDP", 201.24),
        ("道县", "GDP", 195.84),
        ("零陵区", "GDP增速", 4.4),
        ("道县", "GDP增速", 4.0),
        ("宁远县", "GDP", 194.11),
        ("宁远县", "GDP", 0.2),
    ]


def test_a_mark_places_passed_is_a_lower_bound_of_the_indicator_before() -> None:
    """四川、湖北成功跨越2万亿，分别为27901亿元、26259.2亿元: GDP above 2万亿 for each, then each
    one's GDP."""
    doc = parse("上半年，广东GDP为62909.8亿元。四川、湖北成功跨越2万亿，分别为27901亿元、26259.2亿元。")
    got = [(f.region_name, f.indicator_text, f.value, f.qualifier) for f in doc.facts][1:]
    assert got == [
        ("四川省", "GDP", 2.0, "超"),
        ("湖北省", "GDP", 2.0, "超"),
        ("四川省", "GDP", 27901.0, None),
        ("湖北省", "GDP", 26259.2, None),
    ]


def test_the_place_a_superlative_picks_out_has_the_value_after_it() -> None:
    """各州市GDP增速最快的是曲靖，达到12%; a bare 增幅 is the rate of what went before, and
    增速最高的是西藏，增速为10.8% names the rate once (of GDP, the title says)."""
    doc = parse("上半年，云南各州市GDP增速最快的是曲靖，达到12%。")
    assert [(f.region_name, f.indicator_text, f.value) for f in doc.facts] == [("曲靖市", "GDP增速", 12.0)]
    doc = parse("上半年，临汾经济总量增长较快，增幅最低的是侯马市，同比增长1.3%。")
    assert [(f.region_name, f.indicator_text, f.value) for f in doc.facts] == [("侯马市", "经济总量", 1.3)]
    doc = parse("上半年，增速最高的是西藏，增速为10.8%。")
    assert [(f.region_name, f.indicator_text) for f in doc.facts] == [("西藏自治区", "GDP增速")]


def test_a_sentence_announcing_the_figures_of_places_names_what_they_are_of() -> None:
    """…披露了2020年各县地方财政收入情况。 then 长沙县以125.84亿元高居第一: the revenue of each."""
    doc = parse(
        "近日发布的统计年鉴披露了2020年湖南各县地方财政收入情况。长沙县以125.84亿元高居第一。"
        "浏阳市93.44亿元排名第二，宁乡市61.21亿元排名第三。",
        meta=json.dumps({"published": "2021-12-01"}).encode(),
    )
    got = [(f.region_name, f.indicator_text, f.indicator_code, f.value) for f in doc.facts]
    assert got == [
        ("长沙县", "地方财政收入", "fiscal_revenue", 125.84),
        ("浏阳市", "地方财政收入", "fiscal_revenue", 93.44),
        ("宁乡市", "地方财政收入", "fiscal_revenue", 61.21),
    ]


def test_a_place_ranked_by_its_rate_in_the_clause_of_its_value() -> None:
    """江北区以增速8.2%位列第一 and 增速最为缓慢的是渝中区3.0%: rates of the GDP stated before."""
    doc = parse(
        "上半年，重庆地区生产总值增长6.5%。其中，江北区以增速8.2%位列第一，渝北区7.2%紧随其后。"
        "增速最为缓慢的是渝中区3.0%。"
    )
    got = [(f.region_name, f.indicator_text, f.measure, f.value) for f in doc.facts][1:]
    assert got == [
        ("江北区", "地区生产总值增速", "growth_pct", 8.2),
        ("渝北区", "地区生产总值增速", "growth_pct", 7.2),
        ("渝中区", "地区生产总值增速", "growth_pct", 3.0),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "其他省辖市增幅分别为:安阳市-3.5%,鹤壁市0.7%,新乡市-0.6%。",  # each place its own clause
        "其他省辖市增幅分别为安阳市-3.5%、鹤壁市0.7%、新乡市-0.6%。",  # no colon before the places
        "其他省辖市分别增长:安阳市-3.5%,鹤壁市0.7%,新乡市-0.6%。",  # the verb before the colon
        "我市增幅在豫北五市排第4位，其他省辖市增幅分别为:安阳市-3.5%,鹤壁市0.7%,新乡市-0.6%。",
    ],
)
def test_places_after_a_rate_announced_for_them_take_rates(said: str) -> None:
    """增幅分别为：A x%，B y%: a rate for every place, also the one of them above zero, which
    alone would read as a share; a ranking within a group (在豫北五市排第4位) names no subject."""
    doc = digest("某市1—5月财政收支", "1—5月份，全市一般公共预算收入下降5.2%。" + said)
    got = [(f.region_name, f.measure, f.value) for f in doc.facts if f.region_name]
    rates = [("安阳市", "growth_pct", -3.5), ("鹤壁市", "growth_pct", 0.7), ("新乡市", "growth_pct", -0.6)]
    assert got == rates
    assert {f.indicator_code for f in doc.facts} == {doc.facts[0].indicator_code}


@pytest.mark.parametrize(
    "bar", ["过100亿元的县(市)有45个", "超过100亿元的县有45个", "过100亿元的市(区)共45个"]
)
def test_the_bar_places_are_counted_by_is_no_amount(bar: str) -> None:
    """GDP总量过100亿元的县(市)有45个: 100亿元 is the bar (no fact), 45 the count of places."""
    doc = digest("浙江各县市地区生产总值", f"2010年，浙江省GDP总量{bar}。")
    assert [(f.measure, f.value) for f in doc.facts] == [("count", 45.0)]
    assert "100亿元" in doc.facts[0].indicator_text
    assert {n.number_text: n.kind for n in doc.numbers}["100"] == "threshold"


def test_a_bar_passed_is_read_as_its_bound() -> None:
    """GDP过千亿元: an amount passing a mark, as 超过; 通过 holds no bound."""
    doc = digest("某市经济运行", "2019年，全市GDP过千亿元，人均过5万元，通过评审的项目12亿元。")
    got = [(f.value, f.unit, f.qualifier) for f in doc.facts]
    assert got == [(1000.0, "亿元", "超"), (5.0, "万元", "超"), (12.0, "亿元", None)]


def test_a_value_of_the_group_places_form_is_none_of_theirs() -> None:
    """青岛、烟台、东营三市进出口占比近7成: the group's share (no fact); the lists after it pair
    with its places, 均超千亿元 holds for each, and 合计占… is the group's total again."""
    doc = digest(
        "山东外贸进出口",
        "前11个月，青岛、烟台、东营三市进出口占比近7成，进出口均超千亿元，分别进出口4588.6亿元、"
        "2800.7亿元和1187.9亿元，分别增长17.9%、7.6%和32.2%，合计占53.5%。",
    )
    got = [(f.region_name, f.measure, f.value) for f in doc.facts]
    assert got == [
        *((place, "level", 1000.0) for place in ("青岛市", "烟台市", "东营市")),
        ("青岛市", "level", 4588.6),
        ("烟台市", "level", 2800.7),
        ("东营市", "level", 1187.9),
        ("青岛市", "growth_pct", 17.9),
        ("烟台市", "growth_pct", 7.6),
        ("东营市", "growth_pct", 32.2),
    ]
    kinds = {n.number_text: n.kind for n in doc.numbers}
    assert (kinds["7"], kinds["53.5"]) == ("grouping", "grouping")


def test_how_many_places_a_list_holds_is_no_value_of_theirs() -> None:
    """江苏(苏州、南京、无锡)3座, 4座直辖市(上海、北京…): the count of the places listed, not each
    one's (kind quantifier)."""
    doc = digest(
        "万亿城市",
        "2023年，GDP万亿城市中有4座直辖市(上海、北京、重庆、天津)，江苏(苏州、南京、无锡)3座，广东(深圳、广州)2座。",
    )
    assert [f.value for f in doc.facts if f.region_name] == []
    kinds = {n.number_text: n.kind for n in doc.numbers}
    assert [kinds[k] for k in ("4", "3", "2")] == ["quantifier"] * 3


def test_a_bare_rate_from_one_period_to_another_is_of_the_indicator_stated() -> None:
    """云南省表现亮眼，涨幅由上半年的6.6%到前三季度的7.6%: a place said alone names no indicator,
    so 涨幅 is of the GDP stated before (GDP涨幅); 好于上半年 compares, no period of the values."""
    doc = parse(
        "29个省市中，北京、上海GDP增速与全国持平为6.7%。",
        "有12个省份的前三季度GDP增速好于上半年。其中，云南省表现亮眼，涨幅由上半年的6.6%到前三季度的7.6%，"
        "涨幅扩大1个百分点。",
        meta=b'{"published": "2016-11-10"}',
    )
    got = [(f.indicator_text, f.period_code, f.value) for f in doc.facts if f.region_name == "云南省"]
    rates = [("GDP涨幅", "2016-H1", 6.6), ("GDP涨幅", "2016-Q1Q3", 7.6), ("GDP涨幅", "2016-Q1Q3", 1.0)]
    assert got == rates


def test_a_place_described_by_its_rank_is_the_subject_of_the_values_after_it() -> None:
    """而排名第三的烟台市的增速是山东省各地市中最快的，生产总值为4349.9亿元: 烟台市's values."""
    doc = parse(
        "青岛市以7070.4亿元占据榜首，同比增长3.7%。而排名第三的烟台市的增速是山东省各地市中最快的，"
        "生产总值为4349.9亿元，同比增长4.5%。"
    )
    assert [f.region_name for f in doc.facts if f.value in (4349.9, 4.5)] == ["烟台市", "烟台市"]


def test_a_zone_in_a_ranking_is_a_place_of_its_own() -> None:
    """洋浦以增速14.2%位列第一，临高县12.2%…: 洋浦 (the 洋浦经济开发区 of the zones seed) ranks as a
    place; the counties after it take the rate of the GDP stated, not a 洋浦增速."""
    doc = parse(
        "今年上半年，海南地区生产总值1675.57亿元，同比增长8.0%。其中，洋浦以增速14.2%位列第一，"
        "临高县12.2%、东方市11.6%紧随其后。",
        meta=b'{"published": "2014-07-25"}',
    )
    got = [(f.region_name, f.value) for f in doc.facts if f.measure == "growth_pct"]
    assert got == [("海南省", 8.0), ("洋浦经济开发区", 14.2), ("临高县", 12.2), ("东方市", 11.6)]
    assert not any("洋浦" in f.indicator_text for f in doc.facts)


def test_a_count_of_places_is_not_what_the_values_after_it_are_of() -> None:
    """经济总量超过1万亿元的省份有10个，…分别是：广东13087.9亿元，江苏3011.5亿元: 经济总量 of each."""
    doc = parse(
        "上半年，全国GDP增长7.4%。在29个省份之中，经济总量超过1万亿元的省份有10个，跻身前三位的是东部沿海省份，"
        "分别是：广东13087.9亿元，江苏3011.5亿元，山东2808.3亿元。"
    )
    got = [(f.region_name, f.indicator_text) for f in doc.facts if f.measure == "level"]
    assert got == [("广东省", "经济总量"), ("江苏省", "经济总量"), ("山东省", "经济总量")]


def test_a_list_with_a_pages_commas_pairs_with_the_places_whose_rate_fell_below_a_bar() -> None:
    """吉林、河北、山西三个省份增速都跌破7%，分别报6.8%,5.8%,和5.5%: 7% is a bar fallen below
    (no value), the list set apart by ASCII commas is one list, and its values are the rates."""
    doc = parse("上半年，全国GDP增长7.4%。吉林、河北、山西三个省份增速都跌破7%，分别报6.8%,5.8%,和5.5%。")
    got = [(f.region_name, f.measure, f.value) for f in doc.facts]
    rates = [("吉林省", "growth_pct", 6.8), ("河北省", "growth_pct", 5.8), ("山西省", "growth_pct", 5.5)]
    assert got == [("中华人民共和国", "growth_pct", 7.4), *rates]
    assert {n.number_text: n.kind for n in doc.numbers}["7"] == "threshold"
