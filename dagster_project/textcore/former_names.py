"""Former names of districts and county-level cities: counties made districts or cities.

东乡县 became 抚州's 东乡区 in 2016, 萧山市 杭州's 萧山区 in 2001, 广德县 the city 广德市 in
2019, 深圳's 光明新区 (a functional area) 光明区 in 2018; texts from before write the old name.
The short name of a county-level district or city with 县 (or, for a district, 市 or 新区) is
taken as such a former name unless a division holds that name now (和平县 is 河源's, not 天津's
和平区).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dagster_project.textcore.regions import RegionRef

FORMER_SUFFIXES = ("县", "市")


def former_names(regions: Iterable[RegionRef]) -> dict[str, list[str]]:
    """Region code → the names it may have been written by before it became a district or city."""
    regions = list(regions)
    held = {ref.name for ref in regions}
    found: dict[str, list[str]] = {}
    for ref in regions:
        stem = ref.short_name
        if ref.level != "county" or not ref.name.endswith(("区", "市")) or stem == ref.name or len(stem) < 2:
            continue
        suffixes = (*FORMER_SUFFIXES, "新区") if ref.name.endswith("区") else FORMER_SUFFIXES
        names = [stem + suffix for suffix in suffixes if stem + suffix not in held]
        if names:
            found[ref.code] = names
    return found
