"""The code location: one connected lineage graph, checks on the assets they guard,
a schedule and a sensor that request the right runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import dagster as dg
import pytest
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from dagster_project.definitions import defs as load_defs
from dagster_project.defs.automation import raw_dir_sensor

SAMPLE = Path(__file__).parents[2] / "raw" / "000_ba639974d9f8cf50.txt"


@pytest.fixture(scope="module")
def defs() -> dg.Definitions:
    return load_defs()


def test_graph_runs_from_raw_files_to_the_report(defs: dg.Definitions) -> None:
    graph = defs.resolve_asset_graph()
    fact = dg.AssetKey(["marts", "fct_indicator_value"])
    upstream = graph.get(fact).parent_keys
    assert dg.AssetKey(["int", "int_indicator_values"]) in upstream
    seen, stack = set(), [fact]
    while stack:  # walk to the roots
        key = stack.pop()
        for parent in graph.get(key).parent_keys:
            if parent not in seen:
                seen.add(parent)
                stack.append(parent)
    assert dg.AssetKey(["staging", "parsed_documents"]) in seen
    assert dg.AssetKey(["staging", "raw_documents"]) in seen
    report_parents = graph.get(dg.AssetKey(["reports", "data_quality"])).parent_keys
    assert fact in report_parents


def test_dbt_tests_and_gx_suites_are_asset_checks(defs: dg.Definitions) -> None:
    graph = defs.resolve_asset_graph()
    checks = {(c.asset_key, c.name) for c in graph.asset_check_keys}
    fact = dg.AssetKey(["marts", "fct_indicator_value"])
    assert (fact, "gx_marts_fct_indicator_value") in checks
    assert any(key == fact and name.startswith("unique_") for key, name in checks)
    assert (dg.AssetKey(["staging", "parsed_documents"]), "gx_staging_indicator_mentions") in checks


def test_every_check_says_what_it_guards(defs: dg.Definitions) -> None:
    """The catalog shows each check's description: dbt tests' from their YAML, GX suites'."""
    graph = defs.resolve_asset_graph()
    undescribed = [key.name for key in graph.asset_check_keys if not graph.get_check_spec(key).description]
    assert undescribed == []
    fact = dg.AssetKey(["marts", "fct_indicator_value"])
    unique = dg.AssetCheckKey(fact, "unique_fct_indicator_value_fact_id")
    assert graph.get_check_spec(unique).description.startswith("Structural check (blocks)")


def test_structural_failures_block_and_content_failures_warn(defs: dg.Definitions) -> None:
    """A structural expectation failing gives ERROR (blocking checks then stop what depends
    on the table); content expectations failing alone give WARN, with their count."""
    from dagster_project.defs.quality.checks import check_result
    from dagster_project.quality.gx_suites import SuiteOutcome

    structural = check_result(SuiteOutcome("staging_numbers", "staging.numbers", False, 3, ["x"], None), "/r")
    assert structural.severity == dg.AssetCheckSeverity.ERROR and structural.passed is False
    content = check_result(
        SuiteOutcome("staging_layout_decisions", "staging.layout_decisions", False, 3, [], None, ["y"], 7),
        "/r",
    )
    assert content.severity == dg.AssetCheckSeverity.WARN and content.passed is False
    assert content.metadata["unexpected_rows"].value == 7
    graph = defs.resolve_asset_graph()
    blocking = {key.name: graph.get_check_spec(key).blocking for key in graph.asset_check_keys}
    assert blocking["gx_staging_numbers"] and blocking["gx_staging_layout_decisions"]


def test_schedule_and_sensor_exist(defs: dg.Definitions) -> None:
    schedule = defs.resolve_schedule_def("daily_refresh")
    assert schedule.execution_timezone == "Asia/Shanghai"
    sensor = defs.resolve_sensor_def("raw_dir_sensor")
    assert {job.name for job in sensor.jobs} == {"refresh_warehouse", "refresh_marts"}


@pytest.fixture
def two_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """RAW_DIR holding two copies of the sample, a.txt and b.txt."""
    monkeypatch.setenv("RAW_DIR", str(tmp_path))
    shutil.copy(SAMPLE, tmp_path / "a.txt")
    shutil.copy(SAMPLE, tmp_path / "b.txt")
    return tmp_path


def test_sensor_parses_new_files_once_and_changed_files_again(two_files: Path, defs: dg.Definitions) -> None:
    tmp_path = two_files
    with dg.instance_for_test() as instance:
        first = raw_dir_sensor(dg.build_sensor_context(instance=instance, definitions=defs))
        assert sorted(first.dynamic_partitions_requests[0].partition_keys) == ["a.txt", "b.txt"]
        (run,) = first.run_requests  # two new files: one run over both partitions
        assert run.tags[ASSET_PARTITION_RANGE_START_TAG] == "a.txt"
        assert run.tags[ASSET_PARTITION_RANGE_END_TAG] == "b.txt"
        instance.add_dynamic_partitions("raw_files", ["a.txt", "b.txt"])

        quiet = raw_dir_sensor(
            dg.build_sensor_context(instance=instance, cursor=first.cursor, definitions=defs)
        )
        assert quiet.run_requests == [] and quiet.dynamic_partitions_requests == []
        older = json.dumps(json.loads(first.cursor)["fingerprints"])  # a cursor of fingerprints alone
        quiet = raw_dir_sensor(dg.build_sensor_context(instance=instance, cursor=older, definitions=defs))
        assert quiet.run_requests == [] and quiet.dynamic_partitions_requests == []

        (tmp_path / "b.txt").write_text("上半年，全区GDP增长6%。", encoding="utf-8")
        (tmp_path / "a.txt").unlink()
        third = raw_dir_sensor(
            dg.build_sensor_context(instance=instance, cursor=first.cursor, definitions=defs)
        )
        parse, retire = third.run_requests
        assert (parse.partition_key, parse.job_name) == ("b.txt", "refresh_warehouse")
        # the removal: a run that retires a.txt's rows and rebuilds the marts without them
        assert (retire.partition_key, retire.job_name) == (None, "refresh_marts")
        (delete,) = third.dynamic_partitions_requests
        assert list(delete.partition_keys) == ["a.txt"]
        assert (
            set(json.loads(third.cursor)["fingerprints"])
            == {"b.txt"}
            == set(json.loads(third.cursor)["stats"])
        )


