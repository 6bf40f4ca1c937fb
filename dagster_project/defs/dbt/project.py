"""The dbt project, located once for the resource and the assets."""

import os

from dagster_dbt import DbtProject

from dagster_project import settings

settings.export_defaults()

dbt_project = DbtProject(project_dir=settings.DBT_DIR, profiles_dir=settings.DBT_DIR)
if not os.environ.get(settings.MANIFEST_PREPARED_ENV):
    dbt_project.prepare_if_dev()
