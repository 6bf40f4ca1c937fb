"""Scope words (全区, 全县, 全市, 全省, 我县, 直管区 …): which place a text means by them.

A scope word names the speaker's or the document's own place by its level, so its meaning
follows from that place (the anchor) and the divisions above it:

- 全区 in a district's text is the district; in a city of an autonomous region (百色市 in
  广西) it is the autonomous region; in a zone's text (两江新区) the zone;
- 全县 / 全旗 is the county or banner itself; 全州 / 全盟 the prefecture;
- 全市 is a city: the anchor itself when it is a city (a county-level city too), else the
  city above a district or county; 全省 the province above.

A scope word that cannot be the anchor or a place above it means nothing here (None):
the value is then left to the caller's other context, never guessed.
"""

from __future__ import annotations

import re

from dagster_project.textcore.regions import Gazetteer, RegionRef

# 全区 / 本县 / 我市 …, and the words for a zone's or district's own area.
SCOPE = re.compile(
    r"^(?:(?:全|本|我)(?P<level>[区县旗州盟市省])|(?P<own>直管区|新区|辖区|区内|县内|区域内)"
    r"|(?P<city>市内)|(?P<province>省内))"
)


def _is_autonomous_region(ref: RegionRef | None) -> bool:
    return ref is not None and ref.level == "province" and ref.name.endswith("自治区")


def scope_level(word: str) -> str | None:
    """The level character a scope word names ('区', '县', '市', '省' …), '' for a place's
    own area (直管区, 辖区), or None when ``word`` opens with no scope word."""
    m = SCOPE.match(word)
    if m is None:
        return None
    if m.group("city"):
        return "市"
    if m.group("province"):
        return "省"
    return m.group("level") or ""


def scope_region(level: str, anchor: RegionRef | None, gazetteer: Gazetteer) -> RegionRef | None:
    """The place a scope word of ``level`` means when the text speaks for ``anchor``."""
    if anchor is None:
        return None
    name = anchor.name
    province = gazetteer.province_of(anchor)
    if level == "":
        return anchor
    if level == "区":
        if anchor.level == "zone" or (anchor.level == "county" and name.endswith("区")):
            return anchor
        if anchor.level == "prefecture" and name.endswith("地区"):
            return anchor
        return province if _is_autonomous_region(province) else None
    if level in ("县", "旗"):
        return anchor if anchor.level == "county" and name.endswith(("县", "旗")) else None
    if level in ("州", "盟"):
        if anchor.level == "prefecture":
            return anchor
        parent = gazetteer.parent(anchor)
        return parent if parent is not None and parent.level == "prefecture" else None
    if level == "市":
        return gazetteer.city_meant(anchor)
    if level == "省":
        return province
    return None
