"""The data-quality report a reviewer opens first: index page plus GX Data Docs."""

from pathlib import Path

import dagster as dg

from dagster_project.defs.dbt.assets import RUN_RESULTS_NAME
from dagster_project.defs.resources import ReportsResource, WarehouseResource
from dagster_project.quality.gx_suites import SUITE_TABLES, load_outcomes, validate_tables
from dagster_project.quality.report import build_report

REPORTED_MARTS = [
    "fct_indicator_value",
    "fct_region_period_headline",
    "dim_source_file",
    "dim_document",
    "rpt_unexplained_numbers",
    "rpt_conflicting_values",
]


@dg.asset(
    key=["reports", "data_quality"],
    deps=[dg.AssetKey(["marts", name]) for name in REPORTED_MARTS],
    group_name="quality",
    kinds={"html"},
    pool="duckdb",
    description="Data-quality report in REPORTS_DIR: per document sections, facts, unexplained "
    "numbers, flagged layout joins, conflicts and failed checks, a headline chart, GX Data Docs.",
)
def data_quality_report(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, reports: ReportsResource
) -> dg.MaterializeResult:
    """Validate the suites this run has not validated yet, then write ``index.html`` next to
    the Data Docs."""
    done = {o.suite: o for o in load_outcomes(reports.path, context.run_id)}
    missing = [suite for suite in SUITE_TABLES if suite not in done]
    path = warehouse.working_path
    fresh = {o.suite: o for o in validate_tables(path, reports.path, missing)} if missing else {}
    outcomes = [done.get(suite) or fresh[suite] for suite in SUITE_TABLES]
    results = Path(reports.path) / RUN_RESULTS_NAME
    index = build_report(path, reports.path, outcomes, results if results.exists() else None)
    failed = [o.suite for o in outcomes if not o.success]
    if failed:
        context.log.warning(f"suites failed: {', '.join(failed)}; see {index}")
    return dg.MaterializeResult(
        metadata={
            "report": dg.MetadataValue.path(str(index)),
            "report_url": dg.MetadataValue.url(index.resolve().as_uri()),
            "suites_passed": sum(o.success for o in outcomes),
            "suites_failed": len(failed),
        }
    )
