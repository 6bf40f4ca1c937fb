"""Context resolution: the document's place, what scope words mean, and where each fact's
region and period were read (clause, sentence, paragraph, section, document)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dagster_project.textcore.context.places import document_place, self_level
from dagster_project.textcore.context.scopes import scope_region
from dagster_project.textcore.pipeline import parse_document

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    ("text", "source", "place", "how"),
    [
        # the publisher is the place's own organ
        ("本报讯 前三季度，全县生产总值增长7.5%。", "今日房县", "房县", "publisher"),
        ("1—10月份，全市规模以上工业增加值同比增长3.4%。", "泉州市统计局", "泉州市", "publisher"),
        # a national portal's regional channel speaks for its region
        ("一季度全省生产总值7065.7亿元，增长7.7%。", "新浪安徽", "安徽省", "publisher"),
        ("全省规模以上工业增加值增长9%。", "人民网湖北频道", "湖北省", "publisher"),
        # a city paper on one of its districts: the title and 全区 name the district
        (
            "龙岗前三季度成绩单\n深圳新闻网11月14日讯 龙岗区前三季度地区生产总值增长11%，全区项目推进有力。",
            "深圳新闻网",
            "龙岗区",
            "title",
        ),
        # the same when only the body names the district, and the paper's dateline is no subject
        (
            "区人大会议开幕\n深圳新闻网1月24日讯(记者 胡安坤)1月24日上午9时，龙华区第一届人民代表大会"
            "第二次会议开幕，龙华区区长作政府工作报告。全区地区生产总值超过2100亿元，增长8.8%。",
            "深圳新闻网",
            "龙华区",
            "lead",
        ),
        # a paper named by its district's shortened name: 全区 says it is not the county 九龙
        ("九龙报讯 前三季度，全区地区生产总值实现1245.4亿元、增长10.6%。", "九龙报", "九龙坡区", "publisher"),
        ("九龙报讯 前三季度，全县地区生产总值实现45.4亿元、增长5.6%。", "九龙报", "九龙县", "publisher"),
        # a place named right before one inside it names that one
        ("编者按：10月24日，四川省成都市召开经济运行分析会。全市工业增长7.1%。", None, "成都市", "lead"),
        # the body names the city it speaks of, and 全市 says it is a city
        ("过去的一年，全市经济增长6.1%，邯郸数字经济产业园落地，邯郸名宴成为品牌。", None, "邯郸市", "lead"),
    ],
)
def test_the_place_a_document_is_about(gazetteer, text: str, source, place: str, how: str) -> None:
    found = document_place(_lines(text), gazetteer, meta_source=source)
    assert (found.region.name if found.region else None, found.source) == (place, how)


def test_metadata_names_the_place_first(gazetteer) -> None:
    found = document_place(
        _lines("全县经济稳中向好。"), gazetteer, meta_region="渝北区", meta_source="今日房县"
    )
    assert (found.region.name, found.source) == ("渝北区", "meta")


def test_a_digest_of_provinces_has_no_place_of_its_own(gazetteer) -> None:
    text = "前三季度，广东实现地区生产总值8.8万亿元，江苏、山东分别为8.5万亿元和6万亿元，湖北增长18.7%。"
    assert document_place(_lines(text), gazetteer).region is None
    # one province named more often than the others is still one of several the text reports on
    text = (
        "2017年GDP数据公布。其中，广东2017年GDP达8.99万亿元，连续29年居首位；广东之后，"
        "山东GDP首次突破7万亿元，浙江GDP首次突破5万亿元，广东、江苏两省占比都超过10%。"
    )
    assert document_place(_lines(text), gazetteer).region is None


def test_a_short_everyday_name_counts_only_when_nothing_else_names_a_place(gazetteer) -> None:
    """天桥 is also a word (a footbridge): read as 天桥区 only in a text of a district (全区)
    that names no other place; 新建 in a list of verbs in a city's text is no place."""
    speech = "今年以来，全区上下紧紧围绕天桥发展战略，全区经济保持增长。"
    assert document_place(_lines(speech), gazetteer).region.name == "天桥区"
    report = "我市经济平稳增长。改建、新建农村桥梁173座。"
    assert document_place(_lines(report), gazetteer).region is None


