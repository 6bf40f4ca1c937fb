"""What a number that gave no fact is (a date, an ordinal, a ranking, a name, a duration, a
threshold, a baseline, a quantifier), judged from the words around it, so that every number of a
text is accounted for."""

from __future__ import annotations

import re

from dagster_project.textcore.numbers import CN_NUM, ORDINAL_BEFORE, POLICY_NOUNS, RANKING_BEFORE, UNIT

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|《[^》]*》|「[^」]*」")


def number_kind(sentence: str, start: int, end: int) -> str:
    """What a number that gave no fact is, judged from the words around it.

    'date' (7月24日, 2025年), 'ordinal' (第七届), 'ranking' (居全市第3), 'name' (a number
    inside quotes or a model name: “33618”, 8.6代, TOP10), 'duration' (3个多月),
    'threshold' (10亿元以上项目), 'baseline' (由51户 …), 'quantifier' (6大行动, 5批次19组),
    'percentile', 'note' (地区生产总值【1】: a note's mark); otherwise 'unexplained' for a reviewer.
    """
    before, after = sentence[:start], sentence[end:]
    if any(q.start() < start < q.end() for q in _QUOTED.finditer(sentence)):
        return "name"
    if re.search(r"[\u4e00-\u9fff][【\[［]$", before) and re.match(r"[】\]］]", after):
        return "note"  # 地区生产总值【1】: the mark of a note to the word
    places = re.match(r"\s?(?:名|位)", after)
    if re.match(r"届|次(?:全会|会议|党代会)|中全会", after):  # 党的十九届六中全会: which congress, no count
        return "ordinal"
    if ORDINAL_BEFORE.search(before):
        return "ranking" if places or re.search(r"[居列排位]", before[-8:]) else "ordinal"
    if places and RANKING_BEFORE.search(before[-30:]):
        return "ranking"
    if (
        re.match(r"\s?(?:年|月|日|号|时|点)(?!度)", after)  # 2025年, 2025 年
        or re.match(r"[./\-]\d", after)
        or re.search(r"\d[./\-]$", before)
    ):
        return "date"
    if re.match(r"(?:个)?(?:多|余)?(?:个)?(?:多)?(?:月|年|天|日|小时|分钟|周|季度)", after):
        return "duration"
    if re.match(r"(?:代|G|nm|纳米|英寸|寸|号|型|版|线)", after) or re.search(r"[A-Za-z]$", before):
        return "name"
    if re.match(r"[^，。;,]{0,5}(?:以上|以下)[\u4e00-\u9fff]", after):
        return "threshold"
    if before.endswith(("由", "从")):
        return "baseline"
    if re.match(rf"(?:大|番)|[余多]?(?:{UNIT})(?:\d|[{CN_NUM}])", after):
        return "quantifier"
    if re.match(r"(?:项|条|个|大)", after) and re.search(rf"{POLICY_NOUNS}|体系|平台|工程", after[:12]):
        return "quantifier"
    return "unexplained"
