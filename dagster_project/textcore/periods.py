"""Reporting-period expressions and their codes (CONTRACT.md).

上半年 / 1-6月 → 2025-H1, 一季度 / 1-3月 → 2025-Q1, 第三季度 → 2025-Q3, 前三季度 / 元至九月 →
2025-Q1Q3 (a span has one code), 1-8月 / 前8个月 → 2025-M01M08, 7月 → 2025-M07, 全年 / 2024年 → the year,
过去一年 → the year before the text's. A year comes from the text or its date, never from the
clock. Each mention also says what it is to the values near it (``role``): the period they
cover, a period compared with (比上年同期, 较1—9月份), a baseline (从1949年的…), or a
target year (到2025年).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
CN |= {"十一": 11, "十二": 12, "元": 1}
_N = r"(?:\d{1,2}|十[一二]?|[一二两三四五六七八九])"
_M1 = rf"(?:{_N}|元)"
MASKED = r"20[Xx×*]{2}"  # 20XX年: a template's masked year, the text's own (as 今年)
PERIOD = re.compile(
    rf"(?P<year>(?:19|20)\d{{2}}(?:\s?年)?|[今去上]年|{MASKED}年)?(?:"  # 2025 年: a space in typeset text
    r"(?P<h1>上半年)|(?P<h2>下半年)|(?P<q3>前三季度|(?:1|一)\s*[-—~至到]\s*(?:3|三)季度)"
    # 二季度末, 第二季度GDP累计: what had accrued by then
    r"|(?:第?(?P<qend>[一二三四1-4])季度(?:末|底|(?=[A-Za-z\u4e00-\u9fff]{0,6}累计)))"
    r"|(?:第?(?P<q>[一二三四1-4])季度)"
    rf"|(?P<m1>{_M1})\s*(?:月份?)?\s*[-—~至到]\s*(?P<m2>{_N})\s?月(?:份)?"
    rf"|(?<![提此之以向])前(?P<mfirst>{_N})个?月"
    r"|(?P<all>全年)"
    # 6月末…存款余额: a balance at the month's end (截止7月底…接待游客: a running total, no period)
    rf"|(?<![\d日])(?P<mend>{_N})月(?:份)?(?:末|底)(?=[^。；;]{{0,20}}(?:余额|餘額|存款|贷款|貸款))"
    rf"|(?<![\d日])(?P<m>{_N})月(?:份)?(?!\d{{0,2}}[日号]|底|末|初|中旬|上旬|下旬)"
    r")"
    # 即将过去的一年: the year a report is given in, not the one before
    r"|(?<!即将)(?<!将要)(?<!就要)(?P<past>过去(?:的)?一年|上一年度?|刚刚过去的一年)"
    # 过去五年…达到125.3亿元: a review of a plan's years states where its last year ended
    r"|(?P<pastyears>过去(?:的)?[三五]年)"
    # 去年，全县…: last year's values (not 比去年, 去年同期, 去年这个时候, 在去年…的基础上)
    r"|(?<![比较与同于自从由])(?P<lastyear>去年)(?:全年|末|底)?"
    r"(?!同期|同月|这个时候|[一二三四1-4]季度|上半年|下半年|前三季度|\d|[^，,。；;]{0,12}基础上)"
    r"|(?<![近这多十\d])(?P<yearlong>一年来)(?!的)"  # a review's 一年来: the year it looks back on
    rf"|(?<!\d)(?P<yearonly>(?:19|20)\d{{2}}|{MASKED})\s?年(?:度)?(?![\d一二三四五六七八九十]{{1,2}}月|底|末|初|以来|以前|之前|前|后|更新|修订|修正|版)"
)
# Words before a period that make it a comparison, a baseline or a target, not the values'.
COMPARISON_BEFORE = re.compile(
    # 延续一季度…增长态势: a period the values are set against, too
    r"(?:比|较|与|同|超过|高于|低于|快于|慢于|好于|优于|差于|相对于|相较于|较于|相比于|同比于|比起|对比|延续了?|次于)$"
)
# 同比增长22.6%，1-4月提高5.0个百分点: a period right before a change of points is compared with
# 为去年全年的4.8倍: the period a multiple is of
COMPARISON_AFTER = re.compile(
    r"(?:提高|加快|回落|下降|收窄|扩大|回升|放缓|上升)\s*[\d.]+\s*个?百分点"
    r"|(?:[(（][^()（）]{0,16}[)）])?的\s*[\d.]+\s*[万千百]?倍"  # 是1949年(18.2万元)的15.6万倍
    r"|(?:的)?(?:基数|高基数|低基数|基础上)"  # 在去年一季度基数较高的基础上: the base compared with
)
# 分别较去年同期和一季度回落…, 分别比一季度两年平均和2019年上半年增速高…: the second of two
# things compared with
COMPARED_LIST_BEFORE = re.compile(r"(?:比|较|与)[^，,。；;：:\d]{0,12}[和、及与]$")
BASELINE_BEFORE = re.compile(r"(?:从|由)$")
# 全年任务, 全年(预期)目标, 为全年发展奠定基础: what is planned or hoped for, no period of values
PLAN_AFTER = re.compile(r"(?:预期)?(?:目标)?(?:任务|计划|目标|预算)|(?:经济)?(?:发展|工作)")
# …增加到2011年的95.2亿元: the value reached in a period before the text's, not a target
REACHED_BEFORE = re.compile(r"(?:增加|提高|增长|上升|扩大|提升|发展|跃升)到$")
# …and what follows it (从1949年的1456万元, 由2019年的…, 从2015年到…), not the name of a source
# (记者从2020年前三季度经济运行情况新闻通气会上获悉: the values' own period)
BASELINE_AFTER = re.compile(
    r"\s*(?:的|[\d.]|到|至|起|开始|(?:下降|增长|回落|上升)\s*[\d.]"
    r"|(?:低于|高于|快于|慢于)[^，,。；;]{0,6}[\d.])"  # 由上半年低于全国1.4个百分点，转为…
)
# 由上半年下降0.3%转为增长0.2%: the value right after the period and how it moved is that period's
MOVED_BY = re.compile(r"(?:同比|累计)?(?:下降|增长|回落|上升)\s*(?=[\d.])")
SENTENCE_END = re.compile(r"[。；;]")
MOVED_FROM = re.compile(r"由(?:同比|累计)?(?:下降|增长|回落|上升)\s*(?=[\d.])")
# 力争2025年, 研究部署2024年经济工作: the year of a plan (not 预计: an estimate is of its period)
TARGET_BEFORE = re.compile(r"(?:到|至|力争|争取|计划|目标|部署|谋划)$")
LISTED = re.compile(r"\s*[、和及与]\s*")
# 继2019年前三季度之后, 2014年一季度以来: a point in time, not the values' period
SINCE_AFTER = re.compile(r"以来|以前|之前|之后|以后")
# 自2003年我市经济突破两位数增长以来: the year a span starts, though words come between
SINCE_AROUND = re.compile(r"(?<=[自从])(?=(?:19|20)\d{2}年[^，。；,;]{1,25}以来)")
SPAN_FROM = re.compile(r"[从由](?:19|20)\d{2}年")
FROM_PERIOD = re.compile(r"[从由](?:上半年|前三季度|[一二三四]季度|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月)的")
# 提出了2019年的发展目标, 2019年主要预期目标: the year a plan is for
TARGET_AFTER = re.compile(r"的?(?:经济社会)?(?:发展的?)?(?:主要)?(?:预期)?(?<=[发展要期])目标|的?工作安排")
# 盘龙区于1956年建区, 在2018年度…考核中, (2015年不变价): the year of an event, no period of values
LIFE_EVENT = re.compile(r"[^，,。；;\d]{0,4}?(?:出?生[，,。;；\s]|参加工作|任现职|入党)")
EVENT_AFTER = re.compile(
    r"(?:建区|建县|建市|设区|设县|设市|建镇|撤县|建成|成立|设立|建立|开通|通车|投产|开业|改名|更名|改称)"
    r"|(?:不变价|可比价)"  # 2015年不变价: the year whose prices a value is counted in
    r"|[^，,。；;\d]{0,30}(?:考核|考评|评比|评选|评价|排行榜|榜单|[十百]强)"  # glosses between
)
# 2010年，是鄞州…奋进的一年。一年来: the year a review calls the one it looks back on
YEAR_CALLED = re.compile(r"((?:19|20)\d{2})\s?年\s*[，,]?\s*是[^。]{2,60}?(?:一年|之年)[。，,]?\s*$")
LOOKS_BACK_UNTIL = 3  # the last month a review's 一年来 still looks back on the year before
QUARTER_NAMES = {"M01M03": "Q1", "M01M06": "H1", "M01M09": "Q1Q3"}  # the months a quarter name spans


@dataclass(frozen=True)
class PeriodMention:
    """A period expression in a text: its span, its code and its role to nearby values."""

    start: int
    end: int
    code: str | None
    role: str  # 'period' | 'comparison' | 'baseline' | 'reached' | 'target' | 'since' | 'event'
    explicit_year: bool  # the year is written out (2024年上半年, 2018年)


def _num(text: str) -> int:
    return int(text) if text.isdigit() else CN[text]


def period_end_month(code: str) -> int:
    """Last month a period code covers (for deciding the year of a period)."""
    if len(code) == 4:
        return 12
    tail = code[5:]
    if tail.startswith("H"):
        return 6 if tail == "H1" else 12
    if tail.startswith("Q"):
        return int(tail[-1]) * 3
    return int(tail[-2:])


def _months(year: int, first: int, last: int) -> str:
    """The code of a month range, under its quarter's name when it spans one (1-6月 is 上半年)."""
    months = f"M{first:02d}M{last:02d}"
    return f"{year}-{QUARTER_NAMES.get(months, months)}"