def test_a_text_of_its_level_named_once_late_in_its_body_is_that_places(gazetteer) -> None:
    """区政协…全区经济…。…上虞的整体影响力进一步提高: the text speaks as a district (全区), and the
    one district its body names, late and in short, is its own."""
    lead = "4月27日上午，区政协召开常委会议。\n今年以来，全区地区生产总值增长5%，全区经济持续向好。"
    middle = "\n".join(["会议听取了全区一季度经济社会发展情况通报，委员们围绕民生实事踊跃发言。"] * 12)
    text = f"{lead}\n{middle}\n顾世明表示，发展基本面进一步提升，上虞的整体影响力进一步提高。"
    assert document_place(_lines(text), gazetteer).region.name == "上虞区"


def test_a_ranking_does_not_say_what_a_text_calls_itself() -> None:
    assert self_level("工业投资增长30%、领跑全区，数量居全区第一。全市经济增长4%。") == "city"


def test_a_text_speaks_as_the_place_it_calls_mine_not_the_one_whose_meeting_it_reports(gazetteer) -> None:
    text = (
        "省委、省政府在全省县域经济工作会上通报表彰县市区，钟祥市进入表彰之列。去年，我省发布考核办法，"
        "全省县市区分为三类，我省考核。我市划为二类县市。2014年，我市地区生产总值增长10.3%，我市财政收入增长16.3%。"
    )
    assert self_level(text) == "city"
    assert document_place(_lines(text), gazetteer).region.name == "钟祥市"

    answering = (  # the organs a city answers to, and a ranking in quotes, say nothing of its level
        "省委、省政府出台赣州发展规划。在省委、省政府和市委的坚强领导下，全市上下坚持稳中求进，"
        "紧紧围绕省委部署，主要经济指标增幅保持全省“第一方阵”。"
    )
    assert self_level(answering) == "city"


@pytest.mark.parametrize(
    ("word", "anchor", "meant"),
    [
        ("区", "百色市", "广西壮族自治区"),  # 全区 in a city of an autonomous region
        ("市", "渝北区", "重庆市"),
        ("区", "渝北区", "渝北区"),
        ("县", "岱山县", "岱山县"),
        ("市", "简阳市", "简阳市"),  # a county-level city is its own 全市
        ("省", "龙岗区", "广东省"),
        ("县", "渝北区", None),  # a district has no 全县
    ],
)
def test_what_a_scope_word_means(gazetteer, word: str, anchor: str, meant) -> None:
    region = scope_region(word, gazetteer.lookup(anchor), gazetteer)
    assert (region.name if region else None) == meant


TEXT = """全县经济运行情况

上半年，全县地区生产总值增长6.1%，规上工业增加值增长8.4%。一季度固定资产投资增长9%。

社会消费品零售总额增长5.2%。

位于县城的开发区，工业投资增长12%。
"""


def test_each_fact_says_where_its_region_and_period_came_from(gazetteer) -> None:
    doc = parse_document(TEXT.encode(), "2025-07-25_report.txt", '{"region": "岱山县"}'.encode(), gazetteer)
    got = {
        f.indicator_text: (f.period_code, f.period_source, f.region_name, f.region_source) for f in doc.facts
    }
    assert got["地区生产总值"] == ("2025-H1", "sentence", "岱山县", "meta")
    assert got["规上工业增加值"] == ("2025-H1", "sentence", "岱山县", "meta")
    assert got["固定资产投资"] == ("2025-Q1", "clause", "岱山县", "meta")
    assert got["社会消费品零售总额"][:2] == ("2025-Q1", "section")


