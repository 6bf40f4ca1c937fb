"""Values of a sentence that are no facts of their own, each recorded with what it is: a
threshold, a bracketed baseline, a goal, the average of a place compared with, the bar places
were counted by, a number inside a quoted name, the divisions of a place (下辖6个区)."""

from __future__ import annotations

import re
from collections.abc import Callable

from dagster_project.textcore.extract.lexicon import (
    BARE_HEADS,
    BENCHMARK_AVERAGE_AFTER,
    BENCHMARK_BEFORE,
    BENCHMARK_PLACE,
    COUNTED_AFTER,
    COUNTED_BY,
    DIVISION_AFTER,
    DIVISION_BEFORE,
    QUOTED_NAME,
    RATE_ONLY,
    SHARE_OF_GOAL,
    TARGET,
)
from dagster_project.textcore.extract.state import SectionState
from dagster_project.textcore.numbers import POINT_UNITS, Value

BRACKETED_BASE_BEFORE = re.compile(  # 比全国(6.8%)、全省(8.2%)快: each figure compared with
    r"(?:较|比|与)(?:[^,，。;；()（）]{0,12}[(（][^()（）]{0,12}[)）][、和及与])*[^,，。;；()（）]{0,12}[(（]\s*[-−+]?$"
)
# 高于与自治区会商目标6.2个百分点, 塌目标1.8个百分点 (short of it): how far a value is from its
# goal is a fact, not a goal
BEYOND_TARGET = re.compile(r"(?:高于|低于|快于|慢于|超过|超出|超|塌|差|落后于?)[^，,]*目标")

# 完成市下达增16%的目标任务, 实现增长7%的年度目标: the goal named after its value
RANKED_IN = re.compile(r"(?:分列|位列|居|排名?|列)第?[^，,。；;\d]{0,3}$")  # 分列四至, 居全省第
GOAL_AFTER = re.compile(  # 完成…增16%的目标任务; 处于7%—7.5%年度预期目标区间: a goal, or its range
    r"\s*(?:[—~～\-至到]\s*[\d.]+\s*%?)?\s*(?:左右|以上)?(?:的(?:全年|年度)?|全年|年度)(?:预期)?(?:目标|计划)"
)
DISTANCE = re.compile(r"(?:距离?|相距|离)[^，,。；;\d]{0,10}$")  # 南距哈尔滨市, 距离省会
# 远高于全国5.5%、全省5.0%、全市6.3%的平均增速: places compared with, each with its figure
BENCHMARK_LIST = re.compile(
    r"(?:高于|低于|快于|慢于|超过|超出|好于|跑赢|跑输|不及|领先)"
    r"(?P<list>(?:(?:全国|全省|全市|全区|全县|全州)(?:平均)?\s*-?[\d.]+\s*%\s*[、,，和及与]?\s*){2,})"
    r"的?(?:平均)?(?:水平|增速|增幅|增长率|增长速度)"
)
POSITION = re.compile(r"(?:东经|西经|南纬|北纬)[\d度分秒.至到~—-]*$")  # 东经118度23分至119度12分


