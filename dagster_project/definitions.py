"""The code location: every definition under ``defs/``, loaded from one place."""

from pathlib import Path

import dagster as dg

from dagster_project import settings

settings.export_defaults()


@dg.definitions
def defs() -> dg.Definitions:
    """Load the ``defs`` package (ingest, parse, dbt, quality, automation, resources).

    Runs execute their steps in one process: a fresh Python with Dagster, dagster-dbt and
    GX per step cost more than the steps themselves, and the parse step keeps its own pool
    of workers for the cores (``parsing``), dbt its own process.
    """
    loaded = dg.load_from_defs_folder(path_within_project=Path(__file__).parent)
    return dg.Definitions.merge(loaded, dg.Definitions(executor=dg.in_process_executor))
