"""Corrections files read line by line: good lines apply, a bad one names its file and line."""

from __future__ import annotations

from pathlib import Path

from dagster_project.corrections import COLUMNS, read_corrections

HEADER = ",".join(COLUMNS)


def _line(**given: str) -> str:
    return ",".join(given.get(column, "") for column in COLUMNS)


def _write(folder: Path, name: str, *lines: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")


def test_good_lines_have_no_problem(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "review.csv",
        _line(action="reject", fact_id="f1", note="not a value"),
        _line(action="set", fact_id="f2", field="value", value="6.5"),
        _line(
            action="add",
            source_file="a.txt",
            evidence="GDP增长6.5%",
            indicator_text="GDP",
            measure="growth_pct",
            value="6.5",
            unit="%",
        ),
    )
    found = read_corrections(tmp_path)
    assert [(c.action, c.line, c.problem) for c in found] == [
        ("reject", 2, None),
        ("set", 3, None),
        ("add", 4, None),
    ]
    assert found[0].note == "not a value" and found[1].field == "value" and found[2].evidence == "GDP增长6.5%"


def test_each_bad_line_is_named_by_file_and_line_and_the_rest_still_read(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "sub/bad.csv",
        _line(action="delete", fact_id="f1"),
        _line(action="reject"),
        _line(action="set", fact_id="f2", field="value", value="six"),
        _line(action="set", fact_id="f2", field="colour", value="red"),
        _line(action="add", source_file="a.txt", indicator_text="GDP", measure="growth_pct", value="1"),
        _line(
            action="add", source_file="a.txt", evidence="x", indicator_text="GDP", measure="speed", value="1"
        ),
        _line(action="reject", fact_id="f3"),
    )
    found = read_corrections(tmp_path)
    problems = [c.problem for c in found]
    assert problems[-1] is None
    for line, (problem, needle) in enumerate(
        zip(
            problems[:-1],
            [
                "action must be one of",
                "reject needs a fact_id",
                "'six' is no number",
                "field must be one of",
                "add needs evidence",
                "measure must be one of",
            ],
            strict=True,
        ),
        start=2,
    ):
        assert problem is not None and problem.startswith(f"sub/bad.csv:{line}: ") and needle in problem


def test_a_file_that_is_no_corrections_csv_is_one_problem_naming_it(tmp_path: Path) -> None:
    (tmp_path / "latin1.csv").write_bytes(HEADER.encode() + b"\nreject,f\xe9\n")
    (tmp_path / "notes.csv").write_text("fact,comment\nf1,wrong\n", encoding="utf-8")
    _write(tmp_path, "ok.csv", _line(action="reject", fact_id="f1"))
    found = {c.file: c for c in read_corrections(tmp_path)}
    assert "latin1.csv: cannot be read as UTF-8" in (found["latin1.csv"].problem or "")
    assert found["notes.csv"].problem == "notes.csv: no header with an 'action' column"
    assert found["ok.csv"].problem is None


def test_no_folder_means_no_corrections(tmp_path: Path) -> None:
    assert read_corrections(tmp_path / "missing") == []
