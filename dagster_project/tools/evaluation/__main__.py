"""``python -m dagster_project.tools.evaluation --docs DIR --gold CSV [--by-file] [--min-f1 X]``."""

from dagster_project.tools.evaluation.cli import main

raise SystemExit(main())
