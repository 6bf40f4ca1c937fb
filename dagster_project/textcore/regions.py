"""Gazetteer: China's divisions and economic zones, and how place names in text resolve to them.

Reads ``dbt/seeds/ref_regions.csv`` (every province, prefecture and county-level division with
its GB/T 2260 code, plus economic zones with project codes) and the zone aliases in
``dbt/seeds/ref_economic_zones.csv``.  A name may be written in full (渝北区), short (渝北), as
an alias (万盛经开区) or, for autonomous divisions, as short name + type (酉阳县, 酉阳自治县,
恩施州), or for a district by the county or city name it had before (萧山市: ``former_names``).
Names shared by several divisions (鼓楼区, 朝阳区) are resolved by the document's region:
first within its city, then within its province; otherwise they stay unresolved
(``context.shared_names`` keeps such a name when it is all a text gives).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dagster_project.settings import SEEDS_DIR
from dagster_project.textcore import words
from dagster_project.textcore.former_names import former_names
from dagster_project.textcore.placefinder import PlaceFinder
from dagster_project.textcore.seed_files import read_seed_rows

SEEDS = SEEDS_DIR  # the reference lists, where settings says they are
COLUMNS = ("region_code", "region_name", "short_name", "level", "parent_code", "province_name")

# Kinds of surface form, best first: a full name beats a short name beats an alias.
_NAME, _SHORT, _ALIAS = 0, 1, 2

_UNNAMED_CITY = "市"  # 市委, 市商务委: a department of "the city" the document is about
_UNNAMED_PROVINCE = "省"
_UNNAMED_COUNTY = ("区", "县")
_NATIONAL = ("国家", "国务院", "中央", "全国", "中国")
_PARTY_PREFIXES = ("中国共产党", "中共", "共青团")
_SEGMENT_SPLIT = re.compile(r"[、，,;；/\s]+")


@dataclass(frozen=True)
class RegionRef:
    """One division or economic zone of the reference list."""

    code: str
    name: str
    short_name: str
    level: str  # nation | province | prefecture | county | zone
    parent_code: str | None
    province_name: str | None
    shared: bool = False  # a name several divisions hold, the text not saying which (``code`` is the name)

    @property
    def known_code(self) -> str | None:
        """The division's code, or None for a name several divisions share (西湖区 of 杭州 or 南昌)."""
        return None if self.shared else self.code


def _is_municipality(ref: RegionRef) -> bool:
    """北京/天津/上海/重庆: province-level units that are also the city."""
    return ref.level == "province" and ref.name.endswith("市")


