"""How sure the extraction is of one fact, from what it relied on (0–1).

A fact starts at 1 and loses a share for each thing a reader would check first:

| what the fact relied on | factor |
| --- | --- |
| its wording is not a canonical indicator | 0.7 |
| its measure is a share (the wording says of what; often misread) | 0.75 |
| its measure is an amount, a count or a difference in points | 0.9 |
| its wording is very short (under 4 characters) or very long (over 16) | 0.8 |
| its region came from a place named earlier in the sentence | 0.7 |
| its region is unknown | 0.8 |
| its region was read from the document's opening or body mentions only | 0.95 |
| its period came from the section, not its paragraph | 0.9 |
| its period is unknown | 0.8 |
| its period is the document's default | 0.95 |
| its clause lies across a layout join made with low confidence | 0.7 |
| its value is unusual for its measure (growth above 100 % or a fall over 50 %, a share of 0) | 0.7 |

The factors multiply, so a fact with two doubts ranks below a fact with one. The figures
are set so that, on the labelled corpora, wrong facts gather at the low end
(``python -m dagster_project.tools.evaluation --confidence`` prints the precision per quartile).
"""

from __future__ import annotations

from dagster_project.textcore.models import Fact

WEAK_REGION_SOURCES = frozenset({"lead", "text", "document"})
SHORT_SUBJECT, LONG_SUBJECT = 4, 16
FACTORS = {
    "not_canonical": 0.7,
    "share": 0.75,
    "amount_or_difference": 0.9,
    "odd_length": 0.8,
    "region_from_sentence": 0.7,
    "region_unknown": 0.8,
    "region_ambiguous": 0.8,
    "region_weak": 0.95,
    "period_from_section": 0.9,
    "period_unknown": 0.8,
    "period_default": 0.95,
    "weak_join": 0.7,
    "unusual_value": 0.7,
}


def doubts(fact: Fact, weak_joins: list[tuple[int, int]]) -> list[str]:
    """What a reader would check first about ``fact``; ``weak_joins`` are the original-text
    spans of layout joins made with low confidence."""
    found = []
    if fact.indicator_code is None:
        found.append("not_canonical")
    if fact.measure == "share_pct":
        found.append("share")
    elif fact.measure in ("level", "count", "pp_change"):
        found.append("amount_or_difference")
    if not SHORT_SUBJECT <= len(fact.indicator_text) <= LONG_SUBJECT:
        found.append("odd_length")
    if fact.region_name is None:
        found.append("region_unknown")
    elif fact.region_code is None:  # a name several divisions hold (西湖区)
        found.append("region_ambiguous")
    elif fact.region_source in ("sentence", "paragraph"):  # read from a sentence before it
        found.append("region_from_sentence")
    elif fact.region_source in WEAK_REGION_SOURCES:
        found.append("region_weak")
    if fact.period_code is None:
        found.append("period_unknown")
    elif fact.period_source == "section":
        found.append("period_from_section")
    elif fact.period_source == "document":
        found.append("period_default")
    if any(a < fact.end and fact.start < b for a, b in weak_joins):
        found.append("weak_join")
    if unusual(fact.measure, fact.value):
        found.append("unusual_value")
    return found


def unusual(measure: str, value: float) -> bool:
    """A value its measure can take, but seldom does."""
    if measure == "growth_pct":
        return value > 100 or value < -50
    if measure == "share_pct":
        return value == 0
    return False


def confidence(fact: Fact, weak_joins: list[tuple[int, int]]) -> float:
    """The fact's confidence: the product of the factors of its doubts, rounded to 0.01."""
    score = 1.0
    for doubt in doubts(fact, weak_joins):
        score *= FACTORS[doubt]
    return round(score, 2)
