"""Clauses: each value with the words before it, or the noun a count counts."""

from __future__ import annotations

import re

from dagster_project.textcore.extract.lexicon import (
    ATTACHED_RATE,
    ATTRIBUTES,
    AVERAGE,
    BARE_HEADS,
    BASELINE_YEAR,
    COMPARE,
    COMPLETE_END,
    DURATION_AFTER,
    GAP,
    GROWTH_SUBJECT,
    INCREMENT,
    LISTED_COUNT_BEFORE,
    MOVE,
    NAMED_AFTER,
    NOUN_AFTER_STOP,
    PLACE_NOUNS,
    POLICY_COUNT,
    PROGRESS,
    QUOTED,
    RANK_MOVE,
    RATE_AFTER,
    RATE_ONLY,
    TRAILING_VERB,
)
from dagster_project.textcore.extract.measures import head_of, measure_of, sign_of
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.numbers import Value, unit_measure

COUNTED_UNITS = ("项", "个", "家", "位")


def _listed(text: str) -> int:
    """How many items a list at the end of ``text`` names (A、B和C → 3)."""
    return len([p for p in re.split(r"[、和及]", text.strip()) if p])


RANGE_BETWEEN = re.compile(r"\s*(?:至|到|~|～|-|—)\s*")
RANGE_AFTER = re.compile(r"\s*(?:之间|区间|以内|范围)")


def _range_bounds(clause: str, base: int, values: list[Value]) -> set[int]:
    """Indices of values that bound a range (1000亿元至1500亿元之间), not values themselves."""
    found: set[int] = set()
    for i in range(len(values) - 1):
        a, b = values[i], values[i + 1]
        if RANGE_BETWEEN.fullmatch(clause[a.end - base : b.start - base]) and RANGE_AFTER.match(
            clause, b.end - base
        ):
            found |= {i, i + 1}
    return found


