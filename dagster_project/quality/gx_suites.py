"""Running the Great Expectations suites kept in ``expectations/`` on warehouse tables.

GX 1.x cannot validate DuckDB through SQLAlchemy, so each table is read into pandas
through a short read-only connection, the connection is closed, and the frame is
validated by the suite's checkpoint, which also updates the Data Docs published
under ``REPORTS_DIR/gx``.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from dagster_project.settings import EXPECTATIONS_DIR

SUITE_TABLES: dict[str, str] = {
    "staging_indicator_mentions": "staging.indicator_mentions",
    "staging_layout_decisions": "staging.layout_decisions",
    "staging_numbers": "staging.numbers",
    "marts_fct_indicator_value": "marts.fct_indicator_value",
    "marts_dim_source_file": "marts.dim_source_file",
}
MAX_EXAMPLES = 5


@dataclass(frozen=True)
class SuiteOutcome:
    """The result of one suite on one table."""

    suite: str
    table: str
    success: bool
    evaluated: int
    failed: list[str]
    docs_path: str | None


def read_table(warehouse_path: str | Path, table: str) -> pd.DataFrame | None:
    """The whole table as a frame (None when it does not exist), connection closed after."""
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        schema, name = table.split(".")
        exists = con.execute(
            "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
            [schema, name],
        ).fetchone()[0]
        return con.execute(f"select * from {schema}.{name}").df() if exists else None
    finally:
        con.close()


def _describe_failure(result) -> str:
    """One line naming the expectation, the column, the condition and examples of bad values."""
    config = result.expectation_config
    kwargs = {k: v for k, v in config.kwargs.items() if k not in ("batch_id",)}
    column = kwargs.pop("column", None)
    details = result.result or {}
    examples = details.get("partial_unexpected_list") or []
    text = f"{config.type}"
    if column:
        text += f" on column `{column}`"
    condition = kwargs.get("row_condition")
    if isinstance(condition, dict):
        condition = condition.get("pass_through_filter") or str(condition)
    if condition:
        text += f" where {condition}"
    if "unexpected_count" in details:
        text += f": {details['unexpected_count']} unexpected ({details.get('unexpected_percent', 0):.1f}%)"
    if examples:
        text += f", e.g. {', '.join(repr(e) for e in examples[:MAX_EXAMPLES])}"
    if "observed_value" in details:
        text += f", observed {details['observed_value']!r}"
    return text


def _context(docs_dir: Path):
    import great_expectations as gx

    os.environ["GX_DATA_DOCS_DIR"] = str(docs_dir)
    for name in ("great_expectations", "great_expectations.core"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return gx.get_context(mode="file", context_root_dir=str(EXPECTATIONS_DIR))


def validate_tables(
    warehouse_path: str | Path, reports_dir: str | Path, suites: list[str] | None = None
) -> list[SuiteOutcome]:
    """Validate each selected suite (all by default) and publish Data Docs."""
    docs_dir = Path(reports_dir) / "gx"
    docs_dir.mkdir(parents=True, exist_ok=True)
    context = _context(docs_dir)
    outcomes = []
    for suite in suites or list(SUITE_TABLES):
        table = SUITE_TABLES[suite]
        frame = read_table(warehouse_path, table)
        if frame is None:
            outcomes.append(SuiteOutcome(suite, table, False, 0, [f"table {table} does not exist"], None))
            continue
        result = context.checkpoints.get(suite).run(batch_parameters={"dataframe": frame})
        validation = next(iter(result.run_results.values()))
        failed = [_describe_failure(r) for r in validation.results if not r.success]
        outcomes.append(
            SuiteOutcome(
                suite=suite,
                table=table,
                success=bool(result.success),
                evaluated=len(validation.results),
                failed=failed,
                docs_path=str(docs_dir / "index.html"),
            )
        )
    return outcomes
