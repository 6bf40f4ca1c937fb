"""Analysts' corrections: CORRECTIONS_DIR read into ``staging.corrections``, and a sensor that
rebuilds the marts when a corrections file changes."""

import hashlib
from dataclasses import astuple

import dagster as dg

from dagster_project import settings
from dagster_project.corrections import read_corrections
from dagster_project.defs.automation import refresh_marts
from dagster_project.defs.resources import WarehouseResource
from dagster_project.warehouse.staging import replace_corrections

CORRECTIONS_ASSET = dg.AssetKey(["staging", "corrections"])


@dg.asset(
    key=CORRECTIONS_ASSET,
    group_name="review",
    kinds={"python", "duckdb"},
    pool="duckdb",
    description="Every line of the corrections CSV files in CORRECTIONS_DIR (reject, set, add), "
    "with the reason, naming file and line, of one that cannot apply. The marts apply the rest.",
)
def corrections(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Read CORRECTIONS_DIR afresh; a malformed line is kept with its problem, never raised."""
    folder = settings.resolve("CORRECTIONS_DIR")
    found = read_corrections(folder)
    problems = [c.problem for c in found if c.problem]
    for problem in problems:
        context.log.warning(problem)
    with warehouse.connect() as con:
        replace_corrections(con, [astuple(c) for c in found])
    return dg.MaterializeResult(
        metadata={
            "folder": dg.MetadataValue.path(str(folder)),
            "corrections": len(found),
            "malformed": len(problems),
            "problems": dg.MetadataValue.md("\n".join(f"- {p}" for p in problems[:50]) or "none"),
        }
    )


def fingerprint() -> str:
    """What CORRECTIONS_DIR holds now: names, sizes and modification times of its CSV files."""
    folder = settings.resolve("CORRECTIONS_DIR")
    if not folder.is_dir():
        return "none"
    parts = [
        f"{p.relative_to(folder).as_posix()}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
        for p in sorted(folder.rglob("*.csv"))
        if p.is_file()
    ]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


@dg.sensor(
    job=refresh_marts,
    minimum_interval_seconds=15,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches CORRECTIONS_DIR: when a corrections file is added, changed or removed, "
    "the corrections are read again and the marts rebuilt.",
)
def corrections_sensor(context: dg.SensorEvaluationContext):
    """One run of the marts per new state of CORRECTIONS_DIR (the first tick only records it)."""
    now = fingerprint()
    if context.cursor is None:
        context.update_cursor(now)
        return dg.SkipReason("recorded the corrections present at start")
    if now == context.cursor:
        return dg.SkipReason("no corrections file changed")
    context.update_cursor(now)
    return dg.RunRequest(run_key=f"corrections@{now[:16]}")