class Gazetteer:
    """Lookup of regions by code, by name, inside text and behind organisation names."""

    def __init__(
        self,
        regions: Iterable[RegionRef],
        aliases: Mapping[str, Iterable[str]] | None = None,
        is_word: Callable[[str, int, int], bool] | None = None,
        former: Mapping[str, Iterable[str]] | None = None,
    ):
        """Index ``regions``; ``aliases`` maps a region code to extra names for it, ``former``
        to full names it had before (辽中县 of 辽中区), which count as names anywhere;
        ``is_word(text, start, end)``, when given, must accept a short name or alias as a
        word of the text (not 江北 in 长江北岸)."""
        self._is_word = is_word
        self._by_code: dict[str, RegionRef] = {}
        self._surfaces: dict[str, dict[str, tuple[RegionRef, int]]] = defaultdict(dict)
        self.nation: RegionRef | None = None  # the place of national values, named by no surface
        for ref in regions:
            if ref.level == "nation":
                self.nation = ref
                continue
            self._by_code[ref.code] = ref
        for ref in self._by_code.values():
            self._add(ref.name, ref, _NAME)
            self._add(ref.short_name, ref, _SHORT)
            if "自治" in ref.name and ref.short_name != ref.name and ref.level != "province":
                self._add(ref.short_name + ref.name[-1], ref, _ALIAS)  # 酉阳县, 恩施州
                self._add(ref.short_name + ref.name[-3:], ref, _ALIAS)  # 酉阳自治县
        for code, names in (aliases or {}).items():
            for alias in names:
                self._add(alias, self._by_code[code], _ALIAS)
        self._former = {name for names in (former or {}).values() for name in names}
        for code, names in (former or {}).items():
            for name in names:
                self._add(name, self._by_code[code], _NAME)
        self._provinces = {r.name: r for r in self._by_code.values() if r.level == "province"}
        self.finder = PlaceFinder(self, is_word)

    def _add(self, surface: str, ref: RegionRef, kind: int) -> None:
        """Record that ``surface`` names ``ref`` (keeping the best kind per region)."""
        if len(surface) < 2:
            return
        seen = self._surfaces[surface].get(ref.code)
        if seen is None or kind < seen[1]:
            self._surfaces[surface][ref.code] = (ref, kind)

    @classmethod
    def from_csv(
        cls,
        regions_csv: Path,
        zones_csv: Path | None = None,
        is_word: Callable[[str, int, int], bool] | None = None,
    ) -> Gazetteer:
        """Load the seed files; a missing column or unknown level raises naming the file."""
        regions = [
            RegionRef(
                code=row["region_code"],
                name=row["region_name"],
                short_name=row["short_name"] or row["region_name"],
                level=row["level"],
                parent_code=row["parent_code"] or None,
                province_name=row["province_name"] or None,
            )
            for row in read_seed_rows(regions_csv, COLUMNS)
        ]
        aliases: dict[str, list[str]] = {}
        if zones_csv is not None:
            known = {r.code for r in regions}
            for row in read_seed_rows(zones_csv, ("region_code", "aliases")):
                if row["region_code"] not in known:
                    raise ValueError(f"{zones_csv}: zone {row['region_code']} is not in {regions_csv}")
                aliases[row["region_code"]] = [a.strip() for a in row["aliases"].split("|") if a.strip()]
        return cls(regions, aliases, is_word, former_names(regions))  # 东乡县, before it was 东乡区

    @classmethod
    @cache
    def default(cls) -> Gazetteer:
        """The project's gazetteer, loaded once per process from ``dbt/seeds``, with jieba's
        word boundaries (its user dictionary: every place name and indicator wording)."""
        return cls.from_csv(SEEDS / "ref_regions.csv", SEEDS / "ref_economic_zones.csv", words.is_word)

    def __len__(self) -> int:
        return len(self._by_code)

    def by_code(self, code: str) -> RegionRef | None:
        """The region with this GB/T 2260 or project code."""
        return self._by_code.get(code)

    def parent(self, ref: RegionRef) -> RegionRef | None:
        """The region directly above ``ref`` (None for a province)."""
        return self._by_code.get(ref.parent_code) if ref.parent_code else None

    def within(self, inner: RegionRef, outer: RegionRef) -> bool:
        """Whether ``inner`` lies inside ``outer`` (a region is not within itself)."""
        node = self.parent(inner)
        while node is not None:
            if node.code == outer.code:
                return True
            node = self.parent(node)
        return False

    def province_of(self, ref: RegionRef) -> RegionRef | None:
        """The province-level unit ``ref`` lies in (itself for a province)."""
        return self._provinces.get(ref.province_name or "")

    def city_of(self, ref: RegionRef) -> RegionRef | None:
        """The municipality or prefecture-level city ``ref`` belongs to (渝北区 -> 重庆市).

        A prefecture or municipality is its own city; a province, and a county-level city
        directly under a province (仙桃市), have none.
        """
        node: RegionRef | None = ref
        while node is not None:
            if node.level == "prefecture" or _is_municipality(node):
                return node
            if node.level == "province":
                return None
            node = self.parent(node)
        return None

    def city_meant(self, ref: RegionRef) -> RegionRef | None:
        """The city a text of ``ref`` means by 市 (全市, 市委): ``ref`` itself when it is a city of
        any level (a county-level city, a municipality), else the city it belongs to."""
        return ref if ref.level == "prefecture" or ref.name.endswith("市") else self.city_of(ref)

    def lookup(self, name: str, context: RegionRef | None = None) -> RegionRef | None:
        """The region called ``name`` (full, short or alias), or None if unknown or ambiguous.

        ``context`` is the region the text is about; it decides between divisions sharing
        a name (朝阳区 is in 北京市 and in 长春市).
        """
        return self._resolve(name.strip(), context)[0]

    def _resolve(self, surface: str, context: RegionRef | None) -> tuple[RegionRef | None, int]:
        """Resolve a surface form; also return the kind it matched as (name/short/alias)."""
        entries = self._surfaces.get(surface)
        if not entries:
            return None, _ALIAS
        best = min(kind for _, kind in entries.values())
        candidates = [ref for ref, kind in entries.values() if kind == best]
        if (
            best != _NAME
            and context is not None
            and not any(r.province_name == context.province_name for r in candidates)
        ):
            local = self._local_stem(surface, context)
            if local is not None:  # 朝阳 in a Beijing text is 朝阳区, not 朝阳市 (辽宁)
                return local, best
        if len(candidates) > 1 and context is not None:
            city = self.city_of(context)
            for same in (
                lambda r: city is not None and self.city_of(r) == city,
                lambda r: r.province_name == context.province_name,
            ):
                narrowed = [r for r in candidates if same(r)]
                if narrowed:
                    candidates = narrowed
                    break
        return (candidates[0] if len(candidates) == 1 else None), best

    def _local_stem(self, stem: str, context: RegionRef) -> RegionRef | None:
        """The one division in ``context``'s province named ``stem`` + 区/县/市, if any."""
        local = [
            ref
            for suffix in "区县市"
            for ref, kind in self._surfaces.get(stem + suffix, {}).values()
            if kind == _NAME and ref.province_name == context.province_name
        ]
        return local[0] if len(local) == 1 else None

    def find(
        self, text: str, context: RegionRef | None = None, loose: bool = False
    ) -> list[tuple[int, int, RegionRef]]:
        """Places named in ``text`` (``placefinder.PlaceFinder.find``)."""
        return self.finder.find(text, context, loose)

    def is_former(self, surface: str) -> bool:
        """Whether ``surface`` is a name a division had before (辽中县), not one it has."""
        return surface in self._former

    def surface_forms(self) -> list[str]:
        """Every name, short name and alias the gazetteer knows."""
        return list(self._surfaces)

    def surfaces(self, surface: str) -> dict[str, tuple[RegionRef, int]]:
        """The regions a surface form names, each with the kind it names it as."""
        return self._surfaces.get(surface, {})

    def resolve_surface(self, surface: str, context: RegionRef | None) -> tuple[RegionRef | None, int]:
        """The region a surface form names here, and the kind (name, short name, alias)."""
        return self._resolve(surface, context)

    def org_region(self, org: str, context: RegionRef | None = None) -> RegionRef | None:
        """The region an organisation or office speaks for.

        '黔江区委书记' -> 黔江区; '两江新区党工委' -> 两江新区; '市商务委', '市委' -> the
        context's city; '省统计局' -> the context's province; '区委' -> the context county;
        '国家统计局' -> None (its '四川调查总队' -> 四川省).  In a compound title
        ('市委常委、两江新区党工委副书记') a named place wins over an unnamed level.
        """
        segments = [s for s in _SEGMENT_SPLIT.split(org.strip()) if s]
        for segment in reversed(segments):
            named = self._named_prefix(_strip_party(segment), context)
            if named is not None:
                return named
        for segment in segments:
            segment = _strip_party(segment)
            if segment.startswith(_NATIONAL):
                named = self.find(segment, context)
                return named[-1][2] if named else None
            unnamed = self._unnamed_level(segment, context)
            if unnamed is not None:
                return unnamed
        return None

    def _named_prefix(self, segment: str, context: RegionRef | None) -> RegionRef | None:
        """The most specific region named at the start of ``segment`` (重庆市渝北区 -> 渝北区)."""
        found: RegionRef | None = None
        pos = 0
        while hit := self.finder.match_at(segment, pos, found or context):
            found, pos = hit[2], hit[1]
        return found

    def _unnamed_level(self, segment: str, context: RegionRef | None) -> RegionRef | None:
        """Region of an office named only by its level (市委, 省统计局, 区政府)."""
        if context is None:
            return None
        if segment.startswith(_UNNAMED_CITY):  # a county-level city's 市委 is its own (宜都市)
            return self.city_meant(context)
        if segment.startswith(_UNNAMED_PROVINCE):
            return self.province_of(context)
        if segment.startswith(_UNNAMED_COUNTY) and context.level in ("county", "zone"):
            return context
        return None


def _strip_party(segment: str) -> str:
    """Drop a leading party/league prefix: 中共黔江区委 -> 黔江区委."""
    for prefix in _PARTY_PREFIXES:
        if segment.startswith(prefix):
            return segment[len(prefix) :]
    return segment
