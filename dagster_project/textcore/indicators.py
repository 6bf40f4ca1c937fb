"""The canonical indicator dictionary (dbt seeds ``ref_indicators`` / ``ref_indicator_aliases``).

Analysts compare regions on canonical indicators, while speakers word them freely
(规上工业增加值, 全区GDP, 直管区GDP).  ``resolve`` maps a wording to its canonical code and
name; wordings it does not know stay uncoded rather than guessed.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from dagster_project.settings import SEEDS_DIR
from dagster_project.textcore.normalize import to_simplified

SEEDS = SEEDS_DIR  # the reference lists, where settings says they are
# Scope words and comparisons that do not change which indicator is meant.
SCOPE = re.compile(
    r"^(?:全区|全县|全市|全省|全州|全旗|全域|直管区|新区|本区|本县|本市|我区|我县|我市|我省|辖区|区域)"
)
TOTAL = re.compile(r"(?<=.{2})(?:总量|总规模)$")  # GDP总量 is the GDP
NOISE = re.compile(r"同比|环比|累计|“|”|\"")
# A named place before the indicator: 渝北区GDP, 黔江区固定资产投资.
PLACE = re.compile(r"^[\u4e00-\u9fff]{2,7}?(?:新区|自治县|自治州|区|县|市|州|盟|旗)")


@dataclass(frozen=True)
class IndicatorDictionary:
    """Wordings (aliases, canonical names included) → (code, canonical name)."""

    aliases: dict[str, tuple[str, str]]
    _resolved: dict[str, tuple[str, str] | None] = field(default_factory=dict, compare=False, repr=False)
    _by_first: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for n, (alias, (code, _)) in enumerate(self.aliases.items()):  # named_in looks up by character
            if len(alias) >= 2:
                self._by_first.setdefault(alias[0], []).append((n, alias, code))

    @classmethod
    @cache
    def default(cls) -> IndicatorDictionary:
        """The dictionary of the dbt seeds, loaded once per process."""
        return cls.from_csv(SEEDS / "ref_indicators.csv", SEEDS / "ref_indicator_aliases.csv")

    @classmethod
    def from_csv(cls, indicators: Path, aliases: Path) -> IndicatorDictionary:
        """Read the two seed files; a missing file, column or unknown code raises
        ValueError naming the file, so a broken seed never silently codes nothing."""
        try:
            with indicators.open(encoding="utf-8") as f:
                names = {r["indicator_code"]: r["indicator_name"] for r in csv.DictReader(f)}
        except (OSError, KeyError) as exc:
            raise ValueError(f"{indicators}: unreadable indicator seed ({exc})") from exc
        table = {name: (code, name) for code, name in names.items()}
        try:
            with aliases.open(encoding="utf-8") as f:
                for n, row in enumerate(csv.DictReader(f), start=2):
                    code = row["indicator_code"]
                    if code not in names:
                        raise ValueError(f"{aliases}: line {n} names unknown indicator {code!r}")
                    table[row["alias"]] = (code, names[code])
        except (OSError, KeyError) as exc:
            raise ValueError(f"{aliases}: unreadable alias seed ({exc})") from exc
        return cls(table)

    def named_in(self, text: str) -> str | None:
        """The wording of the one canonical indicator a line (a title) names, or None when it
        names none or several (各区县GDP数据 → GDP)."""
        text = to_simplified(text)
        found: dict[str, tuple[int, int, str]] = {}  # code → the longest alias, the first listed on a tie
        for first in set(text):
            for n, alias, code in self._by_first.get(first, ()):
                if alias in text and (len(alias), -n) > found.get(code, (0, 0, ""))[:2]:
                    found[code] = (len(alias), -n, alias)
        return next(iter(found.values()))[2] if len(found) == 1 else None

    def resolve(self, indicator_text: str) -> tuple[str, str] | None:
        """Canonical (code, name) of a wording, or None when it names no canonical indicator.

        Tried as written, then without comparison words (同比) and quotes, then without a
        scope word (全区, 直管区) or a named place (渝北区) in front, or 总量 behind;
        traditional script is read as simplified.
        """
        found = self.aliases.get(indicator_text)
        if found or indicator_text in self._resolved:
            return found or self._resolved[indicator_text]
        text = NOISE.sub("", to_simplified(indicator_text.strip()))
        candidates = (text, SCOPE.sub("", text), PLACE.sub("", text), TOTAL.sub("", text))
        found = next((self.aliases[c] for c in candidates if c in self.aliases), None)
        if len(self._resolved) < 100_000:  # wordings repeat across documents; bounded memory
            self._resolved[indicator_text] = found
        return found