def test_first_tick_adopts_files_already_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, defs
) -> None:
    monkeypatch.setenv("RAW_DIR", str(tmp_path))
    shutil.copy(SAMPLE, tmp_path / "a.txt")
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions("raw_files", ["a.txt"])
        result = raw_dir_sensor(dg.build_sensor_context(instance=instance, definitions=defs))
        assert result.run_requests == []


def test_a_dbt_build_keeps_its_parse_state_and_removes_its_target_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    from dagster_project.defs.dbt import assets

    project = tmp_path / "dbt"
    (project / "target").mkdir(parents=True)
    (project / "target" / "partial_parse.msgpack").write_bytes(b"old state")
    run_target = project / "target" / "warehouse_models-abc"
    (run_target / "compiled").mkdir(parents=True)
    (run_target / "partial_parse.msgpack").write_bytes(b"new state")
    killed, running = (project / "target" / f"warehouse_models-{n}" for n in ("killed", "running"))
    for folder in (killed, running):
        (folder / "compiled").mkdir(parents=True)
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(killed, (two_days_ago, two_days_ago))
    monkeypatch.setattr(
        assets, "dbt_project", SimpleNamespace(project_dir=project, target_path=Path("target"))
    )
    assets._keep_parse_state_and_clean(run_target)
    assert not run_target.exists()
    assert (project / "target" / "partial_parse.msgpack").read_bytes() == b"new state"
    # a killed build's folder goes; one a build running beside this one may still use stays
    assert sorted(p.name for p in (project / "target").iterdir()) == [
        "partial_parse.msgpack",
        "warehouse_models-running",
    ]


def test_runs_of_a_few_files_rebuild_the_models_for_those_files_only() -> None:
    from dagster_project.defs.partitions import MAX_INCREMENTAL_FILES, files_of_run

    keys = [f"{i:05d}.txt" for i in range(MAX_INCREMENTAL_FILES + 10)]
    assert files_of_run({"dagster/partition": "00003.txt"}, keys) == ["00003.txt"]
    few = {ASSET_PARTITION_RANGE_START_TAG: "00003.txt", ASSET_PARTITION_RANGE_END_TAG: "00005.txt"}
    assert files_of_run(few, keys) == ["00003.txt", "00004.txt", "00005.txt"]
    every = {ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]}
    assert files_of_run(every, keys) is None  # the daily run and the main command: a full rebuild
    assert files_of_run(every, keys[:3]) is None
    many = {ASSET_PARTITION_RANGE_START_TAG: keys[1], ASSET_PARTITION_RANGE_END_TAG: keys[-2]}
    assert files_of_run(many, keys) is None
    assert files_of_run({}, keys) is None  # refresh_marts: no partitions
    gone = {ASSET_PARTITION_RANGE_START_TAG: "x.txt", ASSET_PARTITION_RANGE_END_TAG: "00005.txt"}
    assert files_of_run(gone, keys) is None


def test_the_dbt_resource_knows_the_version_of_the_dbt_it_runs(defs: dg.Definitions) -> None:
    resource = defs.resources["dbt"]
    printed = subprocess.run([resource.dbt_executable, "--version"], capture_output=True, text=True).stdout
    assert f"installed: {resource._cli_version}" in printed  # taken from dbt-core's metadata


def test_the_run_tags_named_here_are_dagsters() -> None:
    from dagster._core.storage import tags

    from dagster_project.defs import partitions

    assert partitions.PARTITION_NAME_TAG == tags.PARTITION_NAME_TAG
    assert partitions.ASSET_PARTITION_RANGE_START_TAG == tags.ASSET_PARTITION_RANGE_START_TAG
    assert partitions.ASSET_PARTITION_RANGE_END_TAG == tags.ASSET_PARTITION_RANGE_END_TAG


def test_refresh_everything_starts_one_run_over_every_file(two_files: Path, defs: dg.Definitions) -> None:
    from dagster_project.defs.automation import start_full_refresh

    with dg.instance_for_test() as instance:
        result = defs.resolve_job_def("refresh_everything").execute_in_process(instance=instance)
        assert result.success
        success = next(
            e.dagster_event
            for e in instance.all_logs(result.run_id)
            if e.dagster_event and e.dagster_event.event_type_value == "PIPELINE_SUCCESS"
        )
        context = dg.build_run_status_sensor_context(
            sensor_name="start_full_refresh",
            dagster_event=success,
            dagster_instance=instance,
            dagster_run=result.dagster_run,
        )
        request = start_full_refresh(context)
        assert instance.get_dynamic_partitions("raw_files") == ["a.txt", "b.txt"]
        assert (
            request.tags[ASSET_PARTITION_RANGE_START_TAG],
            request.tags[ASSET_PARTITION_RANGE_END_TAG],
        ) == (
            "a.txt",
            "b.txt",
        )
    sensor = defs.resolve_sensor_def("start_full_refresh")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
