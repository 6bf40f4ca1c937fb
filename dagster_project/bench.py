"""``python -m dagster_project.bench``: the benchmark, kept at its documented command; the
code is ``dagster_project.tools.bench``."""

from dagster_project.tools.bench import main

if __name__ == "__main__":
    main()
