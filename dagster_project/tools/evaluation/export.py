"""Reviewed documents as test data: the warehouse's corrected facts of every document an
analyst has decided on (any line in ``marts.rpt_corrections``), written as gold rows in the
corpus format, so the next change to the text core is scored against them."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb

GOLD_COLUMNS = ["file", "region", "period", "indicator_text", "measure", "value", "unit", "qualifier",
                "optional", "evidence"]  # fmt: skip
REVIEWED = """
    select distinct coalesce(corrections.source_file, facts.source_file) as source_file
    from marts.rpt_corrections as corrections
    left join int.int_indicator_values as facts on facts.fact_id = corrections.fact_id
    where corrections.status = 'applied'
"""
FACTS = f"""
    select source_file, region_name, period_code, indicator_text, measure, value, unit, qualifier, evidence
    from marts.fct_indicator_value
    where source_file in ({REVIEWED})
    order by source_file, char_start, fact_id
"""


def export_gold(warehouse: Path, out: Path) -> tuple[int, int]:
    """Write the gold CSV ``out``; returns (rows, documents). A warehouse without corrections
    writes the header alone."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        try:
            rows = con.execute(FACTS).fetchall()
        except duckdb.CatalogException as exc:
            raise ValueError(f"{warehouse}: no marts with corrections in it ({exc})") from exc
    finally:
        con.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(GOLD_COLUMNS)
        for file, region, period, text, measure, value, unit, qualifier, evidence in rows:
            writer.writerow([file, region or "", period or "", text, measure, f"{value:g}", unit or "",
                             qualifier or "", 0, evidence])  # fmt: skip
    return len(rows), len({row[0] for row in rows})
