"""Write the Great Expectations file context in ``expectations/`` (run once, review the diff).

The suites, validation definitions and checkpoints it writes are committed and reviewed
like code; the pipeline only loads them. Re-run after changing a suite here:

    .venv/bin/python scripts/build_gx_context.py
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import great_expectations as gx
import great_expectations.expectations as gxe

ROOT = Path(__file__).resolve().parents[1]
CONTEXT_DIR = ROOT / "expectations"
MEASURES = ["growth_pct", "growth_multiple", "pp_change", "share_pct", "level", "count"]


def suites() -> dict[str, tuple[str, list]]:
    """Suite name -> (table it validates, expectations)."""
    return {
        "staging_indicator_mentions": (
            "staging.indicator_mentions",
            [
                gxe.ExpectColumnValuesToBeInSet(column="measure", value_set=MEASURES),
                gxe.ExpectColumnValuesToNotBeNull(column="value"),
                gxe.ExpectColumnValuesToNotBeNull(column="evidence"),
                gxe.ExpectColumnValuesToNotBeNull(column="region_code", mostly=0.95),
                gxe.ExpectColumnValuesToNotBeNull(column="period_code", mostly=0.95),
                # Impossible values block; an unusually large growth only warns in the
                # marts suite, so one odd figure does not hold back a whole refresh.
                gxe.ExpectColumnValuesToBeBetween(
                    column="value",
                    min_value=-100,
                    row_condition='measure=="growth_pct"',
                    condition_parser="pandas",
                ),
                gxe.ExpectColumnValuesToBeBetween(
                    column="value",
                    min_value=0,
                    max_value=100,
                    row_condition='measure=="share_pct"',
                    condition_parser="pandas",
                ),
            ],
        ),
        "staging_layout_decisions": (
            "staging.layout_decisions",
            [
                gxe.ExpectColumnValuesToBeBetween(column="confidence", min_value=0, max_value=1),
                gxe.ExpectColumnValuesToBeInSet(column="flagged", value_set=[False], mostly=0.9),
            ],
        ),
        "staging_numbers": (
            "staging.numbers",
            [
                gxe.ExpectColumnValuesToNotBeNull(column="kind"),
                gxe.ExpectColumnValuesToNotBeInSet(column="kind", value_set=["unexplained"], mostly=0.85),
            ],
        ),
        "marts_fct_indicator_value": (
            "marts.fct_indicator_value",
            [
                gxe.ExpectColumnValuesToBeUnique(column="fact_id"),
                gxe.ExpectColumnValuesToNotBeNull(column="fact_id"),
                gxe.ExpectColumnValuesToBeInSet(column="measure", value_set=MEASURES),
                gxe.ExpectColumnValuesToNotBeNull(column="region_name", mostly=0.95),
                gxe.ExpectColumnValuesToNotBeNull(column="period_code", mostly=0.95),
                gxe.ExpectColumnValuesToNotBeNull(column="indicator_code", mostly=0.3),
                gxe.ExpectColumnValuesToNotBeNull(column="evidence"),
                gxe.ExpectColumnValuesToBeBetween(
                    column="value",
                    min_value=-100,
                    max_value=1000,
                    row_condition='measure=="growth_pct"',
                    condition_parser="pandas",
                ),
                gxe.ExpectColumnValuesToNotBeNull(
                    column="unit", row_condition='measure=="level"', condition_parser="pandas"
                ),
            ],
        ),
        "marts_dim_source_file": (
            "marts.dim_source_file",
            [
                gxe.ExpectColumnValuesToBeUnique(column="source_file"),
                gxe.ExpectColumnValuesToBeInSet(
                    column="status", value_set=["loaded", "duplicate", "rejected"]
                ),
                gxe.ExpectColumnValuesToNotBeNull(
                    column="reason", row_condition='status!="loaded"', condition_parser="pandas"
                ),
            ],
        ),
    }


def main() -> None:
    """Recreate the context folder's suites, validation definitions and checkpoints."""
    for sub in ("expectations", "validation_definitions", "checkpoints"):
        shutil.rmtree(CONTEXT_DIR / sub, ignore_errors=True)
    os.environ.setdefault("GX_DATA_DOCS_DIR", tempfile.mkdtemp())  # the yml refers to it
    context = gx.get_context(mode="file", context_root_dir=str(CONTEXT_DIR))
    source = context.data_sources.add_or_update_pandas("warehouse")
    for suite_name, (table, expectations) in suites().items():
        asset = source.add_dataframe_asset(name=table)
        batch = asset.add_batch_definition_whole_dataframe("whole_table")
        suite = context.suites.add(gx.ExpectationSuite(name=suite_name, expectations=expectations))
        validation = context.validation_definitions.add(
            gx.ValidationDefinition(name=suite_name, data=batch, suite=suite)
        )
        # No Data Docs action: the pipeline builds the docs once after all suites ran.
        context.checkpoints.add(gx.Checkpoint(name=suite_name, validation_definitions=[validation]))
    _publish_docs_to_reports_dir(CONTEXT_DIR / "great_expectations.yml")
    print(f"wrote {len(suites())} suites under {CONTEXT_DIR}")


def _publish_docs_to_reports_dir(config: Path) -> None:
    """Point Data Docs at ``${GX_DATA_DOCS_DIR}`` (set at run time to REPORTS_DIR/gx), turn
    progress bars and analytics off."""
    text = config.read_text(encoding="utf-8")
    text = text.replace(
        "base_directory: uncommitted/data_docs/local_site/", "base_directory: ${GX_DATA_DOCS_DIR}"
    )
    text = text.replace("show_how_to_buttons: true", "show_how_to_buttons: false")
    text = text.replace(
        "analytics_enabled:\n", "analytics_enabled: false\nprogress_bars:\n  globally: false\n"
    )
    config.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
