"""The Great Expectations suites pass on good tables and name the bad rows otherwise."""

from __future__ import annotations

from pathlib import Path

from dagster_project.quality.gx_suites import SUITE_TABLES, validate_tables
from tests.quality.conftest import FACTS, make_warehouse


def test_every_suite_is_a_committed_file() -> None:
    folder = Path(__file__).parents[2] / "expectations" / "expectations"
    assert {p.stem for p in folder.glob("*.json")} == set(SUITE_TABLES)


def test_good_fact_table_passes(warehouse: Path, tmp_path: Path) -> None:
    (outcome,) = validate_tables(warehouse, tmp_path / "reports", ["marts_fct_indicator_value"])
    assert outcome.success, outcome.failed
    assert outcome.evaluated >= 5
    assert (tmp_path / "reports" / "gx" / "index.html").exists()


def test_planted_bad_facts_fail_with_their_values(tmp_path: Path) -> None:
    """Both kinds at once: a duplicate key and an unknown measure fail as structural (they
    block), a growth of 5000 % only warns (it loads and is listed for review)."""
    bad = list(FACTS)
    bad.append(("f9", *FACTS[0][1:10], 5000.0, *FACTS[0][11:]))  # odd, not impossible, growth
    bad.append(("f8", *FACTS[0][1:9], "velocity", *FACTS[0][10:]))  # unknown measure
    bad.append(FACTS[1])  # duplicate fact_id
    warehouse = make_warehouse(tmp_path / "bad.duckdb", bad)
    (outcome,) = validate_tables(warehouse, tmp_path / "reports", ["marts_fct_indicator_value"])
    assert not outcome.success and outcome.blocking
    text = "\n".join(outcome.failed)
    assert "'velocity'" in text
    assert "expect_column_values_to_be_unique" in text and "'f2'" in text
    warned = "\n".join(outcome.warnings)
    assert "5000" in warned and "`value`" in warned and "5000" not in text


def test_content_failures_alone_warn_and_do_not_block(tmp_path: Path) -> None:
    odd = [*FACTS, ("f9", *FACTS[0][1:10], 5000.0, *FACTS[0][11:])]
    warehouse = make_warehouse(tmp_path / "odd.duckdb", odd)
    (outcome,) = validate_tables(warehouse, tmp_path / "reports", ["marts_fct_indicator_value"])
    assert not outcome.success and not outcome.blocking and outcome.failed == []
    assert outcome.unexpected >= 1


def test_missing_table_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    import duckdb

    duckdb.connect(str(tmp_path / "empty.duckdb")).close()
    (outcome,) = validate_tables(tmp_path / "empty.duckdb", tmp_path / "r", ["marts_dim_source_file"])
    assert not outcome.success and "does not exist" in outcome.failed[0]


def test_staging_blocks_impossible_values_but_lets_large_growth_through(tmp_path: Path) -> None:
    import duckdb

    def mentions_outcome(name: str, rows: list[tuple[str, float]]):
        path = make_warehouse(tmp_path / f"{name}.duckdb")
        con = duckdb.connect(str(path))
        con.executemany(
            "insert into staging.indicator_mentions (source_file, measure, value, evidence, region_code,"
            " period_code) values ('a.txt', ?, ?, 'x', '500112', '2025-H1')",
            rows,
        )
        con.close()
        (outcome,) = validate_tables(path, tmp_path / "reports", ["staging_indicator_mentions"])
        return outcome

    assert mentions_outcome("large", [("growth_pct", 1335.5)]).success
    fall = mentions_outcome("fall", [("growth_pct", -150.0)])
    assert not fall.success and "-150" in "\n".join(fall.failed)
    share = mentions_outcome("share", [("share_pct", 120.0)])
    assert not share.success and "120" in "\n".join(share.failed)


def test_history_keeps_the_newest_runs_of_each_suite(tmp_path: Path) -> None:
    from dagster_project.quality.gx_suites import prune_history

    store = tmp_path / "validations"
    for suite in ("a", "b"):
        for stamp in ("20250101T000000Z", "20250301T000000Z", "20250201T000000Z"):
            (store / suite / "__none__" / stamp).mkdir(parents=True)
    assert prune_history([store, tmp_path / "missing"], keep=2) == 2
    for suite in ("a", "b"):
        kept = sorted(p.name for p in (store / suite / "__none__").iterdir())
        assert kept == ["20250201T000000Z", "20250301T000000Z"]


def test_data_docs_page_for_each_validated_suite(warehouse: Path, tmp_path: Path) -> None:
    suites = ["marts_fct_indicator_value", "marts_dim_source_file"]
    validate_tables(warehouse, tmp_path / "reports", suites)
    docs = tmp_path / "reports" / "gx"
    for suite in suites:
        assert (docs / "expectations" / f"{suite}.html").exists()
        assert list((docs / "validations" / suite).rglob("*.html"))
        assert suite in (docs / "index.html").read_text(encoding="utf-8")


def test_outcomes_are_reused_only_within_the_run_that_saved_them(tmp_path: Path) -> None:
    from dagster_project.quality.gx_suites import SuiteOutcome, load_outcomes, save_outcomes

    staging = SuiteOutcome("staging_numbers", "staging.numbers", True, 2, [], None)
    marts = SuiteOutcome("marts_dim_source_file", "marts.dim_source_file", False, 3, ["x"], "/d")
    save_outcomes(tmp_path, "run-1", [staging])
    save_outcomes(tmp_path, "run-1", [marts])  # a later step of the same run adds to them
    assert sorted(load_outcomes(tmp_path, "run-1"), key=lambda o: o.suite) == [marts, staging]
    assert load_outcomes(tmp_path, "run-2") == []
    save_outcomes(tmp_path, "run-2", [staging])  # a new run starts afresh
    assert load_outcomes(tmp_path, "run-2") == [staging]
    assert load_outcomes(tmp_path / "nothing-here", "run-2") == []


def test_a_suite_reads_only_the_columns_it_refers_to(warehouse: Path) -> None:
    from dagster_project.quality.gx_suites import _context, read_table, suite_columns

    used = suite_columns(_context(warehouse.parent / "docs"), "marts_dim_source_file")
    frame = read_table(warehouse, "marts.dim_source_file", used)
    assert list(frame.columns) == ["source_file", "status", "reason"]  # not document_id, flags
    assert len(frame) == 2
    assert read_table(warehouse, "marts.no_such_table", used) is None