def _period(m: re.Match, year: int) -> str | None:
    if m.group("h1"):
        return f"{year}-H1"
    if m.group("h2"):
        return None  # second half alone has no contract code; the year total comes separately
    if m.group("q3"):
        return f"{year}-Q1Q3"
    if m.group("qend"):  # 二季度末 → 上半年, 三季度末 → 前三季度, 四季度末 → the year
        return _months(year, 1, 3 * _num(m.group("qend"))).replace("-M01M12", "")
    if m.group("q"):
        return f"{year}-Q{_num(m.group('q'))}"
    if m.group("m1"):
        a, b = _num(m.group("m1")), _num(m.group("m2"))
        if (a, b) == (1, 12):  # 1-12月份: the whole year
            return str(year)
        return _months(year, a, b) if 1 <= a < b <= 12 else None
    if m.group("mfirst"):
        b = _num(m.group("mfirst"))
        return _months(year, 1, b) if 1 < b <= 12 else None
    if m.group("all"):
        return str(year)
    month = _num(m.group("m") or m.group("mend"))
    return f"{year}-M{month:02d}" if 1 <= month <= 12 else None


def _role(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 4) : start]
    if BASELINE_BEFORE.search(before) and BASELINE_AFTER.match(text, end):
        return "baseline"
    if REACHED_BEFORE.search(before) and text.startswith("的", end):
        return "reached"
    if TARGET_BEFORE.search(before) or (text[start:end].endswith("全年") and PLAN_AFTER.match(text, end)):
        # 完成全年任务的26.5%: the year a plan is for;
        # 从2012年的732亿元到2018年1115.4亿元: the end of a span from a year, reached
        span_from = SPAN_FROM.search(text[max(0, start - 30) : start])  # 从2012年的732亿元到2018年…
        named = not re.match(r"(?:19|20)\d{2}", text[start:end])  # 由上半年的6.6%到前三季度的7.6%
        span_from = span_from or (named and FROM_PERIOD.search(text[max(0, start - 30) : start]))
        reached = before.endswith(("到", "至")) and span_from
        return "reached" if reached else "target"
    if COMPARISON_BEFORE.search(before) or COMPARISON_AFTER.match(text, end):
        return "comparison"
    if COMPARED_LIST_BEFORE.search(text, max(0, start - 10), start):  # 较去年同期和一季度回落
        return "comparison"
    return "period"


