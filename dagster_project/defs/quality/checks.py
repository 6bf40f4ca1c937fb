"""Great Expectations suites as asset checks on the tables they guard.

Every expectation is of one of two kinds (its description says which and why). A
structural one failing (a measure outside the contract, a duplicate key, a share of 130 %)
fails the check with ERROR severity: on the staging tables that stops the dbt models
downstream in the same run. A content one failing (facts without region or period, many
low-confidence joins, unexplained numbers) gives a WARN result with its count and examples:
the rows load, and the review queue (marts.rpt_facts_for_review) lists them.
"""

import dagster as dg

from dagster_project.defs.parse.assets import PARSED_ASSET, PARSED_TABLES
from dagster_project.defs.resources import ReportsResource, WarehouseResource
from dagster_project.quality.gx_suites import SUITE_TABLES, SuiteOutcome, save_outcomes, validate_tables


def _key(table: str) -> dg.AssetKey:
    """The asset that writes a table: one asset writes all parsed staging tables."""
    schema, name = table.split(".")
    return PARSED_ASSET if name in PARSED_TABLES and schema == "staging" else dg.AssetKey([schema, name])


def check_result(outcome: SuiteOutcome, reports_path: str) -> dg.AssetCheckResult:
    """The asset check result of one suite run: ERROR when a structural expectation failed,
    WARN when only content expectations did."""
    return dg.AssetCheckResult(
        check_name=f"gx_{outcome.suite}",
        asset_key=_key(outcome.table),
        passed=outcome.success,
        severity=dg.AssetCheckSeverity.ERROR if outcome.blocking else dg.AssetCheckSeverity.WARN,
        description="Structural failures block; content failures flag rows for review.",
        metadata={
            "expectations": outcome.evaluated,
            "unexpected_rows": outcome.unexpected,
            "structural_failures": dg.MetadataValue.md("\n".join(f"- {m}" for m in outcome.failed) or "none"),
            "content_warnings": dg.MetadataValue.md("\n".join(f"- {m}" for m in outcome.warnings) or "none"),
            "data_docs": dg.MetadataValue.path(outcome.docs_path or reports_path),
        },
    )


def _suite_checks(name: str, schema: str, blocking: bool) -> dg.AssetChecksDefinition:
    suites = {suite: table for suite, table in SUITE_TABLES.items() if table.startswith(f"{schema}.")}

    @dg.multi_asset_check(
        name=name,
        specs=[
            dg.AssetCheckSpec(
                name=f"gx_{suite}",
                asset=_key(table),
                blocking=blocking,
                description=f"Great Expectations suite `{suite}` on `{table}` (expectations/).",
            )
            for suite, table in suites.items()
        ],
        can_subset=True,
        pool="duckdb",
    )
    def _check(
        context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource, reports: ReportsResource
    ):
        selected = [key.name.removeprefix("gx_") for key in context.selected_asset_check_keys]
        outcomes = validate_tables(warehouse.working_path, reports.path, suites=selected)
        save_outcomes(reports.path, context.run.run_id, outcomes)
        for outcome in outcomes:
            yield check_result(outcome, reports.path)

    return _check


gx_staging_suites = _suite_checks("gx_staging_suites", "staging", blocking=True)
gx_mart_suites = _suite_checks("gx_mart_suites", "marts", blocking=False)
