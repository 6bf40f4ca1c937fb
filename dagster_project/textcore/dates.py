"""The document's date, the year its figures count from, and its default reporting period.

The date comes from the metadata, else from the file name (2025-07-25_…, 20250725_…), else
from a full date in the text. Relative periods (今年, 去年, 上半年) count from it, or from the
day a report was given when the text states it (2018年2月1日在…大会上) or its title names the
year (2019年松溪县人民政府工作报告: early that year) and a page reposted it later. A text
without a date usually writes its year out (2024年工作回顾, 2021年上半年): that year is then
the anchor. A photo's caption (2017年6月6日摄) dates the photo, not the text. The default
period is the one the text names most often for its values. Nothing comes from the clock.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from dagster_project.textcore.layout.blocks import GLOSS
from dagster_project.textcore.models import DecodedText, DocumentDates, DocumentMeta
from dagster_project.textcore.periods import CN, PeriodMention, find_periods

FILE_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
TEXT_DATE = re.compile(r"(20\d{2}|19\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日")
MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
HEAD = 1500
# (2017年6月6日摄), （新华社记者 李响 摄）: a photo's caption, dated when the photo was taken
CAPTION = re.compile(r"[(（][^()（）\n]{0,40}?摄[)）]")
TITLE_CHARS = 200
# 2018年2月1日在宜都市第八届人民代表大会第四次会议上: the day a report or speech was given,
# which its relative years (过去一年, 今年) count from, whenever the page reposting it is dated
DELIVERED = re.compile(
    r"((?:19|20)\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s?在[^。\n]{2,40}?(?:会议|大会|全会)上"
    # a speech's own date on its line under the title and the speaker: (2021 年 7 月 21 日)
    r"|(?m:^\s*[(（]\s?((?:19|20)\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s?[)）]\s*$)"
)

# 2019年松溪县人民政府工作报告: a work report is given early in the year its title names
REPORT_TITLE = re.compile(r"((?:19|20)\d{2})\s?年[^。\n(（]{0,12}?政府工作报告")
REPORT_GIVEN = (2, 1)  # the month and day a titled work report is read as given


def _valid(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def document_date(meta: DocumentMeta, source_file: str, norm: str) -> tuple[date | None, str | None]:
    """Publication date and where it came from."""
    if meta.published:
        return meta.published, "meta"
    name = source_file.rsplit("/", 1)[-1]
    for m in FILE_DATE.finditer(name):
        found = _valid(*m.groups())
        if found:
            return found, "filename"
    for m in TEXT_DATE.finditer(norm):
        found = _valid(*m.groups())
        if found:
            return found, "text"
    return None, None


# 比2019年同期增长…，两年平均增长…: a rate over two years counts from the year two before.
TWO_YEAR = re.compile(r"比((?:19|20)\d{2})年[^，,。；]{0,12}?增长[^。；]{0,30}?两年平均")


# Official releases gave two-year average rates (against 2019, past 2020's fall) in 2021 alone:
# a dateless text that gives them without naming the base year is of 2021.
TWO_YEAR_AVERAGE = re.compile(r"两年平均(?:增长|增速|下降)")
TWO_YEAR_AVERAGE_YEAR = 2021

# 延续2023年以来回升向好态势: a trend since a year before the text's own
CONTINUED_SINCE = re.compile(r"延续(?:了)?((?:19|20)\d{2})年以来")

# A text looking back on a year (总结过去一年的工作) that names only the next one's plan
# (提出了2019年的发展目标) is of the year before the plan's.
LOOKING_BACK = re.compile(r"过去(?:的)?一年|刚刚过去的一年|去年一年")

# “十三五”开局之年 / 收官之年: the first or last year of a five-year plan; the n-th plan from
# the third on runs from 1966 + 5·(n − 3) (十三五: 2016-2020)
PLAN_YEAR = re.compile(
    r"十(?P<n>[一二三四五])五[”\"’']?(?:规划)?(?:的|时期)?"
    r"(?:(?P<first>开局之?年|开篇之年|起步之年|第一年|首年)|(?P<last>收官之?年|最后一年|决胜之年))"
)


def plan_year(text: str) -> int | None:
    """The year a text calls the first or last of a five-year plan (“十三五”开局之年 → 2016)."""
    m = PLAN_YEAR.search(text)
    if m is None:
        return None
    first = 1966 + 5 * (10 + CN[m.group("n")] - 3)
    return first if m.group("first") else first + 4


# 15年以来, 11年上半年: a year written with two digits, for a text that writes no other
SHORT_YEAR = re.compile(
    r"(?<![\d.])([0-2]\d)年(?=以来|上半年|前三季度|[一二三四]季度|全年|\d{1,2}[-—至]\d{1,2}月)"
)

# A year named in passing, not as a period (2008北京国际新闻中心, 2019中国…论坛); not an amount.
YEAR_NAMED = re.compile(  # not 新增 2047 户: a count set apart by blanks
    r"(?<![\d.])((?:19[5-9]|20[0-4])\d)(?!\s*[\d.%％年亿万千百元个家项人户吨台件套辆平米公亩])"
)


# 20218月报, 2021年8月报: the year of a monthly report's issue, set before its month
REPORT_ISSUE = re.compile(r"((?:19|20)\d{2})年?(?:1[0-2]|0?[1-9])月报")


def written_year(mentions: list[PeriodMention], norm: str = "") -> int | None:
    """The year a dateless text writes out for its values most often (the latest on a tie);
    else, read without pinyin glosses, in this order: the year its two-year averages count to;
    the year after the latest it compares with (对比2020年全年…超过去年全年: 2021) or whose trend
    it continues (延续2023年以来: 2024); the year before the plan of a text looking back on a
    year (总结过去一年…提出了2019年的发展目标: 2018); the latest year it names in passing; one
    it writes with two digits (15年以来); 2021 for a text giving two-year averages. The first or
    last year of a five-year plan it calls itself (“十三五”开局之年: 2016) comes before the plan
    of a text looking back. A party session it studies (十九届四中全会) bounds its year from
    below and does not give it: such a text's periods stay unknown."""
    norm = GLOSS.sub("", norm)
    years = Counter(int(p.code[:4]) for p in mentions if p.explicit_year and p.role == "period" and p.code)
    if years:
        return max(years, key=lambda y: (years[y], y))
    two_year = TWO_YEAR.search(norm)
    if two_year:
        return int(two_year.group(1)) + 2
    compared = [int(p.code[:4]) for p in mentions if p.explicit_year and p.role == "comparison" and p.code]
    if compared:
        return max(compared) + 1
    if continued := CONTINUED_SINCE.findall(norm):
        return max(int(y) for y in continued) + 1
    if plan := plan_year(norm):  # “十三五”开局之年
        return plan
    planned = [int(p.code[:4]) for p in mentions if p.explicit_year and p.role == "target" and p.code]
    if planned and LOOKING_BACK.search(norm):
        return min(planned) - 1
    if issue := REPORT_ISSUE.search(norm):  # 20218月报
        return int(issue.group(1))
    named = [int(y) for y in YEAR_NAMED.findall(norm)]  # 2008北京国际新闻中心: a year it names at all
    if named:
        return max(named)
    if short := SHORT_YEAR.search(norm):
        return 2000 + int(short.group(1))
    return TWO_YEAR_AVERAGE_YEAR if TWO_YEAR_AVERAGE.search(norm) else None