# 。今年，我市…: a clause opening on 今年 (not 都为今年经济增长设定了…目标, a year named in passing)
THIS_YEAR_OPENS = re.compile(r"(?:^|(?<=[。；;，,！!？?\n]))\s*今年")


def find_periods(
    text: str, year: int | None, month: int = 12, dated: bool = True, written: int | None = None
) -> list[PeriodMention]:
    """Period expressions in normalised ``text`` with their codes and roles.

    ``year`` and ``month`` are those of the text's date: 今年 is ``year``, 去年 and 过去一年 the
    year before, and a period named without a year that ends after ``month`` (前三季度 in
    April; 全年 only in the first quarter) is the previous year's. ``dated=False`` says the
    text has no date and ``year`` is the year it writes out for its values, so 过去一年 is
    that year. A year written out for the values (2018年，全县…) holds for the periods named
    after it without a year, until another; ``written`` is one written out before ``text``
    (佛冈县2009年…统计公报 over its body).
    """
    found: list[PeriodMention] = []
    running: int | None = written  # the year the text last wrote out for its values
    last_end = 0
    for m in PERIOD.finditer(text):
        if not m.group(0):
            continue
        if running is not None and THIS_YEAR_OPENS.search(text, last_end, m.start()):
            running = None  # 2011年，全市…。今年，我市…一季度: back to the text's own year
        last_end = m.end()
        role = _role(text, m.start(), m.end())
        if found and LISTED.fullmatch(text[found[-1].end : m.start()]):
            role = found[-1].role  # 快于一季度、2016年全年: a list of periods compared with
        # 上半年以来，全区…: this year's half so far, spoken of as a span (no year: not 2014年一季度以来)
        so_far = (m.group("h1") or m.group("q3")) and not m.group("year") and text.startswith("以来", m.end())
        if (SINCE_AFTER.match(text, m.end()) and not so_far) or SINCE_AROUND.match(text, m.start()):
            role = "since"  # 2014年一季度以来: where a span starts, not the values' period
        elif (m.group("yearonly") and EVENT_AFTER.match(text, m.end())) or LIFE_EVENT.match(text, m.end()):
            role = "event"  # 1956年3月生, 1976年8月参加工作: a date in someone's life, no period of values
        elif m.group("yearonly") and role == "period" and TARGET_AFTER.match(text, m.end()):
            role = "target"
        explicit = m.group("year") or m.group("yearonly")
        written = int(explicit[:4]) if explicit and explicit[:4].isdigit() else None
        code = _code(m, year, month, running, dated)
        if role == "period" and written is not None and (year is None or written <= year):
            running = written
        elif role == "period" and written is not None:
            role = "target"  # a year after the text's own: a plan, not an outcome
        elif role == "period" and explicit and code:  # 2021年…；今年上半年…，上半年: this year again
            running = int(code[:4])
        found.append(PeriodMention(m.start(), m.end(), code, role, written is not None))
    return found


