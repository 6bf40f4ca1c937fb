"""A run launcher whose runs start from a warm process instead of a fresh Python.

Dagster's default launcher has the code server spawn a new interpreter for every run, which
imports Dagster, dagster-dbt (with dbt-core) and the definitions before the first step: about
8-11 s of a run that adds one document on two cores, every time. This launcher keeps one
``forkserver`` process that has imported the installed packages once
(``dagster_project.warm_imports``) and forks each run's process from it; the run then loads
the project's definitions as they are on disk and runs exactly as under the default launcher
(``dagster api execute_run``'s own code: the run is loaded from the instance, its job
reconstructed from its code origin, and executed).

Configured in ``dagster_home/dagster.yaml``; it serves runs launched by the daemon (the UI's
queued runs, the sensors and the schedule). Cancelling a run from the UI interrupts its
process (its pid is a run tag, as the default launcher keeps its server's address), which
Dagster records as a cancelled run.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Mapping, Sequence
from typing import Any

from dagster import Array, Field
from dagster._core.launcher.base import LaunchRunContext, RunLauncher
from dagster._serdes import ConfigurableClass, ConfigurableClassData

PID_TAG = "dagster_project/run_worker_pid"
PRELOAD = ("dagster_project.warm_imports",)


def execute_run(run_id: str, serialized_instance_ref: str) -> None:
    """The forked run process: execute run ``run_id`` of the instance as ``dagster api
    execute_run`` does, with interrupts (a cancel) turned into a cancelled run."""
    from dagster import DagsterInstance
    from dagster._core.events import EngineEventData
    from dagster._grpc.impl import core_execute_run
    from dagster._serdes import deserialize_value
    from dagster._utils.hosted_user_process import recon_job_from_origin
    from dagster._utils.interrupts import capture_interrupts

    from dagster_project.settings import MANIFEST_PREPARED_ENV

    os.environ[MANIFEST_PREPARED_ENV] = "1"  # the code server parsed the dbt project already
    ref = deserialize_value(serialized_instance_ref)
    with capture_interrupts(), DagsterInstance.from_ref(ref) as instance:
        run = instance.get_run_by_id(run_id)
        if run is None:
            raise RuntimeError(f"run {run_id} is not in the instance {instance.root_directory}")
        pid = os.getpid()
        instance.report_engine_event(
            f"Started process for run (pid: {pid}), forked from the warm run server.",
            run,
            EngineEventData.in_process(pid),
        )
        # code that does not load fails the run here, as under the default launcher
        recon = recon_job_from_origin(run.job_code_origin)
        for _event in core_execute_run(recon, run, instance, True):
            pass


class WarmRunLauncher(RunLauncher, ConfigurableClass):
    """Launches each run in a process forked from a server that has the run's imports loaded."""

    def __init__(self, inst_data: ConfigurableClassData | None = None, preload: Sequence[str] = PRELOAD):
        self._inst_data = inst_data
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(list(preload))
        self._processes: dict[str, multiprocessing.process.BaseProcess] = {}
        super().__init__()

    @property
    def inst_data(self) -> ConfigurableClassData | None:
        """The configuration this launcher was built from (Dagster's ``ConfigurableClass``)."""
        return self._inst_data

    @classmethod
    def config_type(cls) -> dict[str, Field]:
        """Optional ``preload_modules``: what the warm server imports before any run."""
        return {"preload_modules": Field(Array(str), is_required=False, default_value=list(PRELOAD))}

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData, config_value: Mapping[str, Any]):
        """Build the launcher from ``dagster.yaml``'s ``run_launcher.config``."""
        return cls(inst_data=inst_data, preload=config_value.get("preload_modules", PRELOAD))

    def launch_run(self, context: LaunchRunContext) -> None:
        """Fork the run's process from the warm server and record its pid on the run."""
        from dagster._serdes import serialize_value

        run = context.dagster_run
        self._reap()
        process = self._context.Process(
            target=execute_run,
            args=(run.run_id, serialize_value(self._instance.get_ref())),
            name=f"dagster-run-{run.run_id[:8]}",
        )
        process.start()
        self._processes[run.run_id] = process
        self._instance.add_run_tags(run.run_id, {PID_TAG: str(process.pid)})

    def terminate(self, run_id: str) -> bool:
        """Interrupt the run's process; Dagster then records the run as cancelled."""
        run = self._instance.get_run_by_id(run_id)
        if run is None or run.is_finished or PID_TAG not in run.tags:
            return False
        self._instance.report_run_canceling(run)
        try:
            os.kill(int(run.tags[PID_TAG]), signal.SIGINT)
        except ProcessLookupError:
            return False
        return True

    def _reap(self) -> None:
        """Forget the processes of finished runs (and collect their exit status)."""
        for run_id, process in list(self._processes.items()):
            if not process.is_alive():
                process.join(0)
                del self._processes[run_id]

    def dispose(self) -> None:
        """Wait a little for runs still going when the instance closes; they are not killed."""
        for process in self._processes.values():
            process.join(timeout=1)