def document_periods(norm: str, published: date | None) -> tuple[list[PeriodMention], int | None, bool]:
    """The text's period mentions, read with its anchor year, that year, and whether it is
    the year of a date (False: the year the text writes out)."""
    if published is not None:
        return find_periods(norm, published.year, published.month), published.year, True
    year = written_year(find_periods(norm, None), norm)
    mentions = find_periods(norm, year, 12, dated=False)
    if year is not None and _past_year_reviewed(norm, mentions, year):
        year += 1  # 2013年，GDP158.53亿元…。今年前三季度…: written in the year after
        mentions = find_periods(norm, year, 12, dated=False)
    return mentions, year, False


# 2013年，GDP158.53亿元: a year its values follow (not 2022年全区第四季度冲刺, a year named)
# 2022年实现地区生产总值1479.21亿元: the year's own outcome, said without a comma
STATED_FOR = re.compile(r"(?:全年)?(?:[,，]|(?:全[省市区县])?(?:实现|完成))[^。；;]{0,16}?\d")
THIS_YEAR_PART = re.compile(r"今年(?:以来|前|上半年|[一二三1-4]季度|\d{1,2}[-—至~]\d{1,2}月|1?\d月)")


def _past_year_reviewed(norm: str, mentions: list[PeriodMention], year: int) -> bool:
    """Whether a dateless text states values of the whole of ``year`` (2013年，GDP…) before it
    speaks of part of 今年, or after opening on a part of a year it does not name (一季度…):
    a year whose figures are out is over, so 今年 is the next."""
    whole = [
        p.end
        for p in mentions
        if p.code == str(year) and p.explicit_year and p.role == "period" and STATED_FOR.match(norm, p.end)
    ]
    if not whole:
        return False
    # 一季度我市有望…。2011年，全市生产总值…: a text that opens on part of its own year, then looks back
    opened_on_part = any(
        p.start < whole[0] and not p.explicit_year and p.role == "period" and p.code and "-" in p.code
        for p in mentions
    )
    return opened_on_part or THIS_YEAR_PART.search(norm, whole[0]) is not None


