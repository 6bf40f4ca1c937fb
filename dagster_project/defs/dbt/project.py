"""The dbt project, located once for the resource and the assets."""

from dagster_dbt import DbtProject

from dagster_project import settings

settings.export_defaults()

dbt_project = DbtProject(project_dir=settings.DBT_DIR, profiles_dir=settings.DBT_DIR)
dbt_project.prepare_if_dev()