def test_a_value_is_located_apart_from_its_clause(gazetteer) -> None:
    doc = parse_document(TEXT.encode(), "2025-07-25_report.txt", '{"region": "岱山县"}'.encode(), gazetteer)
    fact = next(f for f in doc.facts if f.indicator_text == "地区生产总值")
    text = doc.decoded.text
    assert text[fact.value_start : fact.value_end] == "6.1%"
    assert text[fact.start : fact.end] == fact.evidence == "全县地区生产总值增长6.1%"


def test_the_frame_of_a_ranking_is_not_the_texts_place(gazetteer) -> None:
    text = "上半年，我市实现生产总值236.5亿元，同比增长5.8%，增幅居温州“三区两市”第二位。"
    assert document_place(_lines(text), gazetteer).region is None
    named = "上半年，我市实现生产总值236.5亿元，温州全市增长5.8%。"
    assert document_place(_lines(named), gazetteer).region.name == "温州市"


def test_a_digest_naming_many_provinces_besides_its_first_has_no_place_of_its_own(gazetteer) -> None:
    """A real digest of 31 provinces: 广东 opens the values, a dozen others follow in the body."""
    from pathlib import Path

    docs = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "own" / "docs"
    text = (docs / "F03_provinces_digest_2022q1.txt").read_text(encoding="utf-8")
    assert document_place(_lines(text), gazetteer).region is None


def test_a_tie_between_candidates_goes_to_the_one_of_the_level_the_text_names_itself_by(gazetteer) -> None:
    from dagster_project.textcore.context.choice import BODY, Tally, choose

    tally = Tally(gazetteer, False)
    fujian, fuqing = gazetteer.lookup("福建省"), gazetteer.lookup("福清市")
    tally.add(fujian, BODY, 2)
    tally.add(fuqing, BODY, 1)  # counts double: 我市 says the text is of a city
    assert tally.score[fujian.code] == 2 * tally.score[fuqing.code]
    assert choose(tally, gazetteer, "city") == fuqing


SHARED = (
    "2016年政府工作报告\n现在，我代表鼓楼区人民政府作工作报告。\n"
    "2015年，全区实现地区生产总值520亿元，增长8.5%。\n"
)


def test_a_name_several_districts_hold_keeps_its_name_without_a_code(gazetteer) -> None:
    """鼓楼区 is a district of 福州, 南京, 徐州 and 开封: a report naming no city keeps the name,
    leaves the code empty and flags the facts, instead of losing their place."""
    doc = parse_document(SHARED.encode(), "2016-01-20_report.txt", None, gazetteer)
    assert (doc.region_name, doc.region_code) == ("鼓楼区", None)
    assert "region_ambiguous" in doc.flags and "region_unknown" not in doc.flags
    gdp = next(f for f in doc.facts if f.indicator_text == "地区生产总值" and f.measure == "level")
    assert (gdp.region_name, gdp.region_code, gdp.period_code) == ("鼓楼区", None, "2015")
    assert gdp.confidence < 1.0


def test_a_city_named_beside_a_shared_name_tells_which_district_it_is(gazetteer) -> None:
    text = SHARED.replace("现在", "福州市鼓楼区。现在")
    doc = parse_document(text.encode(), "2016-01-20_r.txt", None, gazetteer)
    assert (doc.region_name, doc.region_code) == ("鼓楼区", "350102")
    assert "region_ambiguous" not in doc.flags


def test_shared_names_are_full_names_of_one_level_and_not_everyday_words(gazetteer) -> None:
    from dagster_project.textcore.context.shared_names import shared_names

    names = shared_names(gazetteer)
    assert {"鼓楼区", "西湖区", "朝阳区"} <= set(names)
    assert "城区" not in names  # 阳泉's and 长治's 城区, but also every town's
    assert "渝北区" not in names  # held by one division
    assert all(ref.shared and ref.known_code is None for ref in names.values())


