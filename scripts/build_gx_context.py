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


STRUCTURAL = "critical"  # blocks: the rows cannot be right whatever the text said
CONTENT = "warning"  # warns: the rows load, carry the reason, and a person looks at them


def structural(expectation, why: str):
    """An expectation that blocks what depends on its table when it fails."""
    expectation.severity = STRUCTURAL
    expectation.description = f"Structural check (blocks): {why}"
    return expectation


def content(expectation, why: str):
    """An expectation that flags rows for review when it fails; the rows still load."""
    expectation.severity = CONTENT
    expectation.description = f"Content check (warns): {why}"
    return expectation


def suites() -> dict[str, tuple[str, list]]:
    """Suite name -> (table it validates, expectations)."""
    growth = {"row_condition": 'measure=="growth_pct"', "condition_parser": "pandas"}
    share = {"row_condition": 'measure=="share_pct"', "condition_parser": "pandas"}
    return {
        "staging_indicator_mentions": (
            "staging.indicator_mentions",
            [
                structural(
                    gxe.ExpectColumnValuesToBeInSet(column="measure", value_set=MEASURES),
                    "a measure outside the contract's six cannot be loaded into the fact table.",
                ),
                structural(
                    gxe.ExpectColumnValuesToNotBeNull(column="value"), "a fact without a value is no fact."
                ),
                structural(
                    gxe.ExpectColumnValuesToNotBeNull(column="evidence"),
                    "every value must be traceable to the clause it was read from.",
                ),
                content(
                    gxe.ExpectColumnValuesToNotBeNull(column="region_code", mostly=0.95),
                    "a text that never names its place (全区 alone) leaves its facts without a region; "
                    "they load with NULL and go to the review queue.",
                ),
                content(
                    gxe.ExpectColumnValuesToNotBeNull(column="period_code", mostly=0.95),
                    "a text without a date or a written year leaves its facts without a period; "
                    "they load with NULL and go to the review queue.",
                ),
                structural(
                    gxe.ExpectColumnValuesToBeBetween(column="value", min_value=-100, **growth),
                    "a fall of more than 100 % is impossible: a misread, not a figure.",
                ),
                structural(
                    gxe.ExpectColumnValuesToBeBetween(column="value", min_value=0, max_value=100, **share),
                    "a share lies between 0 and 100 %: anything else is a misread.",
                ),
            ],
        ),
        "staging_layout_decisions": (
            "staging.layout_decisions",
            [
                structural(
                    gxe.ExpectColumnValuesToBeBetween(column="confidence", min_value=0, max_value=1),
                    "a confidence is a share between 0 and 1.",
                ),
                content(
                    gxe.ExpectColumnValuesToBeInSet(column="flagged", value_set=[False], mostly=0.9),
                    "many low-confidence joins say a page was badly cut; its documents are flagged "
                    "for review, their values still load.",
                ),
            ],
        ),
        "staging_numbers": (
            "staging.numbers",
            [
                structural(gxe.ExpectColumnValuesToNotBeNull(column="kind"), "every number is given a kind."),
                content(
                    gxe.ExpectColumnValuesToNotBeInSet(column="kind", value_set=["unexplained"], mostly=0.85),
                    "numbers the extractor could not explain are listed for review in "
                    "marts.rpt_unexplained_numbers.",
                ),
            ],
        ),
        "staging_documents": (
            "staging.documents",
            [
                structural(
                    gxe.ExpectColumnValuesToBeUnique(column="source_file"),
                    "one document row per file: a second would double its facts.",
                ),
                content(
                    gxe.ExpectColumnValuesToBeBetween(column="accounted_share", min_value=0.99, max_value=1),
                    "text the structure did not place may hold values that were never read.",
                ),
            ],
        ),
        "marts_fct_indicator_value": (
            "marts.fct_indicator_value",
            [
                structural(
                    gxe.ExpectColumnValuesToBeUnique(column="fact_id"),
                    "fact_id is the table's key: a duplicate would count a value twice.",
                ),
                structural(
                    gxe.ExpectColumnValuesToNotBeNull(column="fact_id"), "fact_id is the table's key."
                ),
                structural(
                    gxe.ExpectColumnValuesToBeInSet(column="measure", value_set=MEASURES),
                    "the contract names six measures.",
                ),
                content(
                    gxe.ExpectColumnValuesToNotBeNull(column="region_name", mostly=0.95),
                    "facts whose place no text names stay NULL and are listed in marts.rpt_facts_for_review.",
                ),
                content(
                    gxe.ExpectColumnValuesToNotBeNull(column="period_code", mostly=0.95),
                    "facts whose year no text gives stay NULL and are listed in marts.rpt_facts_for_review.",
                ),
                content(
                    gxe.ExpectColumnValuesToNotBeNull(column="indicator_code", mostly=0.3),
                    "most values should be of canonical indicators; a low share says the dictionary "
                    "lags the texts (values outside it still load with their own wording).",
                ),
                structural(
                    gxe.ExpectColumnValuesToNotBeNull(column="evidence"),
                    "every value must be traceable to its clause.",
                ),
                structural(
                    gxe.ExpectColumnValuesToBeBetween(column="value", min_value=-100, **growth),
                    "a fall of more than 100 % is impossible.",
                ),
                content(
                    gxe.ExpectColumnValuesToBeBetween(column="value", max_value=1000, **growth),
                    "growth above 1000 % is possible from a small base but worth a look.",
                ),
                structural(
                    gxe.ExpectColumnValuesToBeBetween(column="value", min_value=0, max_value=100, **share),
                    "a share lies between 0 and 100 %.",
                ),
                structural(
                    gxe.ExpectColumnValuesToNotBeNull(
                        column="unit", row_condition='measure=="level"', condition_parser="pandas"
                    ),
                    "an amount without its unit cannot be compared.",
                ),
            ],
        ),
        "marts_dim_source_file": (
            "marts.dim_source_file",
            [
                structural(gxe.ExpectColumnValuesToBeUnique(column="source_file"), "one row per raw file."),
                structural(
                    gxe.ExpectColumnValuesToBeInSet(
                        column="status", value_set=["loaded", "duplicate", "rejected"]
                    ),
                    "the contract names three statuses.",
                ),
                structural(
                    gxe.ExpectColumnValuesToNotBeNull(
                        column="reason", row_condition='status!="loaded"', condition_parser="pandas"
                    ),
                    "a file not loaded must say why, naming the file and the problem.",
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
