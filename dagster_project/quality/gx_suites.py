"""Running the Great Expectations suites kept in ``expectations/`` on warehouse tables.

GX 1.x cannot validate DuckDB through SQLAlchemy, so each table is read into pandas
through a short read-only connection, the connection is closed, and the frame is
validated by the suite's checkpoint; the Data Docs under ``REPORTS_DIR/gx`` are then
built once for the run, and only the newest runs of each suite are kept.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from dagster_project.quality.offline_docs import make_docs_offline
from dagster_project.settings import DUCKDB_CONFIG, EXPECTATIONS_DIR

SUITE_TABLES: dict[str, str] = {
    "staging_indicator_mentions": "staging.indicator_mentions",
    "staging_layout_decisions": "staging.layout_decisions",
    "staging_numbers": "staging.numbers",
    "staging_documents": "staging.documents",
    "marts_fct_indicator_value": "marts.fct_indicator_value",
    "marts_dim_source_file": "marts.dim_source_file",
}
MAX_EXAMPLES = 5
KEEP_RUNS = 30  # validation runs kept per suite in the store and the Data Docs


@dataclass(frozen=True)
class SuiteOutcome:
    """The result of one suite on one table: structural failures block what depends on the
    table, content failures (``warnings``) only flag its rows for review."""

    suite: str
    table: str
    success: bool
    evaluated: int
    failed: list[str]
    docs_path: str | None
    warnings: list[str] = field(default_factory=list)
    unexpected: int = 0  # rows failing any of the suite's expectations (counted per expectation)

    @property
    def blocking(self) -> bool:
        """Whether a structural expectation failed."""
        return bool(self.failed)


OUTCOMES_NAME = "gx_outcomes.json"


def save_outcomes(reports_dir: str | Path, run_id: str, outcomes: list[SuiteOutcome]) -> None:
    """Keep this run's suite outcomes in ``REPORTS_DIR`` so later steps of the same run
    (the report) need not validate the same tables again; other runs' outcomes are dropped."""
    path = Path(reports_dir) / OUTCOMES_NAME
    kept = {o.suite: asdict(o) for o in load_outcomes(reports_dir, run_id)}
    kept.update({o.suite: asdict(o) for o in outcomes})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"run_id": run_id, "outcomes": kept}, ensure_ascii=False), encoding="utf-8")


def load_outcomes(reports_dir: str | Path, run_id: str) -> list[SuiteOutcome]:
    """The suite outcomes saved by ``run_id`` (none when another run saved the file last)."""
    path = Path(reports_dir) / OUTCOMES_NAME
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if saved.get("run_id") != run_id:
        return []
    return [SuiteOutcome(**o) for o in saved.get("outcomes", {}).values()]


def read_table(warehouse_path: str | Path, table: str, used: str | None = None) -> pd.DataFrame | None:
    """The table as a frame (None when it does not exist), connection closed after. With
    ``used`` (text naming the columns a suite refers to), only the columns named in it are
    read: a suite on three columns of a million-row table need not load its text columns."""
    con = duckdb.connect(str(warehouse_path), read_only=True, config=DUCKDB_CONFIG)
    try:
        schema, name = table.split(".")
        columns = [
            row[0]
            for row in con.execute(
                "select column_name from information_schema.columns where table_schema = ? "
                "and table_name = ? order by ordinal_position",
                [schema, name],
            ).fetchall()
        ]
        if not columns:
            return None
        if used is not None:
            columns = [c for c in columns if re.search(rf"\b{re.escape(c)}\b", used)] or columns[:1]
        return con.execute(f"select {', '.join(map(_quote, columns))} from {schema}.{name}").df()
    finally:
        con.close()


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def suite_columns(context, suite: str) -> str:
    """The column names and row conditions a suite's expectations refer to, as one text."""
    return " ".join(
        f"{getattr(e, 'column', '') or ''} {getattr(e, 'row_condition', '') or ''}"
        for e in context.suites.get(suite).expectations
    )


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


def _severity(result) -> str:
    """'critical' (structural, blocks) or 'warning' (content, flags) of a failed expectation."""
    severity = getattr(result.expectation_config, "severity", None)
    return str(getattr(severity, "value", severity) or "critical").lower()


def _context(docs_dir: Path):
    import great_expectations as gx

    os.environ["GX_DATA_DOCS_DIR"] = str(docs_dir)
    for name in ("great_expectations", "great_expectations.core"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return gx.get_context(mode="file", context_root_dir=str(EXPECTATIONS_DIR))


def prune_history(folders: list[Path], keep: int = KEEP_RUNS) -> int:
    """Delete all but the newest ``keep`` stored runs of each suite under ``folders``
    (validation results and their Data Docs pages, laid out ``suite/run/time/...``), so the
    stores and the Data Docs index stay the same size however often the job runs.
    Returns how many run folders were deleted."""
    deleted = 0
    for folder in folders:
        for run_dir in folder.glob("*/*") if folder.is_dir() else []:
            times = sorted(p for p in run_dir.iterdir() if p.is_dir())
            for old in times[: max(0, len(times) - keep)]:
                shutil.rmtree(old, ignore_errors=True)
                deleted += 1
    return deleted


def validate_tables(
    warehouse_path: str | Path, reports_dir: str | Path, suites: list[str] | None = None
) -> list[SuiteOutcome]:
    """Validate each selected suite (all by default), then publish their Data Docs in one build."""
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

    docs_dir = Path(reports_dir) / "gx"
    docs_dir.mkdir(parents=True, exist_ok=True)
    context = _context(docs_dir)
    outcomes = []
    identifiers: list = []
    for suite in suites or list(SUITE_TABLES):
        table = SUITE_TABLES[suite]
        frame = read_table(warehouse_path, table, suite_columns(context, suite))
        if frame is None:
            outcomes.append(SuiteOutcome(suite, table, False, 0, [f"table {table} does not exist"], None))
            continue
        result = context.checkpoints.get(suite).run(batch_parameters={"dataframe": frame})
        # GX keeps the frame in its batch cache for the life of the process: empty it, so a
        # warehouse-sized frame does not stay in memory for the steps after this one.
        frame.drop(frame.index, inplace=True)
        identifier, validation = next(iter(result.run_results.items()))
        identifiers += [identifier, ExpectationSuiteIdentifier(name=suite)]
        bad = [r for r in validation.results if not r.success]
        content = [r for r in bad if _severity(r) != "critical"]
        outcomes.append(
            SuiteOutcome(
                suite=suite,
                table=table,
                success=not bad,
                evaluated=len(validation.results),
                failed=[_describe_failure(r) for r in bad if r not in content],
                docs_path=str(docs_dir / "index.html"),
                warnings=[_describe_failure(r) for r in content],
                unexpected=sum(int((r.result or {}).get("unexpected_count") or 0) for r in bad),
            )
        )
    prune_history([EXPECTATIONS_DIR / "uncommitted" / "validations", docs_dir / "validations"])
    if identifiers:
        context.build_data_docs(resource_identifiers=identifiers)
        make_docs_offline(docs_dir)
    return outcomes