def test_a_city_paper_on_a_county_that_is_now_a_city_goes_to_that_city(gazetteer) -> None:
    """广德县 became the county-level city 广德市 in 2019; a 2007 report in 宣城's paper says 全县."""
    text = (
        "宣城传媒网讯 4月25日,市委书记到广德就该县工业经济发展状况进行调研。\n"
        "汇报会上,广德县委书记做了详细汇报。2006年,全县实现生产总值50.7亿元,增长18.3%。\n"
    )
    place = document_place(_lines(text), gazetteer)
    assert place.region is not None and place.region.name == "广德市"


def test_in_a_text_of_a_province_another_province_opening_a_clause_is_a_peer(gazetteer) -> None:
    """重庆居首 in the title makes 重庆 the text's place; 贵州增速10.7% is still 贵州's."""
    text = (
        "上半年31省份GDP增速排名重庆居首\n重庆上半年以11%的增速位居全国首位。"
        "贵州增速10.7%。黑龙江、吉林GDP增速分别为5.1%和6.1%。\n"
    )
    doc = parse_document(text.encode(), "2015-08-13_digest.txt", None, gazetteer)
    assert [(f.region_name, f.value) for f in doc.facts] == [
        ("重庆市", 11.0),
        ("贵州省", 10.7),
        ("黑龙江省", 5.1),
        ("吉林省", 6.1),
    ]


def test_a_breadcrumb_is_the_sites_section_not_a_title(gazetteer) -> None:
    """首页 > 宁波 > 新闻 says where a page sits on its site: a place it names is as weak as a
    publisher's, so the district a district government's page is about (全区) is inside it."""
    page = (
        "您现在的位置:首页 > 开发区新闻 > 宁波 > 文字新闻\n区人大常委会召开年中重要情况通报会\n"
        "发布时间:2021-08-25  来源:宁波市奉化区人民政府\n上半年，全区实现地区生产总值369.9亿元，增长10.2%。"
    )
    assert document_place(_lines(page), gazetteer).region.name == "奉化区"
    # the section alone names the place a province's press release (全省) is about
    page = "您当前的位置 : 东北网 > 东北网黑龙江 > 经济\n上半年全省经济较快增长\n全省GDP增长12.1%。"
    assert document_place(_lines(page), gazetteer).region.name == "黑龙江省"


def test_a_place_written_before_one_inside_it_in_a_title_names_the_inner_one(gazetteer) -> None:
    title = "2009年襄阳市宜城市人民政府国民经济和社会发展统计公报\n2009年，全市经济呈现出增长快速的良好势头。"
    assert document_place(_lines(title), gazetteer).region.name == "宜城市"


def test_a_digest_of_a_provinces_cities_is_the_provinces(gazetteer) -> None:
    """广西及14个地级市…: a text naming a province and many of its cities, one of them (崇左)
    oftener than the rest, and saying 全市 of one, is about the province (a real digest)."""
    text = (CORPUS / "own" / "docs" / "AI08_guangxi_cities_digest_q1q3.txt").read_text(encoding="utf-8")
    assert document_place(_lines(text), gazetteer).region.name == "广西壮族自治区"


def test_the_whole_of_a_prefecture_is_no_county(gazetteer) -> None:
    """全州 in a 州's own text is the prefecture as a whole (全州GDP), not 全州县 of 桂林."""
    text = "州政府召开全州工业商贸稳增长工作会议。1至9月，全州GDP完成568.09亿元、增长8.6%，全州上下共同努力。"
    assert document_place(_lines(text), gazetteer).region is None


def test_a_report_given_for_a_government_is_about_its_place(gazetteer) -> None:
    """我代表龙岗区人民政府向大会作工作报告: the report is 龙岗区's, however often it names the
    city and the province around it."""
    text = (
        "各位代表:\n现在,我代表龙岗区人民政府向大会作工作报告,请予审议。\n"
        "深入学习贯彻对广东、深圳系列重要讲话精神,落实省委部署和市委要求,服务深圳全市大局,"
        "深圳东部中心建设提速,全市上下齐心。一年来,全区地区生产总值5901亿元,增长6.7%。"
    )
    assert document_place(_lines(text), gazetteer).region.name == "龙岗区"


