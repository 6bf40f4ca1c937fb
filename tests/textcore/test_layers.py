"""The text core stands alone: it imports no Dagster, no storage and no orchestration, only
itself and the settings that say where the reference lists are."""

from __future__ import annotations

import ast
from pathlib import Path

import dagster_project.textcore as textcore

ALLOWED_PROJECT_MODULES = ("dagster_project.textcore", "dagster_project.settings")


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_text_core_imports_neither_dagster_nor_the_layers_above_it() -> None:
    modules = sorted(Path(textcore.__file__).parent.rglob("*.py"))
    assert len(modules) > 20
    wrong = {
        (path.name, name)
        for path in modules
        for name in _imports(path)
        if name.split(".")[0] in ("dagster", "dagster_dbt", "duckdb", "great_expectations")
        or (name.startswith("dagster_project") and not name.startswith(ALLOWED_PROJECT_MODULES))
    }
    assert wrong == set()


def test_nothing_run_by_the_job_imports_the_developer_tools() -> None:
    package = Path(textcore.__file__).parents[1]
    tools = package / "tools"
    runtime = [p for p in package.rglob("*.py") if tools not in p.parents and p.name != "bench.py"]
    assert len(runtime) > 50
    wrong = {
        (str(path.relative_to(package)), name)
        for path in runtime
        for name in _imports(path)
        if name.startswith("dagster_project.tools")
    }
    assert wrong == set()
    assert {p.name for p in tools.glob("*.py")} >= {"bench.py", "corpus.py"}
    assert (tools / "evaluation" / "cli.py").exists()
