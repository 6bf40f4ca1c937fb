"""Names of standard classifications that hold list marks themselves (dbt seed
``ref_classification_names``): 电力、热力、燃气及水生产和供应业 is one industry, 服装、鞋帽、
针纺织品类 one group of goods. A list of them is split between the names, never inside one:
``masked`` hides a name's own marks before splitting and ``unmasked`` gives them back.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from dagster_project.textcore.indicators import SEEDS

MARKS = "、和及与"
HIDDEN = "\ue000\ue001\ue002\ue003"  # private-use characters, one per mark, never in a text
TO_HIDDEN = str.maketrans(MARKS, HIDDEN)
TO_MARKS = str.maketrans(HIDDEN, MARKS)


@cache
def names_pattern() -> re.Pattern[str]:
    """A pattern of every name, longest first; written also without its closing 类 or 业
    (批发和零售、住宿和餐饮分别增长…)."""
    with (SEEDS / "ref_classification_names.csv").open(encoding="utf-8") as f:
        names = {row["name"].strip() for row in csv.DictReader(f) if row["name"].strip()}
    forms = names | {n[:-1] for n in names if n[-1] in "类业" and len(n) > 4}
    return re.compile("|".join(re.escape(n) for n in sorted(forms, key=len, reverse=True)))


def masked(text: str) -> str:
    """``text`` with the list marks inside classification names hidden."""
    return names_pattern().sub(lambda m: m.group().translate(TO_HIDDEN), text)


def unmasked(text: str) -> str:
    """``text`` with hidden list marks given back."""
    return text.translate(TO_MARKS)


def is_name(text: str) -> bool:
    """Whether ``text`` is one classification name as a whole."""
    return names_pattern().fullmatch(text) is not None
