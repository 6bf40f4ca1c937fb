"""dbt models, seeds and tests as Dagster assets and asset checks.

Models and seeds are keyed ``[schema, name]`` (``marts/fct_indicator_value``), and
the dbt sources point at the Python assets' keys through ``meta.dagster.asset_key``,
so raw files, staging tables and marts form one lineage graph (the eight parsed
staging tables are all written by one asset, ``staging/parsed_documents``).
"""

import json
import os
import shutil
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, dbt_assets

from dagster_project.defs.dbt.project import dbt_project
from dagster_project.defs.partitions import files_of_run, raw_files
from dagster_project.defs.resources import ReportsResource, WarehouseResource

RUN_RESULTS_NAME = "dbt_run_results.json"


class WarehouseTranslator(DagsterDbtTranslator):
    """Asset keys ``[schema, name]`` for models and seeds; groups by dbt folder."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        """Key models and seeds by the schema they are built in."""
        if dbt_resource_props["resource_type"] in ("model", "seed", "snapshot"):
            return dg.AssetKey([dbt_resource_props["schema"], dbt_resource_props["name"]])
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        """Seeds are reference data; models are grouped by their layer's schema."""
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        return f"dbt_{dbt_resource_props['schema']}"

    def get_asset_check_spec(
        self, asset_spec: dg.AssetSpec, manifest: Mapping[str, Any], unique_id: str, project: Any
    ) -> dg.AssetCheckSpec | None:
        """dagster-dbt's check for a dbt test, described as the test's YAML describes it
        (structural: blocks; content: warns) instead of "No description provided"."""
        spec = super().get_asset_check_spec(asset_spec, manifest, unique_id, project)
        test = manifest.get("nodes", {}).get(unique_id, {})
        if spec is None or spec.description or not test.get("description"):
            return spec
        return spec._replace(description=test["description"])


# A build's own target folder still there after this long was left by a killed run.
STALE_BUILD_SECONDS = 24 * 3600


def _keep_parse_state_and_clean(run_target: Path) -> None:
    """Keep this build's parse state for the next build (dbt parses everything again
    when the profile's path differs from the saved state's), then delete the build's own
    target folder, and those of builds killed more than a day ago, so unattended runs do
    not pile up compiled SQL and manifests."""
    target = dbt_project.project_dir / dbt_project.target_path
    state = run_target / "partial_parse.msgpack"
    if state.exists():
        kept = target / state.name
        shutil.copy(state, kept.with_suffix(".tmp"))
        os.replace(kept.with_suffix(".tmp"), kept)  # another build may be reading it
    shutil.rmtree(run_target, ignore_errors=True)
    cutoff = time.time() - STALE_BUILD_SECONDS
    for left in target.glob(f"{warehouse_models.op.name}-*"):
        if left.is_dir() and left.stat().st_mtime < cutoff:
            shutil.rmtree(left, ignore_errors=True)


REBUILT_FILES_ENV = "WAREHOUSE_REBUILT_FILES"  # read by dbt/macros/rebuilt_files.sql


def dbt_environment(warehouse_path: str, files: list[str] | None) -> dict[str, str | None]:
    """The environment dbt's process needs: the file to build in (the run's copy, read by
    ``dbt/profiles.yml``) and the files whose rows the incremental models replace (None:
    every row is rebuilt)."""
    return {
        "WAREHOUSE_PATH": warehouse_path,
        REBUILT_FILES_ENV: None if files is None else json.dumps(files, ensure_ascii=False),
    }


def _set_environment(values: Mapping[str, str | None]) -> None:
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@contextmanager
def _environment(values: Mapping[str, str | None]) -> Iterator[None]:
    """Set (or, for None, unset) these variables for the processes started inside the block."""
    before = {name: os.environ.get(name) for name in values}
    _set_environment(values)
    try:
        yield
    finally:
        _set_environment(before)


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=WarehouseTranslator(
        settings=DagsterDbtTranslatorSettings(
            enable_asset_checks=True, enable_duplicate_source_asset_keys=True
        )
    ),
    pool="duckdb",
)
def warehouse_models(
    context: dg.AssetExecutionContext,
    dbt: DbtCliResource,
    reports: ReportsResource,
    warehouse: WarehouseResource,
):
    """``dbt build``: seeds, models and their tests; test results become asset checks and
    are kept for the data-quality report."""
    # A run of a few partitions (the sensor's) rebuilds the incremental models for those
    # files only; any other run rebuilds every model in full.
    files = files_of_run(context.run.tags, context.instance.get_dynamic_partitions(raw_files.name))
    if files is not None:
        context.log.info(f"incremental models rebuilt for the {len(files)} file(s) parsed in this run")
    with _environment(dbt_environment(warehouse.working_path, files)):
        args = ["build"] if files is not None else ["build", "--full-refresh"]
        invocation = dbt.cli(args, context=context, raise_on_error=False)
    yield from invocation.stream()
    run_results = invocation.get_artifact("run_results.json")
    _keep_parse_state_and_clean(Path(invocation.target_path))
    out = Path(reports.path)
    out.mkdir(parents=True, exist_ok=True)
    (out / RUN_RESULTS_NAME).write_text(json.dumps(run_results, ensure_ascii=False), encoding="utf-8")
    errors = [r for r in run_results.get("results", []) if r.get("status") in ("error", "runtime error")]
    if errors:
        names = ", ".join(r["unique_id"] for r in errors[:10])
        raise dg.Failure(
            f"dbt build failed for {len(errors)} node(s): {names}",
            metadata={"messages": "\n".join(str(r.get("message")) for r in errors[:10])},
        )
