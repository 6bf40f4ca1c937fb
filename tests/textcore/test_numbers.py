"""Number grammar: what the numbers in a clause mean (value, unit, bound) and what they are not.

Every expectation is read off the Chinese wording (千余场 = more than a thousand events,
增长1.5倍 = growth by 1.5 times, 第3名 = a rank), not off the parser's output.
"""

from __future__ import annotations

import pytest

from dagster_project.textcore.number_kinds import number_kind
from dagster_project.textcore.numbers import (
    Value,
    find_values,
    parse_number,
    qualifier,
    unit_measure,
)

# Magnitude prefixes of Chinese units: 28.5亿元 = 28.5 × 10^8 元.
PREFIX_FACTOR = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3, "百": 1e2}


def in_base_unit(number: float, unit: str) -> tuple[float, str]:
    """A number in its unit written out without a magnitude prefix: (5, 万平方米) → (50000, 平方米)."""
    for prefix, factor in PREFIX_FACTOR.items():
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return number * factor, unit[len(prefix) :]
    return number, unit


def only(text: str) -> Value:
    """The single value of ``text``."""
    values = find_values(text)
    assert len(values) == 1, [(v.number, v.unit) for v in values]
    return values[0]


# --- find_values: forms of a value -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "unit", "bound", "written"),
    [
        # growth by 1.5 times: a multiple, not a percentage
        ("软信产业投资增长1.5倍", 1.5, "倍", None, "1.5倍"),
        # 千余场: a thousand-odd events, 1000 as a lower bound
        ("举办各类促消费活动千余场", 1000, "场", "余", "千余场"),
        # 超5万平方米: more than fifty thousand square metres
        ("新建标准厂房超5万平方米", 5, "万平方米", "超", "超5万平方米"),
        # the number of 下降50% is 50; the fall is the verb's (extract gives the sign)
        ("工业用水成本下降50%", 50, "%", None, "50%"),
        # 三成 = three tenths
        ("文化产业增加值增长三成", 3, "成", None, "三成"),
        ("研发投入强度提高2.3个百分点", 2.3, "个百分点", None, "2.3个百分点"),
        ("数字经济占比达45%", 45, "%", None, "45%"),
        ("全区实现税收28.5亿元", 28.5, "亿元", None, "28.5亿元"),
        ("引进企业400余家", 400, "家", "余", "400余家"),
        ("百余家企业落户", 100, "家", "余", "百余家"),
        ("二十余场专题活动", 20, "场", "余", "二十余场"),
        ("近百家企业", 100, "家", "近", "近百家"),
        ("工业总额突破1,234.5亿元", 1234.5, "亿元", "超", "突破1,234.5亿元"),
        ("增速为8.2%左右", 8.2, "%", "约", "8.2%左右"),
        ("年产量不足1万吨", 1, "万吨", "不足", "不足1万吨"),
        ("接待游客3万人次", 3, "万人次", None, "3万人次"),
        ("金融总额达1.5万亿元", 1.5, "万亿元", None, "1.5万亿元"),
        ("化学需氧量下降12.5‰", 12.5, "‰", None, "12.5‰"),
        # a minus sign after a word: the rate itself is negative
        ("进出口总额同比增长-5.3%", -5.3, "%", None, "-5.3%"),
        # 一倍 before 倍: doubled
        ("规上工业产值增长一倍", 1, "倍", None, "一倍"),
        ("PM2.5平均浓度为28微克/立方米", 28, "微克/立方米", None, "28微克/立方米"),
        # numerals in words, decimals after 点, percentages as 百分之
        ("实现地区生产总值一千五百九十点五九亿元", 1590.59, "亿元", None, "一千五百九十点五九亿元"),
        ("实现税收二点五亿元", 2.5, "亿元", None, "二点五亿元"),
        ("同比下降百分之二点五", 2.5, "%", None, "百分之二点五"),
        ("增长百分之8.9", 8.9, "%", None, "百分之8.9"),
        ("增长百分之十二", 12, "%", None, "百分之十二"),
        ("祁阳市以305.52亿的GDP总量居首", 305.52, "亿", None, "305.52亿"),  # a bare magnitude before 的
        ("南昌领跑，突破5千亿", 5000, "亿", "超", "突破5千亿"),  # 千亿: read in 亿, as amounts are quoted
        ("南昌领跑，破5千亿", 5000, "亿", "超", "破5千亿"),  # 破: passed, as 突破
        ("总量达1.2千亿元", 1200, "亿元", None, "1.2千亿元"),
        ("宁远县的194.11亿GDP则仅增长", 194.11, "亿", None, "194.11亿"),  # an amount before its noun
        ("人均地区生产总值实现4 289元", 4289, "元", None, "4 289元"),  # a yearbook's spaced thousands
    ],
)
def test_value_forms(text: str, number: float, unit: str, bound: str | None, written: str) -> None:
    v = only(text)
    assert v.number == pytest.approx(number)
    assert v.unit == unit
    assert v.qualifier == bound
    assert text[v.start : v.end] == written
    assert not v.threshold


