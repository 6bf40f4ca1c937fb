"""Names several divisions hold: the place a text names when nothing says which one it is.

鼓楼区 is a district of 福州, 南京, 徐州 and 开封; 西湖区 of 杭州 and 南昌.  The gazetteer
decides between them by the document's city or province; a district's own report often
names neither.  Its values then belong to 西湖区 all the same: the text says so.  They keep
the name, with no code (``RegionRef.known_code``), and are flagged for review
(``region_ambiguous``) instead of losing their place.  The name is never resolved to one of
the divisions by guessing.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from dagster_project.textcore import words
from dagster_project.textcore.regions import Gazetteer, RegionRef

MIN_CHARS = 3  # 城区, 郊区, 东区: shared two-character names are ordinary words too


@cache
def shared_names(gazetteer: Gazetteer) -> dict[str, RegionRef]:
    """Full names held by several divisions of one level, each as a ``shared`` place."""
    found = {}
    for surface in gazetteer.surface_forms():
        holders = [ref for ref, _ in gazetteer.surfaces(surface).values() if ref.name == surface]
        if len(surface) < MIN_CHARS or len(holders) < 2 or len({r.level for r in holders}) > 1:
            continue
        shorts = {r.short_name for r in holders}
        short = shorts.pop() if len(shorts) == 1 else surface
        found[surface] = RegionRef(surface, surface, short, holders[0].level, None, None, shared=True)
    return found


def shared_place(texts: list[str], gazetteer: Gazetteer) -> RegionRef | None:
    """The shared name the first of ``texts`` naming one names most often (a tie: none).

    ``texts`` go strongest first (the titles, then the body); a name counts where it is a
    word of its text (not 新城区 in 重庆新城区域)."""
    names = shared_names(gazetteer)
    for text in texts:
        counts: Counter[str] = Counter()
        for name in names:
            start = text.find(name)
            while start >= 0:
                if words.is_word(text, start, start + len(name)):
                    counts[name] += 1
                start = text.find(name, start + 1)
        ranked = counts.most_common(2)
        if ranked:
            if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
                return None
            return names[ranked[0][0]]
    return None
