"""Number grammar: values with their bound and unit, and what a bare number is.

``find_values`` reads 7.3%, 超5万平方米, 千余场, 1.5倍, 两成, 2个百分点, 400余个, 10亿元以上,
翻番 (doubling: growth multiple 1) and 持平 (no change: 0 %).  ``parse_number`` reads
Arabic and Chinese numerals, ``unit_measure`` tells a count (46个) from a level
(28.5亿元); ``number_kinds.number_kind`` names what a number that is no indicator value
is (date, ordinal, ranking, name, duration, threshold, …).  Everything works on the
normalised text (half-width digits, simplified script).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Units of things counted: "46个", "200余场", "290人次".
COUNT_UNITS = (
    "场次 人次 批次 户次 个 家 项 场 户 条 起 组 座 所 名 次 件 批 套 台 "
    "辆 艘 架 人 位 只 头 宗 支 处 栋 间 部 款 种 类 例 份"
).split()
# Units of amounts; each may carry a prefix (万, 亿 …): "28.5亿元", "5万平方米".
MEASURE_UNITS = (
    "微克/立方米 毫克/立方米 平方公里 平方米 公里 千米 公顷 亩 吨 公斤 千克 兆瓦 标箱 标准箱 "
    "千瓦时 千瓦 瓦 美元 欧元 港元 "
    "元 立方米 米 升 斤 克 度 人次 人 户 辆 家 个 件 台 套 次 头 只 株 册 张"
).split()
PREFIXES = ("万亿", "千亿", "百亿", "亿", "千万", "百万", "十万", "万", "千", "百")
RATIO_UNITS = ("%", "‰", "个百分点", "百分点", "个千分点", "千分点", "个点", "倍", "成")
POINT_UNITS = ("个百分点", "百分点", "个千分点", "千分点", "个点")  # a difference of two rates (提高1.2个点)
# A magnitude alone, as papers print amounts of money (生产总值56.7亿): a level when no
# other character follows it.
BARE_MAGNITUDES = ("万亿", "千亿", "亿", "万")
# …what follows a bare magnitude when it is part of a word (万元GDP, 亿级), not a list, a bound
# or a verb going on (7155亿和2776亿, 900亿左右, 3506.78亿突破3千亿关口, 1004亿位居第二)
BARE_MAGNITUDE_WORD = re.compile(
    r"(?![和及与的]|左右|以上|突破|增长|同比|位居|位列|排名|居|占|比|较|跃|稳|领先|紧随|仅)[\u4e00-\u9fffA-Za-z]"
)
_UNITS = (
    set(RATIO_UNITS)
    | {p + u for p in PREFIXES for u in MEASURE_UNITS}
    | set(MEASURE_UNITS)
    | set(COUNT_UNITS)
    | set(BARE_MAGNITUDES)
)
UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
CN_DIGITS = "零〇一二两三四五六七八九"
CN_NUM = CN_DIGITS + "十百千万亿"
QUAL_BEFORE = (
    "超过|超|(?<![通经不越度])过|近|约|突破|跌破|(?<![跌突])破|跨越|跨过|迈过|站上|迈上|逾"
    "|接近|将近|不足|不到|高于|低于"
)
# 4 289元: a yearbook's thin space between thousands, after a word and before a unit only
_SPACED = r"(?<=[\u4e00-\u9fff])\d{1,3}(?:[ \u2009]\d{3})+(?=[\u4e00-\u9fff])"
_ARABIC = rf"{_SPACED}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A Chinese numeral counts as a number when it has a 十/百/千 before a unit (千余场, 二十个)
# or is one digit before a ratio (两倍, 三成, 一倍); a lone 一/两 before 个 (一批, 两个) is prose,
# and a bare prefix (万, 亿) is part of a unit or a word (万元GDP).  Each alternative starts
# with a character class (the lookbehind after it checks the character before the
# numeral), which lets the regex engine skip ahead quickly.
_CN_START = rf"[{CN_NUM}](?<![{CN_NUM}].)"
_CN_DECIMALS = rf"(?:点[{CN_DIGITS}]+)?"  # 一千五百九十点五九亿元
_CHINESE = (
    rf"(?:{_CN_START}(?:(?<=[十百千])|[{CN_NUM}]*?[十百千])[{CN_DIGITS}十百千]*(?:[万亿][{CN_DIGITS}十百千]+)*"
    rf"{_CN_DECIMALS}(?=[余多]?(?:{UNIT}))(?!家万户)"
    rf"|[{CN_DIGITS}](?<![{CN_NUM}].)点[{CN_DIGITS}]+(?=[余多]?(?:{UNIT}))"  # 二点五亿元
    rf"|[二两三四五六七八九](?<![{CN_NUM}].)(?=倍|成|个百分点)"
    rf"|一(?<![{CN_NUM}第].)(?=倍|个百分点))"  # 增长一倍; not 一成 (一成不变 is an idiom)
)
# Some pages set a blank between a number and its unit (13985.53 亿元, 0.8 个百分点).
VALUE = re.compile(
    rf"(?P<num>{_ARABIC}|{_CHINESE})(?:(?P<mag>{'|'.join(PREFIXES)})(?=[余多]))?(?P<qpost>余|多)?"
    rf"(?:[ \u00a0]?(?P<unit>{UNIT}))?(?P<qend>及以上|以上|左右|以内|以下)?"
)
# 百分之二点五, 百分之8.9: a percentage written out in words
PERCENT_WORDS = re.compile(rf"百分之(?P<num>{_ARABIC}|[{CN_DIGITS}十百千]+{_CN_DECIMALS})")
ELIDED_UNIT = re.compile(
    rf"(?:\s?[、和及与]\s?(?:{_ARABIC})个?)*\s?[、和及与]\s?(?:{_ARABIC})\s?(?P<unit>%|‰|个百分点|倍)"
)
# 分别为1310.35、1098.90、1050.40亿元: amounts with decimals, the unit written once, last.
ELIDED_AMOUNT = re.compile(rf"(?:\s?[、和及与]\s?\d+\.\d+)*\s?[、和及与]\s?\d+\.\d+\s?(?P<unit>{UNIT})")
AMOUNT_LISTED_BEFORE = re.compile(rf"\d(?:{UNIT})\s?[、和及与]\s?$")
NEGATIVE = re.compile(r"[\u4e00-\u9fff(（:：、,，和][-−]")  # 增长-5.3%, 从化区(-1.8%), 4.1%、-30%
HELD = ("独守", "守住", "稳守", "坐稳", "站稳")  # a tier a place holds (赣州独守三千亿), no amount
BOUND_BEFORE = re.compile(rf"(?:{QUAL_BEFORE})$")
# A unit followed by these characters is the start of a word: 三个千亿台阶, 家庭, 人民.
UNIT_WORD = re.compile(r"阶|庭|民|素|目|景|件|单|片|置|门|准|类型|式")
# Value words without a numeral: 翻番 = growth multiple 1, 翻两番 = 3, 持平 = 0 %.
FLAT_CONTEXT = re.compile(r"同比|环比|增速|增幅|增长|上年|去年|同期|基本|保持|与|较|比")
WORD_VALUE = re.compile(r"翻(?:了)?(?P<times>一|两|三)?番|(?P<flat>持平|零增长)(?!于)")  # 持平于X: equal to X
# Every number in a text: Arabic digits, Chinese numerals used as quantities, ordinals (第七).
ANY_NUMBER = re.compile(
    rf"{_ARABIC}|[{CN_NUM}](?<=第.)[{CN_NUM}]*|{_CHINESE}|(?<=百分之)[{CN_DIGITS}十百千]+{_CN_DECIMALS}"
    rf"|{_CN_START}(?:(?<=[十百千])|[{CN_NUM}]*?[十百千])[{CN_NUM}]*(?=大|番)"
    rf"|[二两三四五六七八九](?<![{CN_NUM}].)(?=大|番)"
)
# 超过 → 超, 余 → 余, 左右 → 约; 跨越2万亿: a mark passed; 南昌领跑，破5千亿
QUALIFIER = (
    dict.fromkeys(
        ("超过", "超", "过", "突破", "破", "逾", "高于", "跨越", "跨过", "迈过", "站上", "迈上"), "超"
    )
    | dict.fromkeys(("近", "接近", "将近"), "近")
    | dict.fromkeys(("约", "左右"), "约")
    | dict.fromkeys(("不足", "不到", "低于"), "不足")
    | dict.fromkeys(("余", "多"), "余")
    | {word: word for word in ("以上", "及以上", "以内", "以下")}
)
_CN_DIGIT = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}


@dataclass(frozen=True)
class Value:
    """A number with its unit as it stands in a text (offsets into that text)."""

    start: int  # first character, bound word included (超过5亿人次)
    end: int
    num_start: int  # first character of the numeral itself
    number: float
    unit: str | None
    qualifier: str | None
    bound_before: str | None  # bound word written before the numeral (超过, 突破)
    threshold: bool  # "10亿元以上" followed by a noun: a class of things, not an amount
    word: str | None = None  # a value word without numeral: 翻番, 持平


def parse_number(text: str) -> float:
    """Arabic or Chinese numeral to a number: '28.5' → 28.5, '千' → 1000, '一万二千' → 12000.

    Raises ValueError for text that is no numeral, so a caller never stores a guess.
    """
    plain = re.sub(r"[,\s]", "", text)
    if re.fullmatch(r"\d+(?:\.\d+)?", plain):
        return float(plain)
    whole, point, decimals = text.partition("点")  # 一千五百九十点五九: digits after 点 one by one
    if point:
        if not decimals or any(ch not in _CN_DIGIT for ch in decimals):
            raise ValueError(f"not a number: {text!r}")
        return parse_number(whole) + float("0." + "".join(str(_CN_DIGIT[ch]) for ch in decimals))
    if len(text) > 1 and all(ch in _CN_DIGIT for ch in text):  # 二〇二五: written digit by digit
        return float("".join(str(_CN_DIGIT[ch]) for ch in text))
    total, section, digit = 0, 0, None
    last_unit = None  # 一万二, 三千五: a digit after a unit counts in the unit below it
    for ch in text:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        elif ch in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[ch]
            digit, last_unit = None, _CN_SMALL[ch]
        elif ch in _CN_BIG:
            section += digit or 0
            if ch == "亿":  # 一万亿: everything so far is a count of 亿
                total = ((total + section) or 1) * _CN_BIG[ch]
            else:
                total += (section or 1) * _CN_BIG[ch]
            section, digit, last_unit = 0, None, _CN_BIG[ch]
        else:
            raise ValueError(f"not a number: {text!r}")
    if digit is not None and last_unit is not None and text[-2] in "十百千万亿" and last_unit >= 100:
        digit *= last_unit // 10  # 一万二 = 12000, 三千五 = 3500 (十二 stays 12)
    return float(total + section + (digit or 0))


def qualifier(*words: str | None) -> str | None:
    """The bound a text puts on a number (超过 → 超, 余 → 余, 左右 → 约), if any."""
    for word in words:
        if word and word in QUALIFIER:
            return QUALIFIER[word]
    return None


def unit_measure(unit: str | None) -> str | None:
    """'count' for things counted (个, 家, 场次), 'level' for amounts (亿元, 万平方米, 万人次).

    A prefixed unit (5亿人次) reads as an amount, as analysts quote it.
    """
    if not unit or unit in RATIO_UNITS:
        return None
    return "count" if unit in COUNT_UNITS else "level"


# 增速达到或超过9.0%的城市: a value that defines a class of places
# 突破亿元大关: a round mark passed, not the amount reached
MILESTONE_AFTER = re.compile(r"(?:的)?(?:大关|关口)|之[上下]")  # 突破千亿大关, 在全省水平7.3%之上: a bar
SIZE_CLASS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:项目|工程|企业)")  # 首个超百亿元水利工程: its size
NOT_PASSED = re.compile(r"(?:没有|尚未|未能|没|未)$")  # 没有突破千亿: a bar not passed, no amount
PLACE_CLASS_AFTER = re.compile(
    r"的(?:城市|地区|区县|县区|县市区|省份|省区市|市州|市县|县市|(?:县|市|区|省)(?=[(（][市区县旗、]+[)）]|有|共))"
)


def find_values(text: str) -> list[Value]:
    """Every number with a unit (or a value word such as 翻番) in ``text``, in order."""
    percents = [_percent_of(m) for m in PERCENT_WORDS.finditer(text)]
    taken = [(v.start, v.end) for v in percents]
    values = [
        v
        for m in VALUE.finditer(text)
        if (v := _value_of(text, m)) and not any(a <= v.num_start < b for a, b in taken)
    ]
    values += percents + _word_values(text)
    return sorted(values, key=lambda v: v.start)


def _percent_of(m: re.Match[str]) -> Value:
    """百分之二点五 → 2.5 %."""
    return Value(m.start(), m.end(), m.start("num"), parse_number(m.group("num")), "%", None, None, False)


def _unit_of(text: str, m: re.Match[str]) -> str | None:
    """The unit of a number, written after it or once after the last of a list; None when
    the number is no amount (an ordinal, part of a code or a word)."""
    unit = m.group("unit")
    if unit == "个点" and re.match(r"[位状子赞]", text[m.end() : m.end() + 1]):
        return None  # 3个点位: sites counted, not points
    if unit in (None, "个"):  # 0.3个和0.5个百分点, 6.5、8.9和7.1%: the unit written once, last
        shared = ELIDED_UNIT.match(text, m.end())
        if shared and (unit is None or shared.group("unit") == "个百分点"):
            unit = shared.group("unit")
        elif (
            unit is None
            and ("." in m.group("num") or AMOUNT_LISTED_BEFORE.search(text, max(0, m.start() - 8), m.start()))
            and (amount := ELIDED_AMOUNT.match(text, m.end()))
        ):  # …1320.5亿元、1286和1187.9亿元: a whole number amid amounts too
            unit = amount.group("unit")
    if unit is None or ORDINAL_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return None
    if unit in ("位", "名") and RANKING_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None  # 在全市排位，分别由去年的20位上升为11位: places in a ranking
    letters = re.search(r"[A-Za-z]+$", text[max(0, m.start() - 8) : m.start()])
    if letters and letters.group().upper() not in INDICATOR_ABBREVIATIONS:
        return None  # t01ccb…29张, TOP10: part of a name or a code (not 全省GDP31244.68亿元)
    gdp_after = unit != "万" and text.startswith("GDP", m.end())  # 194.11亿GDP (万元GDP: per 10,000 yuan)
    if unit in BARE_MAGNITUDES and (
        (BARE_MAGNITUDE_WORD.match(text, m.end()) and not gdp_after)
        or (text.startswith("的", m.end()) and not re.search(r"\d", m.group()))
    ):  # 万元GDP, 亿级, 超过千亿的: a word or a class, not an amount (7155亿和2776亿, 3506.78亿突破…,
        return None  # 以305.52亿的GDP are)
    if m.group("mag"):  # 3万余人: the 余 stands between the prefix and the unit
        unit = m.group("mag") + unit
        if unit not in _UNITS:
            return None
    counted = unit[-1] in "台家个人元项场条名位部次件种类款"
    return None if counted and not m.group("qend") and UNIT_WORD.match(text, m.end()) else unit


def _value_of(text: str, m: re.Match[str]) -> Value | None:
    """The value a match of ``VALUE`` stands for, with its bounds and sign; None if none."""
    unit = _unit_of(text, m)
    if unit is None or LOST_DIGITS.search(text, 0, m.start("num")):
        return None  # 总量为.15亿元: its leading digits lost, no value
    if m.group("num")[0] in "十百千万亿" and text[m.start("num") - 1 : m.start("num")] in ("几", "数"):
        return None  # 投资几千万元, 数百亿元: so many thousands, no figure
    try:
        number = parse_number(m.group("num"))
    except ValueError:
        return None
    qend = m.group("qend")
    threshold = bool(
        qend and qend.endswith("以上") and re.match(r"[\u4e00-\u9fff]", text[m.end() : m.end() + 1])
    ) or bool(PLACE_CLASS_AFTER.match(text, m.end()) or MILESTONE_AFTER.match(text, m.end()))
    bound = BOUND_BEFORE.search(text, max(0, m.start() - 2), m.start())
    before = bound.group() if bound else None
    start = bound.start() if bound else m.start()
    threshold = threshold or bool(bound and NOT_PASSED.search(text, max(0, start - 2), start))
    threshold = threshold or before == "跌破"  # 增速都跌破7%: a bar fallen below, no amount
    threshold = threshold or text[max(0, m.start() - 2) : m.start()] in HELD  # 独守三千亿: a tier held
    threshold = threshold or bool(before in ("超", "超过") and SIZE_CLASS_AFTER.match(text, m.end()))
    rate = unit in ("%", "‰", "个百分点")
    if rate and not bound and m.start() >= 2 and NEGATIVE.match(text, m.start() - 2):
        number, start = -number, m.start() - 1  # 增长-5.3%: a minus sign after a word
    post = qualifier(before, m.group("qpost"), None if threshold else qend)
    if unit.startswith(("千亿", "百亿")):  # 5千亿: 5000亿, in the magnitude amounts are quoted in
        number, unit = number * (1000 if unit[0] == "千" else 100), unit[1:]
    return Value(start, m.end(), m.start(), number, unit, post, before, threshold)


LOST_DIGITS = re.compile(r"(?<![\d.])\.$")
RATE_HELD = re.compile(  # 增速与上半年持平, 北京与全国增速持平: one rate equal to another
    r"(?:增速|增幅|增长率|速度)\s*(?:与|和|同|较|比)[^，,。；;]{1,8}$"
    r"|(?:与|和|同)[^，,。；;]{1,12}?(?:增速|增幅|增长率|速度)\s*(?:基本|大体|大致)?$"  # 与全国增速(基本)持平
)
RATE_HELD_WINDOW = 16  # characters before 持平 its comparison is looked for in


def _word_values(text: str) -> list[Value]:
    """Values written as words: 持平 (0 %), 翻番, 翻两番 (a multiple)."""
    values = []
    for m in WORD_VALUE.finditer(text):
        if m.group("flat"):
            before = text[max(0, m.start() - 8) : m.start()]
            if re.search(r"[位名次]", before) or not FLAT_CONTEXT.search(before):
                continue  # 排名与上季度持平: a ranking held, no growth of 0 %
            if RATE_HELD.search(text, max(0, m.start() - RATE_HELD_WINDOW), m.start()):
                continue  # 经济增速与上半年持平: a rate held where it was, no growth of 0 %
            values.append(Value(m.start(), m.end(), m.start(), 0.0, "%", None, None, False, m.group()))
        else:
            times = {"两": 3.0, "三": 7.0}.get(m.group("times") or "", 1.0)
            at = m.start("times") if m.group("times") else m.start()
            values.append(Value(m.start(), m.end(), at, times, "倍", None, None, False, m.group()))
    return values


# What a government announces rather than measures: 出台5项举措 counts measures, not output.
POLICY_NOUNS = "行动|举措|措施|机制|规定|任务|政策|意见|方案|办法|条例"


INDICATOR_ABBREVIATIONS = frozenset({"GDP", "CPI", "PPI", "PMI", "GNP"})
# 第7位, 第 7 位 (typeset): an ordinal, not an amount
ORDINAL_BEFORE = re.compile(r"第\s?$")
# 排位, 排名, 位次 stated before a number of 位 or 名: its place in a ranking
RANKING_BEFORE = re.compile(r"(?:排位|排名|位次|名次)[^。；;]*$")