def test_a_text_speaking_as_a_county_is_the_county_its_province_holds(gazetteer) -> None:
    """全县 and a county named once, past the lead (建田园嘉禾), beside its province named in a
    slogan of the lead (对湖南工作的重要讲话): the text is the county's, not the province's."""
    lead = (
        "同志们：刚才，书记的讲话客观总结了一年来的经济工作。"
        + "我们务必要深刻领会、坚决贯彻、狠抓落实。" * 12
    )
    text = (
        lead + "一年来，全县上下始终以习近平总书记对湖南工作的重要讲话精神为指导，紧紧围绕“兴产业铸都，"
        "建田园嘉禾”目标，全县主要经济指标保持稳定增长，地区生产总值增长8.4%。"
    )
    assert document_place(_lines(text), gazetteer).region.name == "嘉禾县"


def test_a_province_a_city_text_only_mentions_is_not_the_city(gazetteer) -> None:
    """我市深入贯彻…考察河南时重要讲话精神 and 全市 after: the text is an unnamed city's, never
    the province it mentions in passing."""
    text = (
        "前三季度，我市深入贯彻习近平总书记考察河南时重要讲话精神，推动经济延续稳中向好态势。"
        "前三季度全市实现地区生产总值2751.38亿元，同比增长6.4%。"
    )
    assert document_place(_lines(text), gazetteer).region is None


def test_a_municipality_a_districts_text_only_mentions_is_not_the_district(gazetteer) -> None:
    """在市委、市政府和区委坚强领导下…总书记对重庆提出的…: a district's report naming only its
    municipality, in a slogan; the district is unnamed, never 重庆市."""
    text = (
        "2018年，在市委、市政府和区委坚强领导下，在区人大、区政协监督支持下，我们认真落实总书记对重庆"
        "提出的“两点”定位，保持了经济持续健康发展。全区预计地区生产总值360亿元、增长8.5%。"
    )
    assert document_place(_lines(text), gazetteer).region is None


def test_a_question_for_a_title_names_the_texts_place(gazetteer) -> None:
    """福州最富的区县是哪个? over its counties' lines: a title asking, the city's digest."""
    text = (
        "福州最富的区县是哪个?\n福州最穷的区县哪个?\n你的家乡经济实力又排在第几?\n"
        "近日,小编查找福州市人民政府门户网站\n发现咱们大福州(2017年)上半年\nGDP总值为2806.85亿元\n"
        "比增9.0%,增速列全省第二\n来看看2017年上半年各区的经济发展成绩单\n"
        "永泰县2017年上半年GDP总值\n▼\n55.59亿元\n相比2016年二季度的50.96亿元有所上升"
    )
    assert document_place(_lines(text), gazetteer).region.name == "福州市"


def test_a_reposts_original_title_names_the_texts_place(gazetteer) -> None:
    """原标题:前三季度江西省GDP增速8.8% over …我省生产总值…: the province of the title it ran under."""
    text = "原标题:前三季度江西省GDP增速8.8%\n记者日前获悉,前三季度,我省生产总值15592.5亿元,同比增长8.8%。"
    assert document_place(_lines(text), gazetteer).region.name == "江西省"


def test_a_station_reporting_in_brackets_is_the_texts_publisher(gazetteer) -> None:
    """(蕲春广播电视台全媒体记者吴笙铭报道)一季度,我县…浠水县考察团来我县: 蕲春县's station."""
    text = (
        "(蕲春广播电视台全媒体记者吴笙铭报道)一季度,我县固定资产投资增速居全市第一位。4月3日,"
        "浠水县县委书记率浠水县党政考察团来我县交流学习项目建设经验。"
    )
    assert document_place(_lines(text), gazetteer).region.name == "蕲春县"


