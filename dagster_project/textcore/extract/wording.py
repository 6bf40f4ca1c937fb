"""The words of a subject: what only stands beside it (a dateline, an aside, a method, a
ranking said in passing), the sibling a word names, a part's contribution to a whole's growth."""

from __future__ import annotations

import re

from dagster_project.textcore.extract.lexicon import (
    ASIDE,
    DATELINE,
    METHOD,
    PERIOD_WORDS,
    PRONOUN,
    RANKING,
    SCOPE_WORDS,
    TOPIC_OPENING,
    TYPESET_SPACE,
)

# 一是…, 二、…, (3)…: the mark of an item in an enumeration, not part of its subject
ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]{1,2}是|[(（][一二三四五六七八九十\d]{1,2}[)）])")


# 第二产业拉动全县GDP增长1.94个百分点: the part's contribution to the whole's growth
PULLED = re.compile(r"(?P<by>[^，,。；;]{2,20}?)拉动(?P<of>[^，,。；;]{1,20}?)(?:增长|增速)")
PULLED_BY_LAST = re.compile(r"拉动(?P<of>[^，,。；;]{1,20}?)(?:增长|增速)")  # by the subject stated last
CONTRIBUTION = re.compile(r"对[^，,。；;]{0,12}的?贡献率$|(?:增速|增幅|增长)$")  # 第一产业对经济增长的贡献率
# the first characters of two sibling words (外资/内资, 出口/进口, 存款/贷款, 总量/增量)
SIBLINGS = ({"内", "外"}, {"进", "出"}, {"存", "贷"}, {"总", "增"})


def sibling_of(word: str, last: str) -> bool:
    """Whether a two-character word names the sibling of the one ``last`` ends in (外资 → 内资,
    出口 → 进口): it shares what ``last`` says before it."""
    return (
        len(word) == 2
        and len(last) > 2
        and last[-1] == word[-1]
        and word[0] not in last  # not 进出口
        and {last[-2], word[0]} in SIBLINGS
    )


def pulled_by(by: str, of: str) -> str:
    """What a part's contribution to the growth of a whole is of: 第二产业拉动GDP增长 (全县GDP →
    GDP; 第一产业对经济增长的贡献率 → 第一产业)."""
    return f"{CONTRIBUTION.sub('', by)}拉动{SCOPE_WORDS.sub('', PERIOD_WORDS.sub('', of))}增长"


ON_THE_BASE = re.compile(r"(?:且|并)?在(?:去年|上年|上一?年度?|(?:19|20)\d{2}年)(?:同期)?的?基础上(?:同期)?")


def strip_noise(text: str, wrapped: bool = False) -> str:
    """The words before a value without what only stands beside the subject: a dateline and
    reporter, an aside in brackets, a computing method, a topic opening, a pronoun, the
    text before the last blank (a heading run on; in a ``wrapped`` text, one between two
    characters is a line wrapped inside a word) and a ranking said in passing.

    ``深圳新闻网11月14日讯(记者 叶玉燕)龙岗区前三季度地区生产总值`` → ``龙岗区前三季度地区生产总值``;
    ``按可比价格计算,同比增长`` → ``同比增长``; ``璧山增速渝西八区第一`` → ``璧山增速``.
    """
    text = DATELINE.sub("", text)
    text = ASIDE.sub("", ASIDE.sub("", text))  # ((含玉东,下同)): an aside in an aside
    text = METHOD.sub("", text)
    text = TYPESET_SPACE.sub("", text)  # 常熟 GDP 达到: spacing around Latin letters, no blank
    if wrapped:  # 实现销 售收入: a line wrapped inside a word, no heading run on
        text = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", text)
    text = re.split(r"\s+", text.strip())[-1] if text.strip() else ""
    text = TOPIC_OPENING.sub("", text)
    text = ENUMERATOR.sub("", text)
    text = PRONOUN.sub("", text)
    text = ON_THE_BASE.sub("", text)  # 且在去年的基础上同期增加了7.16%: what it grew from
    return RANKING.sub("", text) or text