def _code(m: re.Match, year: int | None, month: int, running: int | None, dated: bool) -> str | None:
    if m.group("yearonly"):
        written = m.group("yearonly")
        return written if written.isdigit() else (None if year is None else str(year))
    if m.group("lastyear"):  # 去年，全县…: the year before the text's
        return None if year is None or not dated else str(year - 1)
    if m.group("pastyears"):
        return None if year is None or not dated else str(year - 1)
    if m.group("past"):
        return None if year is None else str(year - 1 if dated else year)
    if m.group("yearlong") and (called := YEAR_CALLED.search(m.string, max(0, m.start() - 80), m.start())):
        return called.group(1)  # 2010年，是…的一年。一年来: the year it has just called so
    if m.group("yearlong"):  # the year written out before it (2019年是…之年。一年来), else the
        if year is None or (running is not None and running < year):  # year before when said early
            return None if running is None else str(running)  # in a year (a work report in January)
        return str(year - 1 if dated and month <= LOOKS_BACK_UNTIL else year)
    explicit = m.group("year")
    if explicit and explicit[:4].isdigit():
        return _period(m, int(explicit[:4]))
    if explicit and explicit.startswith(("去", "上")):
        return _period(m, year - 1) if year is not None else None
    if explicit is None and running is not None:
        return _period(m, running)
    if year is None:
        return None
    code = _period(m, year)
    # 全年 in a text of January: the year just ended; 前三季度 in April: last year's, the only
    # one that has ended (全年 later in a year is this year's, a goal or a forecast)
    if code and not explicit and period_end_month(code) > month and (len(code) > 4 or month <= 3):
        code = str(year - 1) + code[4:]
    return code


# 较前一年的10.4%, 由去年同期的52.5%: the same span a year before the values' own period.
YEAR_BEFORE_OF = re.compile(
    r"(?:比|较|由|从|超过|低于|高于)(?:去年同期|上年同期|上年|去年|前一年|上一年)的$"
    r"|[(（](?:去年同期|上年同期)(?:增长|下降|为)?$"  # 增长11.7%(上年同期增长1.3%): last year's, in brackets
)
STATED_FOR_WORDS = re.compile(r"(?:同比于|相比于|相较于|较于|比|较|由|从|超过|低于|高于|对比|仅?次于)$")


def stated_before(mentions: list[PeriodMention], text: str) -> dict[int, tuple[int, str]]:
    """Values stated for an earlier period, by the offset just after its 的 (比2017年的567亿元,
    超过去年全年的8118.5亿元, 从1949年的1456万元): where the words of the comparison start, and
    the period's code."""
    stated = {}
    for p in mentions:
        if p.role in ("comparison", "baseline", "reached") and p.code and text.startswith("的", p.end):
            moved = MOVED_BY.match(text, p.end + 1) if p.role == "baseline" else None  # 由一季度的下降1.7%
            stated[moved.end() if moved else p.end + 1] = (p.start, p.code)
        elif p.role in ("reached", "baseline") and p.code and text[p.end : p.end + 1].isdigit():
            stated[p.end] = (p.start, p.code)  # …到2018年1115.4亿元, 从去年前三季度2.2%: no 的 before
        elif p.role == "baseline" and p.code and (moved := MOVED_BY.match(text, p.end)):
            stated[moved.end()] = (p.start, p.code)
    # 肉产量由一季度的下降1.7%转为增长1.6%，其中猪肉产量由下降1.7%转为…: the same earlier period
    froms = [p for p in mentions if p.role == "baseline" and p.code and text[p.start - 1 : p.start] == "由"]
    for m in MOVED_FROM.finditer(text):
        before = [p for p in froms if p.start < m.start() and not SENTENCE_END.search(text, p.end, m.start())]
        if before:
            stated[m.end()] = (m.start() + 1, before[-1].code)  # type: ignore[assignment]
    return stated


def year_before(code: str | None) -> str | None:
    """The same span one year earlier: 2019-Q1 → 2018-Q1."""
    return f"{int(code[:4]) - 1}{code[4:]}" if code and code[:4].isdigit() else None
