"""What the warm run server (``warm_launcher``) imports once, before it forks any run.

Only installed packages: Dagster, dagster-dbt with dbt-core, Great Expectations, DuckDB and
pandas, the imports that cost a run most of its start-up. The project's own modules (the
definitions, the text core) are not imported here but in each run, so a run always executes
the code and the dbt project as they are on disk when it starts, as under Dagster's default
launcher; upgrading a package needs the daemon restarted (as it does anyway). Nothing here opens
a file, starts a thread or holds a connection, so forking after it is safe.
"""

import os
import sys

import dagster  # noqa: F401
import dagster_dbt  # noqa: F401
import duckdb  # noqa: F401
import great_expectations  # noqa: F401
import pandas  # noqa: F401

WARMED_IN_PID = os.getpid()  # the server's pid: a forked run sees it differ from its own
# the project's modules the server holds (none but this one and its package): a run imports
# the rest itself, as they are on disk
PROJECT_MODULES = sorted(m for m in sys.modules if m.startswith("dagster_project.") and m != __name__)
