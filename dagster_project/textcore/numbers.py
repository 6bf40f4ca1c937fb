"""Number grammar: values with their bound, unit and direction, and what a number is.

``VALUE`` matches 7.3%, 超5万平方米, 千余场, 1.5倍, 2个百分点, 近3成, 400余个, 10亿元以上;
``parse_number`` reads Arabic and Chinese numerals; ``unit_measure`` tells a count
(46个) from a level (28.5亿元).
"""

from __future__ import annotations

import re

CN_NUM = "零〇一二两三四五六七八九十百千万亿"
COUNT_UNITS = [
    "场次",
    "人次",
    "批次",
    "个",
    "家",
    "项",
    "场",
    "户",
    "条",
    "起",
    "组",
    "座",
    "所",
    "名",
    "次",
    "件",
    "批",
    "套",
    "台",
    "辆",
    "艘",
    "架",
    "人",
    "位",
    "只",
    "头",
    "宗",
    "支",
    "处",
    "栋",
    "间",
    "部",
    "款",
    "种",
    "类",
]
MEASURE_UNITS = [
    "平方公里",
    "平方米",
    "公里",
    "千米",
    "公顷",
    "亩",
    "吨",
    "标箱",
    "千瓦时",
    "千瓦",
    "瓦",
    "元",
    "美元",
    "欧元",
    "升",
    "立方米",
    "米",
    "斤",
    "克",
]
PREFIXES = ["万亿", "千亿", "百亿", "亿", "千万", "百万", "万", "千", "百"]
UNIT = "|".join(
    sorted(
        {"%", "‰", "个百分点", "百分点", "倍", "成"}
        | {p + u for p in PREFIXES for u in [*MEASURE_UNITS, "人次", "人", "户", "辆", "家", "个", "件"]}
        | set(MEASURE_UNITS)
        | set(COUNT_UNITS),
        key=len,
        reverse=True,
    )
)
QUAL_BEFORE = "超过|超|近|约|突破|逾|接近|将近|达到|达|不足|高于|低于|累计"
VALUE = re.compile(
    rf"(?P<qpre>{QUAL_BEFORE})?"
    rf"(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]*[十百千万亿][{CN_NUM}]*(?=[余多]|{UNIT})|[一二两三四五六七八九](?=倍|成|个百分点))"
    rf"(?P<qpost>余|多)?(?P<unit>{UNIT})?(?P<qend>及以上|以上|左右|以内)?"
)
DIGITS = re.compile(r"\d+(?:\.\d+)?")
QUALIFIER = {
    "超过": "超",
    "超": "超",
    "突破": "超",
    "逾": "超",
    "近": "近",
    "接近": "近",
    "将近": "近",
    "约": "约",
    "不足": "不足",
    "余": "余",
    "多": "余",
    "以上": "以上",
    "及以上": "以上",
    "左右": "约",
    "高于": "超",
    "低于": "不足",
}
CN_DIGIT = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}


def parse_number(text: str) -> float:
    """Arabic or Chinese numeral to a number: '28.5' → 28.5, '千' → 1000, '一万二千' → 12000."""
    if DIGITS.fullmatch(text):
        return float(text)
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        elif ch in CN_SMALL:
            section += (1 if digit is None else digit) * CN_SMALL[ch]
            digit = None
        elif ch in CN_BIG:
            section += digit or 0
            total += (section or 1) * CN_BIG[ch]
            section, digit = 0, None
        else:
            raise ValueError(f"not a number: {text}")
    return float(total + section + (digit or 0))


def unit_measure(unit: str | None) -> str | None:
    """'count' for things counted (个, 家, 场次), 'level' for amounts (亿元, 万平方米, 万人次)."""
    if not unit:
        return None
    if unit in COUNT_UNITS:
        return "count"
    return "level"


def qualifier(*words: str | None) -> str | None:
    """The bound a text puts on a number (超过 → 超, 余 → 余), if any."""
    for word in words:
        if word and word in QUALIFIER:
            return QUALIFIER[word]
    return None
