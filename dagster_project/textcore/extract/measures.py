"""The contract measure of a value, its sign, and whether a measure can take it."""

from __future__ import annotations

from dagster_project.textcore.extract.lexicon import (
    CONTRIBUTED,
    FALL,
    FALL_SIZE,
    GROWTH_SUBJECT,
    HEADS,
    MOVE,
    MOVE_END,
    RATE_THEN,
    SHARE_SUBJECT,
    SIGNED_GROWTH_AFTER,
)
from dagster_project.textcore.numbers import POINT_UNITS, Value, unit_measure


def plausible(measure: str, value: float, unit: str | None = None) -> bool:
    """Whether a value can be what its measure says: a share lies in 0–100 %, a fall is at
    most 100 %, a count without a magnitude is whole (2.1个 is a difference in points cut off
    before 百分点, 1.2万个 a count)."""
    if measure == "count" and unit and unit[0] not in "万亿千百十" and value != int(value):
        return False
    if measure == "share_pct":
        return 0 <= value <= 100
    if measure == "growth_pct":
        return value >= -100
    return True


def shift_value(v: Value, delta: int) -> Value:
    return Value(
        v.start + delta,
        v.end + delta,
        v.num_start + delta,
        v.number,
        v.unit,
        v.qualifier,
        v.bound_before,
        v.threshold,
        v.word,
    )


def head_of(subject: str) -> str | None:
    return next((h for h in HEADS if subject.endswith(h) and len(subject) > len(h)), None)


def signed_after(text: str, pos: int, verbs: str) -> str:
    """The verbs of a rate, or 增长 / 下降 when the words after it at ``pos`` say which
    (实现2.5%的正增长, 2.2%的负增长, 4%的增长)."""
    signed = SIGNED_GROWTH_AFTER.match(text, pos)
    return verbs if signed is None else "下降" if signed.group(1) == "负" else "增长"


def sign_of(verbs: str, measure: str, subject: str = "") -> int:
    """-1 for a fall in a growth rate (下降, 回落), and for the size of a fall whatever moved it
    (降幅为5%, 跌幅扩大至2%); a difference in percentage points keeps the value as written,
    its direction (低于, 回落) stays in the wording."""
    if measure == "pp_change":
        return 1
    return -1 if FALL.search(verbs) or FALL_SIZE.search(subject) else 1


def measure_of(v: Value, verbs: str, subject: str) -> str | None:
    """The contract measure of a value from its unit, the verb before it and its subject."""
    unit = v.unit
    moved = MOVE.search(verbs) and not verbs.endswith(("到", "至"))
    if unit == "‰":  # 出生率8.2‰, 自然增长率0.3‰: a rate per thousand is a level of its own
        return "growth_pct" if moved and MOVE_END.search(verbs) else "level"
    if unit == "%":
        if v.word:  # 持平
            return "growth_pct"
        if CONTRIBUTED.search(subject):  # 贡献了全省52%的增长: a share of the growth, not a rate
            return "share_pct"
        if moved and MOVE_END.search(verbs):
            return "growth_pct"
        if GROWTH_SUBJECT.search(subject) or RATE_THEN.search(subject):  # 名义增长率为7.6%
            return "growth_pct"
        if subject.endswith("指数") and not moved:  # 居民消费价格指数为98.7%: an index (base 100)
            return "level"
        if SHARE_SUBJECT.search(subject) or (verbs.endswith("的") and v.number >= 0):
            return "share_pct"  # …分别贡献了全市增量的21%、39.5%: a part of what is named before
        if moved or v.number < 0:  # 为-5.13%: no share is below zero, a change is
            return "growth_pct"
        return "share_pct"
    if unit == "成":  # 增长3成, 进口增速超3成: a rate in tenths; 占3成: a share
        if moved and GROWTH_SUBJECT.search(subject):
            return None  # 增幅同比回落四成: a rate's own change said in tenths, in passing
        return "growth_pct" if moved or GROWTH_SUBJECT.search(subject) else "share_pct"
    if unit == "倍":  # 增长1.5倍, 增长速度达25.4倍: a multiple of growth
        return "growth_multiple" if moved or v.word or GROWTH_SUBJECT.search(subject) else None
    if unit in POINT_UNITS:
        return "pp_change"
    return unit_measure(unit)