class ValueKindsMixin:
    """The values of a sentence that may be facts."""

    ctx: SectionState
    text: str
    offset: int
    benchmarks: list[tuple[Value, str]]

    def values_of_its_own(self, values: list[Value]) -> list[Value]:
        """The values that may be facts; the others are recorded with what they are (a
        threshold, a bracketed baseline, a goal, the figure of a place compared with)."""
        values = self.set_apart(values, "threshold", lambda v: v.threshold)
        values = self.set_apart(  # 分列四至十位, 居全省第3名: places in a ranking, no count
            values,
            "ranking",
            lambda v: (
                v.unit in ("位", "名") and bool(RANKED_IN.search(self.text, max(0, v.start - 6), v.start))
            ),
        )
        values = self.set_apart(  # 全市下辖6个区、3个县: the place's divisions
            values,
            "division",
            lambda v: (
                bool(DIVISION_BEFORE.search(self.text[: v.start]))
                and bool(DIVISION_AFTER.match(self.text, v.end - len(v.unit or "")))
            ),
        )
        values = self.set_apart(  # 增幅较1-2月(-0.6%)提高18个百分点: the figure compared with, in brackets
            values,
            "baseline",
            lambda v: (
                bool(BRACKETED_BASE_BEFORE.search(self.text[: v.start]))
                and re.match(r"\s*[)）]", self.text[v.end :]) is not None
            ),
        )
        values = self.set_apart(  # 南距哈尔滨市160公里, 东经118度23分: where a place lies, no indicator
            values,
            "distance",
            lambda v: (
                ((v.unit or "").endswith(("公里", "千米")) and bool(DISTANCE.search(self.clause_before(v))))
                or bool(POSITION.search(self.clause_before(v)))
            ),
        )
        goals = {
            v.start
            for v in values
            if (
                TARGET.search(clause := re.split(r"[,，]", self.text[: v.start])[-1])
                and not (v.unit in POINT_UNITS and BEYOND_TARGET.search(clause))
                and not (v.unit == "%" and SHARE_OF_GOAL.search(clause))
            )
            or GOAL_AFTER.match(self.text, v.end)  # 完成市下达增16%的目标任务
        }
        for v in values:
            if v.start in goals:
                self.ctx.used[self.offset + v.num_start] = "target"
        every, values = values, [v for v in values if v.start not in goals]
        listed = [m.span("list") for m in BENCHMARK_LIST.finditer(self.text)]  # 高于全国5.5%、全省5.0%的增速
        for v in values:  # 高于全国平均5.3%的水平: the figure of the place compared with
            before = self.clause_before(v)
            if v.unit not in POINT_UNITS and (
                BENCHMARK_BEFORE.search(before)
                or (BENCHMARK_PLACE.search(before) and BENCHMARK_AVERAGE_AFTER.match(self.text, v.end))
                or any(a <= v.start < b for a, b in listed)
            ):
                self.ctx.used[self.offset + v.num_start] = "benchmark"
                self.benchmarks.append((v, before))
        values = [v for v in values if self.ctx.used.get(self.offset + v.num_start) != "benchmark"]
        for v in [*values, *(v for v in every if v.start in goals)]:  # 9个市州的增速达到或超过6%
            counted = COUNTED_BY.search(re.split(r"[,，:：;；]", self.text[: v.num_start])[-1])
            if v.start not in goals and (counted or COUNTED_AFTER.match(self.text, v.end)):
                self.ctx.used[self.offset + v.num_start] = "threshold"  # the bar places were counted by
            what = self.clean(counted.group("what").removeprefix("的"))[0] if counted else ""
            if what:  # what the places were counted by (a bar or a goal) is what the values after are of
                bare = what in BARE_HEADS or (RATE_ONLY.fullmatch(what) and len(what) <= 3)
                self.ctx.topic = (self.inherit(what) if bare else None) or self.region_of(what, None)
        values = [v for v in values if self.ctx.used.get(self.offset + v.num_start) != "threshold"]
        names = [q.span() for q in QUOTED_NAME.finditer(self.text)]
        for v in values:  # 广东是“5万亿元俱乐部”的唯一成员
            if any(a < v.start < b for a, b in names):
                self.ctx.used[self.offset + v.num_start] = "name"
        return [v for v in values if self.ctx.used.get(self.offset + v.num_start) != "name"]

    def set_apart(self, values: list[Value], kind: str, test: Callable[[Value], bool]) -> list[Value]:
        """The values that are not of ``kind``; those that are are recorded as it."""
        for v in values:
            if test(v):
                self.ctx.used[self.offset + v.num_start] = kind
        return [v for v in values if self.ctx.used.get(self.offset + v.num_start) != kind]

    def clause_before(self, v: Value) -> str:
        """The words of the value's clause before it."""
        return re.split(r"[,，:：;；]", self.text[: v.start])[-1]
