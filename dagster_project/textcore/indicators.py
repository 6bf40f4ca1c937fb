"""The canonical indicator dictionary (dbt seeds ``ref_indicators`` / ``ref_indicator_aliases``)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "dbt" / "seeds"
SCOPE_PREFIX = re.compile(
    r"^(?:全区|全县|全市|全省|全州|全旗|直管区|新区|本区|本县|本市|我区|我县|我市|全域|全)"
)


@dataclass(frozen=True)
class IndicatorDictionary:
    """Aliases → (code, canonical name)."""

    aliases: dict[str, tuple[str, str]]

    @classmethod
    @cache
    def default(cls) -> IndicatorDictionary:
        """Loaded once per process from the dbt seeds."""
        return cls.from_csv(SEEDS / "ref_indicators.csv", SEEDS / "ref_indicator_aliases.csv")

    @classmethod
    def from_csv(cls, indicators: Path, aliases: Path) -> IndicatorDictionary:
        """Read the two seed files (errors name the file)."""
        try:
            with indicators.open(encoding="utf-8") as f:
                names = {r["indicator_code"]: r["indicator_name"] for r in csv.DictReader(f)}
            with aliases.open(encoding="utf-8") as f:
                table = {
                    r["alias"]: (r["indicator_code"], names[r["indicator_code"]]) for r in csv.DictReader(f)
                }
        except (OSError, KeyError) as exc:
            raise ValueError(f"indicator dictionary {indicators} / {aliases} unreadable: {exc}") from exc
        for code, name in names.items():
            table.setdefault(name, (code, name))
        return cls(table)

    def resolve(self, indicator_text: str) -> tuple[str, str] | None:
        """Canonical (code, name) of a wording, after dropping scope words (全区, 直管区 …)."""
        text = indicator_text.replace("同比", "").strip('“”" ')
        for candidate in (text, SCOPE_PREFIX.sub("", text)):
            if candidate in self.aliases:
                return self.aliases[candidate]
        return None

    def words(self) -> list[str]:
        """Every alias, for a segmenter's user dictionary."""
        return sorted(self.aliases)
