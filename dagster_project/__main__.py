"""Run the whole warehouse job once: every file under RAW_DIR into WAREHOUSE_PATH.

``python -m dagster_project`` syncs one Dagster partition per raw file, executes
the ``refresh_warehouse`` job in-process over all of them (parse, dbt build,
Great Expectations, report) and prints a summary. A second run started while one
is going waits for it (the warehouse has one writer).

Like every run (``warehouse.publish``), it writes a copy of the warehouse
(``WAREHOUSE_PATH.next``) that replaces the file in one rename when the run succeeds,
so readers never wait for a run and a killed or failed run leaves the last complete
warehouse in place.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from dagster_project import settings
from dagster_project.warehouse.publish import holding_lock

LAUNCHED_BY = {"warehouse/launched_by": "python -m dagster_project"}


def recover_interrupted_runs(instance) -> int:
    """Mark runs of this command still recorded as in progress as failed and free the
    concurrency-pool slots they held; returns how many there were.

    Called while holding the warehouse lock, so no such run can still be alive: it was
    killed (SIGKILL, power loss) before Dagster could record its end, and its pool slot
    would otherwise block every later run.
    """
    import dagster as dg

    in_progress = [dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.NOT_STARTED]
    runs = instance.get_runs(filters=dg.RunsFilter(tags=LAUNCHED_BY, statuses=in_progress))
    for run in runs:
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        instance.report_run_failed(run, "interrupted: the process running it ended before the run finished")
    return len(runs)


def summarize(warehouse: Path, reports_dir: Path, checks: tuple[int, int, int]) -> str:
    """Short plain-text summary of what the warehouse holds after a run."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        status = dict(con.execute("select status, count(*) from marts.dim_source_file group by 1").fetchall())
        sections = con.execute(
            "select count(*) from staging.sections s join marts.dim_source_file f "
            "on f.source_file = s.source_file and f.status = 'loaded'"
        ).fetchone()[0]
        per_region = con.execute(
            "select coalesce(region_name, '(no region)'), count(*) from marts.fct_indicator_value "
            "group by 1 order by 2 desc, 1"
        ).fetchall()
        rejected = con.execute(
            "select source_file, reason from marts.dim_source_file where status = 'rejected' order by 1"
        ).fetchall()
        review = con.execute(
            "select reason, count(distinct fact_id) from marts.rpt_facts_for_review group by 1 order by 1"
        ).fetchall()
    finally:
        con.close()
    lines = [
        f"documents: {status.get('loaded', 0)} loaded, {status.get('duplicate', 0)} duplicate, "
        f"{status.get('rejected', 0)} rejected",
        f"sections:  {sections}",
        f"facts:     {sum(n for _, n in per_region)}",
    ]
    lines += [f"  {name}: {n}" for name, n in per_region]
    lines += [f"rejected:  {name}: {reason}" for name, reason in rejected]
    lines += [f"review:    {n} facts: {reason}" for reason, n in review]
    lines += [
        f"checks:    {checks[0]} passed, {checks[1]} warned, {checks[2]} failed",
        f"warehouse: {warehouse}",
        f"report:    {reports_dir / 'index.html'}",
    ]
    return "\n".join(lines)


def check_counts(result) -> tuple[int, int, int]:
    """(passed, warned, failed) asset checks of a run's result."""
    import dagster as dg

    evaluations = [
        e.event_specific_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"
    ]
    warned = sum(not ev.passed and ev.severity == dg.AssetCheckSeverity.WARN for ev in evaluations)
    failed = sum(not ev.passed for ev in evaluations) - warned
    return sum(ev.passed for ev in evaluations), warned, failed


def report_failures(results: list, warehouse: Path) -> None:
    """Print every failed step of the runs, and that the warehouse was left as it was."""
    for event in (e for r in results for e in r.all_events):
        if event.event_type_value == "STEP_FAILURE":
            print(
                f"step failed: {event.step_key}: {event.event_specific_data.error.message}", file=sys.stderr
            )
    print(f"run failed: {warehouse} is left as it was after the last complete run", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dagster_project", description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="only warnings and the summary")
    parser.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="KEY",
        help="parse only this file (path relative to RAW_DIR; repeatable) and rebuild the marts, "
        "as the sensor does for a new file",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the job once; exit 0 when it finished (rejected files included), 1 when it failed."""
    args = _parser().parse_args(argv)

    settings.export_defaults()
    os.environ.setdefault("DAGSTER_HOME", str(settings.PROJECT_ROOT / "dagster_home"))
    Path(os.environ["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)
    raw_dir, warehouse, reports = (settings.resolve(n) for n in ("RAW_DIR", "WAREHOUSE_PATH", "REPORTS_DIR"))

    import dagster as dg

    from dagster_project import rawfiles
    from dagster_project.definitions import defs
    from dagster_project.defs.automation import full_range_tags, sync_partitions

    # The run's warehouse resource takes the same lock again: held from here, no other run
    # can be alive while interrupted ones are recovered.
    with holding_lock(warehouse, say=lambda message: print(message, flush=True)):
        instance = dg.DagsterInstance.get()
        interrupted = recover_interrupted_runs(instance)
        if interrupted:
            print(
                f"{interrupted} interrupted run(s) of an earlier command marked failed; starting over",
                flush=True,
            )
        keys = rawfiles.scan(raw_dir)
        added, removed = sync_partitions(instance, keys)
        print(f"{len(keys)} files under {raw_dir} ({len(added)} new, {len(removed)} removed)", flush=True)
        unknown = [key for key in args.file if key not in keys]
        if unknown:
            print(f"not under {raw_dir}: {', '.join(unknown)}", file=sys.stderr)
            return 2
        tags = full_range_tags(instance)
        job = defs().resolve_job_def("refresh_warehouse" if tags else "refresh_marts")
        level = "WARNING" if args.quiet else "INFO"
        logging.getLogger("dagster").setLevel(level)
        runs = [{"partition_key": key, "tags": LAUNCHED_BY} for key in args.file] or [
            {"tags": {**(tags or {}), **LAUNCHED_BY}}
        ]
        results = [
            job.execute_in_process(
                instance=instance,
                raise_on_error=False,
                run_config={"loggers": {"console": {"config": {"log_level": level}}}},
                **run,
            )
            for run in runs
        ]
        success = all(r.success for r in results)
        if not success:
            report_failures(results, warehouse)
        if warehouse.exists():
            try:
                print(summarize(warehouse, reports, check_counts(results[-1])), flush=True)
            except Exception as exc:  # the marts may be missing after a failed run
                print(f"no summary: {exc}", file=sys.stderr)
    return 0 if success else 1


if __name__ == "__main__":
    sys.exit(main())
