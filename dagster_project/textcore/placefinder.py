"""Scanning running text for place names: longest match, and only where a short name is a word.

The gazetteer (``regions``) knows every division and how a name resolves; this finder walks a
text and decides where a name stands as a place. Full names count anywhere. A short name or
alias of a county or zone counts only in the context's province (黔江 is 黔江区 in a Chongqing
text), and outside a list of places only where jieba finds it delimited as a word (江北 in
江北经济, not in 长江北岸) and it is no everyday word (新兴, 振兴).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dagster_project.textcore.regions import Gazetteer, RegionRef

_NAME = 0  # the kind of a full name (regions: name 0, short name 1, alias 2)
_LIST_MARKS = "、"

# Short names that are also everyday words (新兴产业, 乡村振兴, 惠民政策, 中方, 比如...).  In
# running text they count as places only inside a list of places (next to 、).
# fmt: off
COMMON_WORDS = frozenset({
    "和平", "新华", "长安", "江南", "东方", "光明", "公安", "友谊", "友好", "平安", "安定", "前进",
    "解放", "港口", "中原", "合作", "资源", "比如", "南部", "通道", "共和", "中方", "延长", "凤凰",
    "新兴", "运河", "东风", "红旗", "光泽", "平原", "武功", "万年", "南海", "东海", "太平", "安宁",
    "白云", "青山", "天河", "盐田", "滨海", "滨江", "滨湖", "湖滨", "江岸", "临江", "河口", "海港",
    "路南", "路北", "路桥", "振兴", "复兴", "元宝", "宏伟", "白塔", "站前", "丰满", "平房", "方正",
    "富裕", "工农", "龙凤", "爱民", "向阳", "上街", "老城", "小店", "天桥", "惠民", "牡丹", "博爱",
    "台前", "民权", "芙蓉", "新建", "莲花", "钟楼", "鼓楼", "江山", "开化", "平和", "清流", "高明",
    "乐业", "天涯", "安居", "前锋", "大方", "富民", "古城", "清水", "宝塔", "同心", "温泉", "白杨",
    "兴隆", "兴业", "康乐", "祥云",
})
# 全州 of a 州's own text is the whole prefecture (全州GDP, 全州上下), as 全县 and 全市 are:
# never a place's short name outside a list of places, however loosely a text is read
WHOLE_OF_LEVEL = frozenset({"全州"})
# fmt: on


# A short name before these names a street, a square or an estate (朝阳街, 解放路, 人民广场), a
# site or a body named after the place (云冈石窟, 大同机场, 云冈研究院), a kind of work
# (建安工程) or a region of several (成渝地区双城经济圈), not the place
NAMESAKE_AFTER = re.compile(
    r"(?:[东西南北中]?(?:大街|大道|路|街|巷)|广场|公园|小区|花园|大桥"
    r"|石窟|景区|古城|古镇|遗址|机场|研究院|大学|学院|博物馆|水库|银行|工程|经济圈|经济带|都市圈|城市群)"
)

# A short name right after an office is a person's name (常务副区长金山中, 记者黄山)
OFFICE_BEFORE = re.compile(
    r"(?:区长|县长|市长|省长|州长|旗长|镇长|乡长|书记|主任|主席|局长|部长|厅长|秘书长|委员|记者|通讯员)\s?$"
)


def _whole_item(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole item of an enumeration (、开州、), not the start or
    the end of a word in one (、惠民生、, 、新建畜禽)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    opens = not before or before in _LIST_MARKS or not "\u4e00" <= before <= "\u9fff"
    closes = not after or after in _LIST_MARKS or after in "等和及与" or not "\u4e00" <= after <= "\u9fff"
    return opens and closes and (before in _LIST_MARKS or after in _LIST_MARKS)


def _in_list(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands in an enumeration (万州、开州、云阳)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return bool(before and before in _LIST_MARKS) or bool(after and after in _LIST_MARKS)


class PlaceFinder:
    """Finds the places a text names, for one gazetteer."""

    def __init__(self, gazetteer: Gazetteer, is_word: Callable[[str, int, int], bool] | None = None) -> None:
        """Index the gazetteer's surface forms: every name has two or more characters, so the
        first two characters select the few lengths worth trying; a character class of first
        characters lets the C regex engine skip the rest of the text."""
        self.gazetteer = gazetteer
        self._is_word = is_word
        lengths: dict[str, set[int]] = defaultdict(set)
        forms = gazetteer.surface_forms()
        for surface in forms:
            lengths[surface[:2]].add(len(surface))
        self._lengths = {head: sorted(ls, reverse=True) for head, ls in lengths.items()}
        firsts = "".join(sorted({surface[0] for surface in forms}))
        self._first = re.compile(f"[{re.escape(firsts)}]")

    def find(
        self, text: str, context: RegionRef | None = None, loose: bool = False
    ) -> list[tuple[int, int, RegionRef]]:
        """Places named in ``text``: ``(start, end, region)``, longest match, non-overlapping.

        Full names count anywhere.  A short name or alias of a county or zone counts only in
        ``context``'s province (黔江 is 黔江区 in a Chongqing text, nothing elsewhere);
        those of provinces and prefectures count anywhere.  Outside a list of places a short
        name or alias counts only where jieba finds it delimited as a word (江北 in
        江北经济, not in 长江北岸), and not at all when it is also an everyday word (新兴, 振兴).
        ``loose`` (for a text that names no place otherwise) also takes a county's short name
        outside ``context``'s province when one county alone bears it, and everyday words
        delimited as words (天桥 in 天桥发展).
        """
        found: list[tuple[int, int, RegionRef]] = []
        free = 0
        for m in self._first.finditer(text):
            if m.start() < free:
                continue
            hit = self.match_at(text, m.start(), context, loose)
            if hit is not None:
                found.append(hit)
                free = hit[1]
        return found

    def match_at(
        self, text: str, start: int, context: RegionRef | None, loose: bool = False
    ) -> tuple[int, int, RegionRef] | None:
        """The longest acceptable place name starting at ``start``."""
        for length in self._lengths.get(text[start : start + 2], ()):
            stop = start + length
            surface = text[start:stop]
            if stop > len(text) or not self.gazetteer.surfaces(surface):
                continue
            ref, kind = self.gazetteer.resolve_surface(surface, context)
            if ref is None:
                continue
            guarded = length == 2 or self.gazetteer.is_former(surface)  # 平川县市区: no 平川县
            short_full = kind == _NAME and guarded and not _whole_item(text, start, stop)  # 示范县、: no 范县
            if short_full and self._is_word is not None and not self._is_word(text, start, stop):
                continue  # a two-character or former name only where it is a word (和县, not 市政府和县委)
            if kind != _NAME and NAMESAKE_AFTER.match(text, stop):
                continue  # 朝阳街, 中山路: a street named after a place, not the place
            if kind != _NAME and OFFICE_BEFORE.search(text, max(0, start - 4), start):
                continue  # 常务副区长金山中: a person
            if kind != _NAME:
                local = context is not None and ref.province_name == context.province_name
                if ref.level in ("county", "zone") and not local and not loose:
                    continue
                if (
                    surface in COMMON_WORDS
                    and _in_list(text, start, stop)
                    and not _whole_item(text, start, stop)
                ):
                    continue  # 、惠民生、: a common word in an enumeration, no place
                if re.match(r"[\d%元亿万]", text[start - 1 : start]):
                    continue  # 突破20亿元大关: a word after an amount, no place
                if not _whole_item(text, start, stop) and (
                    (surface in COMMON_WORDS and not loose)
                    or surface in WHOLE_OF_LEVEL
                    or (self._is_word is not None and not self._is_word(text, start, stop))
                ):
                    continue
            return start, stop, ref
        return None
