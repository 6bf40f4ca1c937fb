"""Locations the product reads and writes, from environment variables (CONTRACT.md).

Relative values are resolved against the project root so that Dagster, dbt and
Great Expectations, which run with different working directories, share one
absolute path for each location.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DBT_DIR = PROJECT_ROOT / "dbt"
# The reference lists (regions, economic zones, indicators and their aliases) are dbt seeds:
# the text core reads the same files the marts join to.
SEEDS_DIR = DBT_DIR / "seeds"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
# dbt as installed beside this interpreter, whether or not its bin directory is on PATH
# DuckDB's buffer in the job's own connections (dbt's is set in dbt/profiles.yml): bounded,
# so memory stays flat as the warehouse grows; DuckDB spills to disk beyond it.
DUCKDB_CONFIG = {"memory_limit": "300MB"}
DBT_EXECUTABLE = Path(sys.executable).with_name("dbt")
# Set in a run's process by the warm run launcher: under ``dagster dev`` the code server has
# parsed the dbt project when it loaded, and the run uses that manifest (as the UI shows it)
# instead of parsing again (7-8 s a run).
MANIFEST_PREPARED_ENV = "DAGSTER_PROJECT_MANIFEST_PREPARED"

# Dagster's own switches for runs over many partitions: one "planned" event per asset for a
# whole range instead of one per file, and the per-file materializations of a step handed to
# the event log in batches (one statement each on PostgreSQL, ``dagster_home/postgres``).
DAGSTER_DEFAULTS = {
    "DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS": "true",
    "DAGSTER_EVENT_BATCH_SIZE": "1000",
}

DEFAULTS = {
    "RAW_DIR": "raw",
    "WAREHOUSE_PATH": "data/warehouse.duckdb",
    "REPORTS_DIR": "data/reports",
    "CORRECTIONS_DIR": "corrections",
}


def resolve(name: str) -> Path:
    """Absolute path for setting ``name``: the env var if set, else the documented default."""
    value = os.environ.get(name) or DEFAULTS[name]
    path = Path(value).expanduser()
    return path if path.is_absolute() else (PROJECT_ROOT / path).resolve()


def export_defaults() -> None:
    """Put the absolute locations into the environment, where dbt's profile and
    ``dg.EnvVar`` read them, and Dagster's switches for many partitions unless set."""
    for name in DEFAULTS:
        os.environ[name] = str(resolve(name))
    for name, value in DAGSTER_DEFAULTS.items():
        os.environ.setdefault(name, value)
    # dagster-dbt's own dbt calls (manifest preparation under ``dagster dev``) look on PATH
    scripts = str(DBT_EXECUTABLE.parent)
    if scripts not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = os.pathsep.join(filter(None, (scripts, os.environ.get("PATH"))))