def test_a_name_that_is_a_common_word_gives_way_to_a_plain_name(gazetteer) -> None:
    """全县…集中有效资源…企业落户茶陵: 茶陵县, not 资源县 from 有效资源."""
    text = (
        "10月11日,县委书记主持召开县委常委会议,听取了1至9月份经济形势分析汇报。会议指出,"
        "各部门要动员一切力量,集中有效资源,狠抓项目建设,全县上下要引进一批企业落户茶陵。"
    )
    assert document_place(_lines(text), gazetteer).region.name == "茶陵县"


def test_a_title_naming_a_place_and_several_of_its_places_is_the_digest_of_that_place(gazetteer) -> None:
    """浙江十大强县尘埃落定！乐清重返第四，温岭仅排第六: the province's digest, not 乐清's."""
    text = "浙江十大强县尘埃落定！乐清重返第四，温岭仅排第六\n2023年，乐清实现地区生产总值1663.53亿元。"
    assert document_place(_lines(text), gazetteer).region.name == "浙江省"


def test_a_body_a_text_reports_on_is_the_innermost_place_it_names(gazetteer) -> None:
    """武汉市江岸区第十三届人民代表大会…: the district's congress, not the city's."""
    text = (
        "编辑：cyhzg 2014-07-24\n武汉市江岸区第十三届人民代表大会第六次会议关于政府工作报告的决议"
        "(2010年12月24日通过)。会议听取了报告。预计完成本区生产总值418亿元，增长13%。"
    )
    assert document_place(_lines(text), gazetteer).region.name == "江岸区"


def test_the_account_a_byline_names_publishes_for_its_place(gazetteer) -> None:
    """北京通州发布 2023-07-25 19:39 names the publisher (北京's 通州区); 建安投资 in the title is
    investment in building and installation, not 建安区 of 河南."""
    text = (
        "北京青年报\n上半年城市副中心经济加速回温!建安投资总量保持全市第一\n北京通州发布 2023-07-25 19:39\n"
        "记者从通州区统计局获悉，今年上半年，全区实现地区生产总值607.6亿元。"
    )
    assert document_place(_lines(text), gazetteer).region.name == "通州区"


def test_a_text_speaking_as_a_prefecture_is_the_prefecture_it_names_not_its_province(gazetteer) -> None:
    """全州 names a prefecture: the one the text names, not the province it names more often."""
    text = (
        "2023年，是甘南藏族自治州成立70周年。全州上下深入贯彻对甘肃工作重要指示精神，"
        "服务甘肃大局。全州实现生产总值100亿元，增长5%，全州经济稳步恢复。"
    )
    assert self_level(text) == "prefecture"
    assert document_place(_lines(text), gazetteer).region.name == "甘南藏族自治州"
    assert self_level("全州县全县生产总值增长5%。") == "county"


def test_a_reading_aid_between_two_places_does_not_hide_the_inner_one(gazetteer) -> None:
    """2024年西藏自治区(qū)拉萨市…统计公报: 拉萨市, the place inside, as written without the gloss."""
    text = (
        "2024年西藏自治区(qū)拉萨市人民政府国民经济和社会发展统(tǒng)计公报(2025年更新)\n"
        "全市生产总值990.04亿元，增长6.7%。"
    )
    assert document_place(_lines(text), gazetteer).region.name == "拉萨市"


def test_a_text_speaking_as_a_city_that_names_one_county_in_passing_is_the_citys(gazetteer) -> None:
    """全市… with 固始县 named once in the body: 信阳市, the city that holds it, not the county."""
    text = (
        "上半年，全市经济运行总体平稳。\n初步核算，上半年，全市生产总值999.13亿元，增长7.6%。"
        + "分产业看，第一产业增加值209.44亿元，增长4.4%；第三产业增加值405.52亿元，增长12.2%。" * 6
        + "\n全市夏粮播种面积461.48万亩，其中固始县夏粮增产明显。全市工业增加值增长4.4%。"
    )
    assert document_place(_lines(text), gazetteer).region.name == "信阳市"


