"""Running the warehouse unattended: one job, a daily schedule, a sensor on RAW_DIR."""

import hashlib
import json

import dagster as dg

from dagster_project import rawfiles, settings
from dagster_project.defs.ingest.assets import SOURCE_FILE_VERSIONS
from dagster_project.defs.partitions import (
    ASSET_PARTITION_RANGE_END_TAG,
    ASSET_PARTITION_RANGE_START_TAG,
    raw_files,
)

refresh_warehouse = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Parse the selected files, then rebuild the dbt models and the quality report.",
)

refresh_marts = dg.define_asset_job(
    "refresh_marts",
    selection=dg.AssetSelection.groups("reference", "review", "dbt_stg", "dbt_int", "dbt_marts", "quality")
    | dg.AssetSelection.assets(SOURCE_FILE_VERSIONS),
    description="Retire the files no longer under RAW_DIR, read the corrections, rebuild the dbt "
    "models and the quality report from the staging tables as they are.",
)


def sync_partitions(instance: dg.DagsterInstance, keys: list[str]) -> tuple[list[str], list[str]]:
    """Make the ``raw_files`` partitions exactly the files present; returns (added, removed)."""
    existing = set(instance.get_dynamic_partitions(raw_files.name))
    removed = sorted(existing - set(keys))
    added = [key for key in keys if key not in existing]
    for key in removed:
        instance.delete_dynamic_partition(raw_files.name, key)
    if added:
        instance.add_dynamic_partitions(raw_files.name, added)
    return added, removed


def full_range_tags(instance: dg.DagsterInstance) -> dict[str, str] | None:
    """Run tags selecting every file's partition in one run (None when there are no files)."""
    keys = instance.get_dynamic_partitions(raw_files.name)
    if not keys:
        return None
    return {ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]}


@dg.op(description="Records that a full refresh was asked for; start_full_refresh then launches it.")
def full_refresh_requested(context: dg.OpExecutionContext) -> None:
    """Nothing to compute: the run itself is the request."""
    context.log.info("full refresh requested: start_full_refresh launches refresh_warehouse over every file")


@dg.job(
    description="One click in the UI (Jobs → refresh_everything → Launchpad → Launch run): every "
    "file under RAW_DIR parsed again and everything rebuilt, in one run of refresh_warehouse that "
    "the sensor start_full_refresh launches. Nothing to choose, unlike the partitions dialog."
)
def refresh_everything() -> None:
    """The request for a full refresh."""
    full_refresh_requested()


@dg.run_status_sensor(
    run_status=dg.DagsterRunStatus.SUCCESS,
    monitored_jobs=[refresh_everything],
    request_job=refresh_warehouse,
    minimum_interval_seconds=5,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="After each run of refresh_everything: sync the partitions with RAW_DIR and launch "
    "refresh_warehouse over all of them.",
)
def start_full_refresh(context: dg.RunStatusSensorContext):
    """One run over every file under RAW_DIR for each refresh_everything run."""
    sync_partitions(context.instance, rawfiles.scan(settings.resolve("RAW_DIR")))
    tags = full_range_tags(context.instance)
    if tags is None:
        return dg.SkipReason(f"no *.txt files under {settings.resolve('RAW_DIR')}")
    return dg.RunRequest(run_key=f"full@{context.dagster_run.run_id}", tags=tags)


@dg.schedule(
    job=refresh_warehouse,
    cron_schedule="0 6 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every morning: every file under RAW_DIR parsed again and everything rebuilt.",
)
def daily_refresh(context: dg.ScheduleEvaluationContext):
    """Sync partitions with RAW_DIR and request one run over all of them."""
    sync_partitions(context.instance, rawfiles.scan(settings.resolve("RAW_DIR")))
    tags = full_range_tags(context.instance)
    if tags is None:
        return dg.SkipReason(f"no *.txt files under {settings.resolve('RAW_DIR')}")
    return dg.RunRequest(run_key=None, tags=tags)


@dg.sensor(
    jobs=[refresh_warehouse, refresh_marts],
    # a tick stats the files only (rawfiles.diff): cheap to run at every pass of the daemon's
    # sensor loop (every 5 s); an interval of 5 s itself falls a few milliseconds short of the
    # last tick at every other pass, and ticked every 10 s
    minimum_interval_seconds=1,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches RAW_DIR: new files are parsed in one run of their own partitions, a "
    "changed file in a run of its partition, then the dbt models rebuild; a removed file's "
    "partition is deleted and a run of refresh_marts retires its rows from staging and marts.",
)
def raw_dir_sensor(context: dg.SensorEvaluationContext):
    """Request runs for what changed under RAW_DIR since the last tick, keyed by content.

    On its first tick the sensor adopts files that already have a partition (loaded by
    ``python -m dagster_project`` or the schedule) instead of parsing them again.
    """
    raw_dir = settings.resolve("RAW_DIR")
    existing = context.instance.get_dynamic_partitions(raw_files.name)
    stats: dict[str, str] = {}
    if context.cursor:
        seen = json.loads(context.cursor)
        if "fingerprints" in seen:  # the cursor also keeps each file's size and time
            seen, stats = seen["fingerprints"], seen["stats"]
    else:
        seen = {key: rawfiles.fingerprint(raw_dir, key) for key in existing}
    now, changed, removed, stats = rawfiles.diff(raw_dir, seen, stats)
    known = set(existing)
    new_keys = [key for key in changed if key not in known]
    changed_keys = [key for key in changed if key in known]
    partition_requests = []
    if new_keys:
        partition_requests.append(raw_files.build_add_request(new_keys))
    gone = [key for key in removed if key in known]
    if gone:
        partition_requests.append(raw_files.build_delete_request(gone))
    job = refresh_warehouse.name
    runs = [dg.RunRequest(partition_key=k, run_key=f"{k}@{now[k][:16]}", job_name=job) for k in changed_keys]
    if len(new_keys) == 1:
        key = new_keys[0]
        runs.append(dg.RunRequest(partition_key=key, run_key=f"{key}@{now[key][:16]}", job_name=job))
    elif new_keys:
        # keys added in one request are contiguous at the end of the partition list: one run parses them all
        batch = hashlib.sha256("".join(now[k] for k in new_keys).encode()).hexdigest()[:16]
        runs.append(
            dg.RunRequest(
                run_key=f"batch@{batch}",
                job_name=job,
                tags={
                    ASSET_PARTITION_RANGE_START_TAG: new_keys[0],
                    ASSET_PARTITION_RANGE_END_TAG: new_keys[-1],
                },
            )
        )
    if gone:  # after the runs above: their models are rebuilt for their own files only
        removal = hashlib.sha256(json.dumps([gone, stats], sort_keys=True).encode()).hexdigest()[:16]
        runs.append(dg.RunRequest(run_key=f"removed@{removal}", job_name=refresh_marts.name))
    return dg.SensorResult(
        run_requests=runs,
        dynamic_partitions_requests=partition_requests,
        cursor=json.dumps({"fingerprints": now, "stats": stats}, sort_keys=True),
    )
