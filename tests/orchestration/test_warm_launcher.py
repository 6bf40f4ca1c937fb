"""The project's run launcher runs each run in a process forked from a server that has
Dagster, dbt and GX imported: the run finds those imports done before it began but none of
the project's own modules (so it runs the code as it is on disk), gets a process of its own,
ends as under Dagster's default launcher, and a cancel from the UI stops it as cancelled."""

import importlib
import json
import os
import shutil
import time
from pathlib import Path

import dagster as dg
import pytest
from dagster_dbt import DbtProject

from dagster_project.defs.dbt import project
from dagster_project.settings import MANIFEST_PREPARED_ENV
from dagster_project.warm_launcher import PID_TAG, WarmRunLauncher
from tests.conftest import open_instance

ROOT = Path(__file__).parents[2]


@dg.op(config_schema={"out": str, "sleep_s": float})
def probe(context: dg.OpExecutionContext) -> None:
    """Record what the run's process had loaded when the op ran, then wait if asked."""
    import sys

    from dagster_project import warm_imports  # already imported if the server preloaded it

    Path(context.op_config["out"]).write_text(
        json.dumps(
            {
                "pid": os.getpid(),
                "warmed_in": warm_imports.WARMED_IN_PID,
                "dbt_loaded": "dagster_dbt" in sys.modules,
                "project_preloaded": warm_imports.PROJECT_MODULES,
                "manifest_prepared": os.environ.get(MANIFEST_PREPARED_ENV),
            }
        )
    )
    time.sleep(context.op_config["sleep_s"])


@dg.job(executor_def=dg.in_process_executor)
def probe_job() -> None:
    """One op, run by the launcher under test."""
    probe()


@pytest.fixture(scope="module")
def instance(tmp_path_factory: pytest.TempPathFactory):
    """An instance configured by the project's own ``dagster.yaml`` (so with its launcher)."""
    home = tmp_path_factory.mktemp("warm_home")
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    with open_instance(home) as inst:
        yield inst


def _launch(instance: dg.DagsterInstance, out: Path, sleep_s: float = 0.0, module: str | None = None) -> str:
    from dagster._core.code_pointer import ModuleCodePointer
    from dagster._core.launcher.base import LaunchRunContext

    origin = dg.reconstructable(probe_job).get_python_origin()
    if module is not None:  # code that cannot be loaded
        pointer = ModuleCodePointer(module, "probe_job", str(ROOT))
        origin = origin._replace(repository_origin=origin.repository_origin._replace(code_pointer=pointer))
    run = instance.create_run_for_job(
        job_def=probe_job,
        run_config={"ops": {"probe": {"config": {"out": str(out), "sleep_s": sleep_s}}}},
        job_code_origin=origin,
        status=dg.DagsterRunStatus.STARTING,
    )
    instance.run_launcher.launch_run(LaunchRunContext(dagster_run=run, workspace=None))
    return run.run_id


def _wait(instance: dg.DagsterInstance, run_id: str, until, timeout: float = 180) -> dg.DagsterRun:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = instance.get_run_by_id(run_id)
        if run is not None and until(run):
            return run
        time.sleep(0.2)
    raise AssertionError(f"run {run_id} did not get there: {instance.get_run_by_id(run_id)}")


def test_the_project_instance_launches_runs_from_the_warm_server(instance, tmp_path) -> None:
    assert isinstance(instance.run_launcher, WarmRunLauncher)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    runs = [_launch(instance, first), _launch(instance, second)]
    for run_id in runs:
        assert _wait(instance, run_id, lambda r: r.is_finished).status == dg.DagsterRunStatus.SUCCESS
    seen = [json.loads(path.read_text()) for path in (first, second)]
    # each run had its own process, forked from one server that had loaded the imports
    assert seen[0]["pid"] != seen[1]["pid"]
    assert seen[0]["warmed_in"] == seen[1]["warmed_in"] != os.getpid()
    assert all(s["pid"] != s["warmed_in"] and s["dbt_loaded"] for s in seen)
    assert seen[0]["project_preloaded"] == []  # the project's code is loaded by each run
    assert seen[0]["manifest_prepared"] == "1" and MANIFEST_PREPARED_ENV not in os.environ
    run = instance.get_run_by_id(runs[0])
    assert run.tags[PID_TAG] == str(seen[0]["pid"])
    messages = [e.message for e in instance.all_logs(runs[0]) if e.message]
    assert any("forked from the warm run server" in m for m in messages)


def test_a_cancelled_run_stops_as_cancelled(instance, tmp_path) -> None:
    out = tmp_path / "slow.json"
    run_id = _launch(instance, out, sleep_s=120)
    _wait(instance, run_id, lambda r: out.exists() and r.status == dg.DagsterRunStatus.STARTED)
    assert instance.run_launcher.terminate(run_id)
    run = _wait(instance, run_id, lambda r: r.is_finished, timeout=60)
    assert run.status == dg.DagsterRunStatus.CANCELED
    assert not instance.run_launcher.terminate(run_id)  # nothing left to stop


def test_a_run_whose_code_cannot_load_fails_with_the_reason(instance, tmp_path) -> None:
    run_id = _launch(instance, tmp_path / "never.json", module="tests.orchestration.no_such_module")
    run = _wait(instance, run_id, lambda r: r.is_finished, timeout=60)
    assert run.status == dg.DagsterRunStatus.FAILURE
    messages = " ".join(e.message or "" for e in instance.all_logs(run_id))
    assert "Could not load job definition" in messages


def test_a_run_uses_the_manifest_its_code_server_prepared(monkeypatch) -> None:
    """Under ``dagster dev`` the dbt project is parsed when the code loads, but not again in a
    run's process that the launcher marks as served by a prepared manifest."""
    parsed: list[DbtProject] = []
    monkeypatch.setattr(DbtProject, "prepare_if_dev", lambda self: parsed.append(self))
    monkeypatch.setenv(MANIFEST_PREPARED_ENV, "1")
    importlib.reload(project)
    assert parsed == []
    monkeypatch.delenv(MANIFEST_PREPARED_ENV)
    importlib.reload(project)
    assert parsed == [project.dbt_project]