@pytest.mark.parametrize(
    ("text", "amount", "base_unit"),
    [
        ("新建标准厂房超5万平方米", 50_000, "平方米"),
        ("全区实现税收28.5亿元", 2.85e9, "元"),
        ("金融总额达1.5万亿元", 1.5e12, "元"),
        ("接待游客3万人次", 30_000, "人次"),
    ],
)
def test_prefixed_units_carry_the_magnitude(text: str, amount: float, base_unit: str) -> None:
    v = only(text)
    assert v.unit is not None
    assert in_base_unit(v.number, v.unit) == (pytest.approx(amount), base_unit)


@pytest.mark.parametrize(
    ("text", "amount", "base_unit"),
    [("带动就业3万余人", 30_000, "人"), ("新增经营主体1.2万余家", 12_000, "家")],
)
def test_wan_yu_lower_bound(text: str, amount: float, base_unit: str) -> None:
    v = only(text)
    assert v.unit is not None
    assert v.qualifier == "余"
    assert in_base_unit(v.number, v.unit) == (pytest.approx(amount), base_unit)


def test_percent_equivalent_of_cheng() -> None:
    """增长三成 is a 30 % rise: 成 counts tenths."""
    v = only("文化产业增加值增长三成")
    assert v.unit == "成"
    assert v.number * 10 == pytest.approx(30)


@pytest.mark.parametrize(
    ("text", "number", "unit", "word"),
    [
        ("新能源汽车产量翻番", 1, "倍", "翻番"),  # doubled: grew by one time
        ("经济总量翻两番", 3, "倍", "翻两番"),  # quadrupled: grew by three times
        ("外贸进出口与上年持平", 0, "%", "持平"),  # unchanged: 0 % growth
    ],
)
def test_value_words(text: str, number: float, unit: str, word: str) -> None:
    v = only(text)
    assert (v.number, v.unit, v.word) == (number, unit, word)


def test_a_range_is_no_negative_number() -> None:
    """1-8月 and 3-5% are ranges: the dash joins two numbers, it is no minus sign."""
    assert [v.number for v in find_values("预计增长3-5%")] == [5]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("分别高于全国、全市0.3个和0.5个百分点", ["个百分点", "个百分点"]),
        ("分别增长6.5、8.9和7.1%", ["%", "%", "%"]),
        ("引进企业5个和项目8个", ["个", "个"]),  # a count stays a count
        ("分别为1320.5亿元、1286和1187.9亿元", ["亿元", "亿元", "亿元"]),  # a whole number amid amounts
        ("2018、2019和2020.5亿元", ["亿元"]),  # years before an amount stay years
    ],
)
def test_unit_written_once_for_a_list(text: str, units: list[str]) -> None:
    assert [v.unit for v in find_values(text)] == units


def test_values_in_order() -> None:
    values = find_values("集成电路、新型显示产值分别增长10.3%、10.7%")
    assert [(v.number, v.unit) for v in values] == [(10.3, "%"), (10.7, "%")]


def test_threshold_is_a_class_not_an_amount() -> None:
    """10亿元以上项目 names a class of projects; 12个 is how many there are."""
    first, second = find_values("新开工10亿元以上项目12个")
    assert first.threshold and first.number == 10 and first.unit == "亿元"
    assert first.qualifier is None
    assert (second.number, second.unit, second.threshold) == (12, "个", False)


@pytest.mark.parametrize(
    ("text", "threshold"),
    [
        ("全市GDP总量没有突破千亿", True),  # a bar not passed
        ("增速均在全省水平7.3%之上", True),  # a bar the rates lie above
        ("全市GDP突破千亿元", False),  # a bar passed: the amount, bounded
        ("第二城赣州独守三千亿", True),  # a tier held alone
        ("全省首个超百亿元水利工程开工", True),  # the size class of a project, no amount
        ("全区GDP超百亿元", False),
    ],
)
def test_a_bar_not_passed_or_lain_above_is_no_amount(text: str, threshold: bool) -> None:
    assert only(text).threshold is threshold


def test_a_minus_sign_after_a_list_mark_is_kept() -> None:
    """分别增长-11.6%、4.1%、-30%: each item's sign as written, after 、 too."""
    values = find_values("分别增长-11.6%、4.1%、-30%和-22.2%")
    assert [v.number for v in values] == [-11.6, 4.1, -30.0, -22.2]