def test_a_place_a_pinyin_gloss_cuts_in_two_is_read(gazetteer) -> None:
    """內(nèi)蒙古: a mirror's gloss inside the only name of the text's place."""
    text = (
        "八月的內(nèi)蒙古大地到處洋溢著收獲的喜悅。自治區(qū)統(tǒng)計局傳出消息:今年以來,全區(qū)經(jīng)濟(jì)運(yùn)行穩(wěn)中向好。\n"
        "上半年全區(qū)實現(xiàn)生產(chǎn)總值8465.7億元,增長6.6%。\n"
    )
    doc = parse_document(text.encode(), "t.txt", b'{"published": "2017-08-22"}', gazetteer)
    assert {f.region_name for f in doc.facts} == {"内蒙古自治区"}


def test_a_text_calling_itself_a_county_is_of_the_one_county_it_names_in_the_city_it_opens_with(
    gazetteer,
) -> None:
    """石家庄市举行…活动, then 平山县一季度… and 我县: the county's text, not the city's."""
    text = (
        "5月16日，石家庄市举行2023年二季度重点项目集中开工活动，县委书记在分会场参加活动。\n"
        "在开工现场，县委书记通过云视频向市主会场做了报告。他说，平山县一季度，地区生产总值增长8.4%。"
        "社会消费品零售总额增长15.3%。下一步，我县将加快项目建设。\n"
    )
    doc = parse_document(text.encode(), "t.txt", b'{"published": "2023-05-16"}', gazetteer)
    assert {(f.region_name, f.value) for f in doc.facts} == {("平山县", 8.4), ("平山县", 15.3)}


def test_a_masthead_of_the_texts_level_outweighs_a_line_naming_a_place_of_another(gazetteer) -> None:
    """A spam line naming 澳门 over the masthead 武汉市江夏区人民政府 of a text that says 全区."""
    text = (
        "澳门永利平台\n\n武汉市江夏区人民政府\n\n"
        "2017年，是新一届区政府履职的第一年。一年来，我们团结和依靠全区人民，"
        "全年预计完成地区生产总值756.72亿元，增长11%，增幅继续在全市领跑。\n"
    )
    doc = parse_document(text.encode(), "t.txt", b'{"published": "2018-01-20"}', gazetteer)
    assert {f.region_name for f in doc.facts} == {"江夏区"}


def test_a_title_naming_the_city_in_brackets_before_its_district_is_the_districts(gazetteer) -> None:
    text = "(巴中市)巴州区2022年上半年经济运行简析\n上半年实现GDP总量98.12亿元，增长2.1%，位居全市第四。\n"
    doc = parse_document(text.encode(), "t.txt", b'{"published": "2022-07-25"}', gazetteer)
    assert {f.region_name for f in doc.facts} == {"巴州区"}


def test_the_places_around_a_place_a_profile_describes_are_not_its_peers(gazetteer) -> None:
    text = (
        "重庆市黔江区地处武陵山腹地、渝东南中心地带。黔江区东西宽45公里，东北与湖北咸丰县、利川市相邻，"
        "南及酉阳，西抵彭水。2014年，全区生产总值达到186.3亿元，同比增长10.7%。"
    )
    assert document_place(_lines(text), gazetteer).region.name == "黔江区"


def test_one_places_headline_after_a_citys_lead_makes_the_text_after_it_that_places() -> None:
    """西安市…举行新闻发布会。⏎未央区：顺利实现市级考核“五连优”⏎…全区…: the district's part."""
    text = (
        "西安举行系列新闻发布会\n5月20日，西安市政府新闻办举行系列新闻发布会，邀请未央区长王小育、"
        "阎良区长于海夫、长安区委书记吕强到会，介绍各区推进中国式现代化西安实践情况。\n"
        "未央区：顺利实现市级考核“五连优”\n2024年，全区经济运行稳中向好，顺利实现市级考核“五连优”。\n"
        "一是经济运行向稳向好。地区生产总值达1685.6亿元、增长5.2%。\n"
    )
    doc = parse_document(text.encode("utf-8"), "x.txt")
    assert {f.region_name for f in doc.facts} == {"未央区"}
