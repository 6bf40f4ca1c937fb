"""``python -m dagster_project.evaluation --docs DIR --gold CSV [--by-file] [--min-f1 X]``."""

from dagster_project.evaluation.cli import main

raise SystemExit(main())