class ClausesMixin:
    """Clauses: each value with the words before it, or the noun a count counts."""

    ctx: SectionState
    text: str
    offset: int
    subjects: list[Subject]

    def simple(self, base: int, clause: str, values: list[Value]) -> None:
        """Each value with the words before it (or, for a count, the noun after it)."""
        prev_end = 0  # clause offset where the next value's words start
        prefix = ""  # words carried from a count that only qualifies the next value
        baseline = ""  # subject of 由51户重组为33户, stated before the baseline
        piece = 0  # clause offset where the evidence of the next value starts
        ranges = _range_bounds(clause, base, values)
        ratios = {
            n
            for i in range(len(values) - 1)
            if clause[values[i].end - base : values[i + 1].start - base] in (":", "：")
            for n in (i, i + 1)
        }
        for i, v in enumerate(values):
            vs, ve = v.start - base, v.end - base
            key = self.offset + v.num_start
            if i in ranges:  # 位于1000亿元至1500亿元之间: the bounds of a class, no value
                self.ctx.used[key] = "threshold"
                prev_end = ve
                continue
            if i in ratios:  # 产业结构由22.3:28.6:49.1调整为…: a ratio, no value
                self.ctx.used[key] = "ratio"
                prev_end = ve
                continue
            nxt = values[i + 1].start - base if i + 1 < len(values) else len(clause)
            seg, after = clause[prev_end:vs], clause[ve:nxt]
            after_piece = after.split("、")[0]
            if "、" in seg and i > 0:
                piece = prev_end + seg.rfind("、") + 1
            if DURATION_AFTER.match(after) and v.unit == "个":
                self.ctx.used[key] = "duration"
                prev_end = ve
                continue
            year = BASELINE_YEAR.search(seg.rstrip())
            if year:  # 生产总值从1949年的1456万元增加到336亿元: 1456万元 is the value of 1949
                baseline = self.clean(seg.rstrip()[: year.start()])[0]
                measure = measure_of(v, "", baseline)
                for subject in (
                    self.subjects_for(baseline, None, measure or "level", False, "") if measure else []
                ):
                    self.emit(
                        subject,
                        v,
                        measure,
                        1,
                        (self.offset + base, self.offset + base + ve),
                        period=year.group(1),
                        remember=False,
                    )
                prev_end = ve
                continue
            if seg.rstrip().endswith(("由", "从")):  # 由51户重组为33户: 51 is the baseline
                self.ctx.used[key] = "baseline"
                baseline, prev_end = self.clean(seg.rstrip()[:-1])[0], ve
                continue
            if v.unit in ("位", "名") and RANK_MOVE.search(seg.rstrip()):  # 与上季度上升4位
                self.ctx.used[key] = "ranking"
                prev_end = ve
                continue
            if v.unit in COUNTED_UNITS and (
                (LISTED_COUNT_BEFORE.search(seg.strip()) and _listed(seg) == v.number)
                or seg.rstrip().endswith(("在", "居", "位居", "位列"))
                or PLACE_NOUNS.match(after)
            ):  # A、B、C3项指标…, 在16个县市区…中, 30个省份: counting what the text lists or compares
                self.ctx.used[key] = "quantifier"
                prev_end = ve
                continue
            if any(q.start() < vs < q.end() for q in QUOTED.finditer(clause)):
                self.ctx.used[key] = "name"
                continue
            places = self.place_list(seg)
            if places:
                self.place_facts(places, v, (self.offset + base, self.offset + base + len(clause)))
                prev_end = ve
                continue
            listed = seg.rsplit("、", 1)
            shared = len(listed) == 2 and re.search(r"(?:均|都)", seg[-6:])
            if not shared and i > 0:  # 绿色工厂14个、智能工厂70个: the words after the 、
                seg = listed[-1]
            if "等" in seg:
                seg = seg.rsplit("等", 1)[1]
            subj_text, scope, verbs = self.clean(seg)
            if seg.rstrip().endswith("以"):  # 湖北省以18.7%的同比增速居首; 唐山以4837亿元居首
                subj_text, scope, _ = self.clean(seg.rstrip()[:-1])
                verbs = "增长" if RATE_AFTER.match(after) else ""
            subj_text, prefix = prefix + subj_text, ""
            if baseline:
                subj_text, baseline = baseline, ""
            named = NAMED_AFTER.match(after)
            if named and self.region_of(subj_text, scope).text:
                named = None  # 工业增加值5%的增速: the value has its subject before it
            if named:  # 以5615.34亿元的GDP…: the place before it, the indicator after it
                subj_text += named.group("noun")
            counted = unit_measure(v.unit) is not None and not named
            noun = self.noun_after(after_piece) if counted else ""
            if (
                counted
                and i + 1 < len(values)
                and "、" not in after
                and not after.lstrip().startswith(("(", "（"))  # 4.85亿元(新开工项目17个…): an aside follows
                and (not noun or unit_measure(values[i + 1].unit) != "count")
            ):  # 5项关键指标均为100%, 5批次19组…: a count qualifying what follows
                self.ctx.used[key] = "quantifier"
                prefix = "" if TRAILING_VERB.search(subj_text) else subj_text
                prev_end = ve
                continue
            bare = not subj_text or bool(TRAILING_VERB.search(subj_text))
            if noun and (bare or (unit_measure(v.unit) == "count" and not COMPLETE_END.search(subj_text))):
                subj_text = ("" if bare else subj_text) + noun
                prev_end = ve + len(after_piece)
            else:
                noun, prev_end = "", ve + (named.end() if named else 0)
            evidence = (
                self.offset + base + piece,
                self.offset + base + prev_end,
            )
            # 名义增长率…，达到了7.8%: a value without a subject is measured as the one it inherits
            # (绵阳达到8.9%: the place alone, so as the subject before it)
            own = self.region_of(subj_text, scope).text if subj_text else ""
            measure = measure_of(v, verbs, own or (self.subjects[-1].text if self.subjects else ""))
            if measure is None:
                continue
            increment = INCREMENT.search(verbs) if re.search(COMPARE, verbs) else None
            if subj_text and measure in ("count", "level") and increment:  # 贷款余额较年初新增320亿元
                subj_text += increment.group()
            if measure == "count" and POLICY_COUNT.search(subj_text):
                self.ctx.used[key] = "quantifier"
                continue
            if GAP.search(seg) or re.match(
                r"的?(?:差距|差额)", after
            ):  # 相差8.4亿元, 拉出113亿元的差距: a gap
                self.ctx.used[key] = "gap"
                continue
            subjects = self.subjects_for(subj_text, scope, measure, bool(shared), verbs)
            if not subjects:
                self.ctx.used[key] = "unexplained"
                continue
            derived = bool(increment) or (not subj_text and measure in ("count", "level"))  # 增加608.66亿元
            for subject in subjects:
                self.emit(subject, v, measure, sign_of(verbs, measure), evidence, remember=not derived)

    def subjects_for(
        self, text: str, scope: str | None, measure: str, shared: bool, verbs: str
    ) -> list[Subject]:
        """One subject, several (A和B, A、B均), or one taken from the clause before: a
        missing subject (同比增长8%), a bare head (营收), an increment (比年初增加420亿元)."""
        amount = measure in ("count", "level")
        if not text:
            last = self.subjects[-1] if self.subjects else self.topic_here(scope)
            if last is None:
                return []
            average = AVERAGE.search(verbs)
            if average and not amount:  # 两年平均增长1.7%: the average rate of the indicator before
                return [Subject(last.text + average.group(), last.region, last.source)]
            if not amount:
                return [last]
            change = MOVE.search(verbs)
            if change:
                return [Subject(last.text + change.group(), last.region, last.source)]
            if "累计" in verbs:  # 新增市场主体1.2万户，累计达15.6万户: the stock
                return [Subject(re.sub(r"^新增", "", last.text), last.region, last.source)]
            if verbs and re.fullmatch(
                r"(?:完成|实现|达到|达|为|了|高达|共计|累计)+", verbs
            ):  # 其中8月当月完成21.5亿元
                return [last]
            return []
        if self.subjects and ATTACHED_RATE.fullmatch(text):  # …54.08亿元、完成率101.08%
            last = self.subjects[-1]
            return [Subject(last.text + text, last.region, last.source)]
        if self.subjects and PROGRESS.fullmatch(text):  # 新增就业1.2万人，完成全年目标任务的60%
            last = self.subjects[-1]
            return [Subject(last.text + "目标完成进度", last.region, last.source)]
        if self.subjects and (text.startswith("占") or text in ATTRIBUTES):  # …增长12.3%，占…的比重
            last = self.subjects[-1]
            if text == "总量":  # GDP增长6.8%，增速…，总量突破1300亿元: the level of the same indicator
                return [next((x for x in reversed(self.subjects) if not GROWTH_SUBJECT.search(x.text)), last)]
            stem = re.sub(r"^新增", "", last.text) if text in ATTRIBUTES else last.text  # 新增…3家，总数61家
            return [Subject(stem + text, last.region, last.source)]
        subject = self.region_of(text, scope)
        if not subject.text:  # 山西同比增长10.5%: the place alone, of the indicator stated last
            last = self.subjects[-1] if self.subjects else self.ctx.topic
            return [Subject(last.text, subject.region, subject.source)] if last else []
        bare = re.sub(r"^(?:同比|环比)", "", subject.text)
        if bare in BARE_HEADS or RATE_ONLY.fullmatch(bare) or (len(bare) <= 2 and not amount):
            inherited = self.inherit(bare)
            if inherited and subject.source in ("clause", "sentence"):  # 宜宾增速: 宜宾's GDP growth
                return [Subject(inherited.text, subject.region, subject.source)]
            if inherited:
                return [inherited]
        if not measure.startswith("growth") and not shared:
            return [subject]
        parts = re.split(r"、", subject.text) if shared else re.split(r"和(?=[^和]{2,}$)", subject.text)
        if len(parts) < 2 or not COMPLETE_END.search(parts[0]):
            return [subject]
        out = [parts[0]]
        head = head_of(parts[0])
        for part in parts[1:]:
            complete = COMPLETE_END.search(part) and len(part) > 3
            stem = parts[0][: -len(head)] if head else parts[0][: max(0, len(parts[0]) - len(part))]
            out.append(part if complete else stem + part)
        return [Subject(t, subject.region, subject.source) for t in out]

    def topic_here(self, scope: str | None) -> Subject | None:
        """The indicator stated last in the section, for a value of a later sentence that names
        none (同比增长8%): its wording, with the place this sentence speaks of."""
        topic = self.ctx.topic
        if topic is None:
            return None
        here = self.region_of("", scope)
        return Subject(topic.text, here.region, here.source)

    @staticmethod
    def noun_after(after: str) -> str:
        """The noun a count counts when it follows the count (5条特色街区)."""
        after = after.strip(" 、,，。;；!?！？")
        if not after or NOUN_AFTER_STOP.match(after) or not re.match(r"[\u4e00-\u9fff“「『\"A-Za-z]", after):
            return ""
        return re.sub(r"^的", "", after)