VALUE_AFTER = re.compile(r"[^。；;!?！？\n]*?\d+(?:\.\d+)?\s?(?:%|个百分点|亿|万|元|倍)")


TITLE_LINE_CHARS = 40  # a first line this short, ended by a line break, is the text's title


def default_period(mentions: list[PeriodMention], norm: str = "") -> str | None:
    """The period the text names most often for its values (the first on a tie): those with a
    value after them in their sentence, when there are any (not 为全年…奠定基础)."""
    named = [p for p in mentions if p.code and p.role == "period"]
    title_end = norm.find("\n")
    titled = [p for p in named if p.end <= title_end <= TITLE_LINE_CHARS]
    if len(titled) == 1:  # 台儿庄区2024年1-10月经济运行情况简析: the period the title names
        return titled[0].code
    valued = [p for p in named if VALUE_AFTER.match(norm, p.end)]
    codes = [p.code for p in valued or named]
    return max(codes, key=lambda c: (codes.count(c), -codes.index(c))) if codes else None


def resolve_dates(
    decoded: DecodedText, meta: DocumentMeta, source_file: str
) -> tuple[DocumentDates, list[str]]:
    """Dates, anchor year and default period of a document, with 'year_unknown' when the
    text gives no year at all."""
    norm = CAPTION.sub(lambda m: " " * len(m.group()), decoded.norm)  # offsets kept
    published, source = document_date(meta, source_file, norm)
    head = norm[:HEAD]
    meeting = None
    m = MONTH_DAY.search(head)
    if m and published:
        year = published.year if int(m.group(1)) <= published.month else published.year - 1
        meeting = _valid(str(year), m.group(1), m.group(2))
    delivered = next(
        (d for m in DELIVERED.finditer(head) if (d := _valid(*[g for g in m.groups() if g is not None]))),
        None,
    )
    meeting = delivered or meeting
    titled = REPORT_TITLE.search(head[:TITLE_CHARS])
    given = delivered or (date(int(titled.group(1)), *REPORT_GIVEN) if titled else None)
    anchor = given if given and (published is None or given < published) else published
    mentions, year, dated = document_periods(norm, anchor)
    flags = [] if year is not None else ["year_unknown"]
    return DocumentDates(
        published=published,
        date_source=source if published else ("text_year" if year is not None else None),
        meeting_date=meeting,
        period_code=default_period(mentions, norm),
        year=year,
        month=anchor.month if anchor else 12,
        dated=dated,
    ), flags