def test_yishang_after_amount_is_a_bound() -> None:
    v = only("单体投资达到1200万元以上")
    assert (v.number, v.unit, v.qualifier, v.threshold) == (1200, "万元", "以上", False)


@pytest.mark.parametrize(
    "text",
    [
        "7月24日下午召开例会",  # a date
        "综合考核居全市第3名",  # a rank
        "推动一批项目落地",  # 一批: prose, not a count
        "万元GDP能耗下降",  # 万元 is part of an indicator name
        "奋力迈上三个千亿台阶",  # a goal named by its milestones, not an amount of 亿台
        "服务5家庭农场",  # 家 starts the word 家庭
        "工作一成不变",  # 一成 in an idiom, not ten per cent
        "GDP超过千亿的还有上虞区",  # 千亿的: the class of places above a mark, not an amount
        "项目投资几千万元",  # 几千万: so many, no figure
        "引进数百亿元的项目",
    ],
)
def test_no_value(text: str) -> None:
    assert find_values(text) == []


# --- parse_number ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("28.5", 28.5),
        ("1,234.5", 1234.5),
        ("千", 1000),
        ("十", 10),
        ("十五", 15),
        ("两百", 200),
        ("一百零五", 105),
        ("一万二千", 12_000),
        ("三千五百万", 35_000_000),
        ("一亿二千万", 120_000_000),
    ],
)
def test_parse_number(text: str, number: float) -> None:
    assert parse_number(text) == pytest.approx(number)


@pytest.mark.parametrize("text", ["abc", "约", "5%"])
def test_parse_number_rejects_non_numerals(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_parse_number_digit_string() -> None:
    assert parse_number("二〇二五") == 2025
    assert parse_number("一九九八") == 1998


# --- unit_measure, qualifier ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "measure"),
    [
        ("个", "count"),
        ("家", "count"),
        ("场次", "count"),
        ("人次", "count"),
        ("亿元", "level"),
        ("万平方米", "level"),
        ("万人次", "level"),
        ("%", None),
        ("倍", None),
        ("个百分点", None),
        ("成", None),
        (None, None),
    ],
)
def test_unit_measure(unit: str | None, measure: str | None) -> None:
    assert unit_measure(unit) == measure


@pytest.mark.parametrize(
    ("words", "bound"),
    [
        (("超过",), "超"),
        (("突破",), "超"),
        ((None, "余"), "余"),
        ((None, "多"), "余"),
        ((None, None, "左右"), "约"),
        (("不到",), "不足"),
        (("接近",), "近"),
        ((), None),
        ((None, "同比"), None),
    ],
)
def test_qualifier(words: tuple[str | None, ...], bound: str | None) -> None:
    assert qualifier(*words) == bound


# --- number_kind: numbers that are no indicator value ---------------------------------------------


def kind_of(sentence: str, number: str) -> str:
    start = sentence.index(number)
    return number_kind(sentence, start, start + len(number))


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        ("7月24日下午，市委召开例会", "7", "date"),
        ("7月24日下午，市委召开例会", "24", "date"),
        ("2025年以来，全区经济稳中向好", "2025", "date"),
        ("成功举办第七届西洽会", "七", "ordinal"),
        ("综合考核居全市第3名", "3", "ranking"),
        ("排名第3位", "3", "ranking"),
        ("建立“33618”现代制造业集群体系", "33618", "name"),
        ("京东方8.6代面板产线", "8.6", "name"),
        ("项目建设用时3个多月", "3", "duration"),
        ("新开工10亿元以上项目", "10", "threshold"),
        ("市属重点国企由51户重组为33户", "51", "baseline"),
        ("实施6大行动", "6", "quantifier"),
        ("出台5项举措", "5", "quantifier"),
    ],
)
def test_number_kind(sentence: str, number: str, kind: str) -> None:
    assert kind_of(sentence, number) == kind


@pytest.mark.parametrize(("text", "number"), [("一万二", 12_000), ("三千五", 3_500), ("一亿五", 150_000_000)])
def test_a_digit_after_a_unit_counts_in_the_unit_below(text: str, number: int) -> None:
    assert parse_number(text) == number


def test_digits_set_apart_by_a_space_are_no_spaced_thousands_outside_prose() -> None:
    """1 100.5 8.1 (a table's cells, after a blank) stay apart; 增长12 345元 in prose is one number."""
    assert [v.number for v in find_values("排名 1 100.5亿元 8.1%")] == [100.5, 8.1]
    assert [v.number for v in find_values("增长12 345元")] == [12345]
