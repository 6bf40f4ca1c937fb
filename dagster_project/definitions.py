"""The code location: every definition under ``defs/``, loaded from one place."""

from pathlib import Path

import dagster as dg

from dagster_project import settings

settings.export_defaults()


@dg.definitions
def defs() -> dg.Definitions:
    """Load the ``defs`` package (ingest, parse, dbt, quality, automation, resources)."""
    return dg.load_from_defs_folder(path_within_project=Path(__file__).parent)
