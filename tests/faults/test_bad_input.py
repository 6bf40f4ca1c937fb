"""One run over a RAW_DIR full of bad, odd and duplicate files: every file is listed in
``marts.dim_source_file`` with its status and reason, the good ones load, nothing outside
RAW_DIR is read, and file names and text never reach SQL as code."""

from __future__ import annotations

import subprocess

import duckdb
import pytest

from tests.conftest import Workspace, make_workspace, run_job
from tests.faults.corpus import (
    EXPECTED,
    GBK_KEY,
    NO_STRUCTURE,
    SAMPLE_NAME,
    SQL_NAME,
    add_sample,
    bad_input,
    sha256,
)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def bad_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Workspace, subprocess.CompletedProcess[str], bytes]:
    """The main job once over every bad file of the corpus, plus the sample."""
    base = tmp_path_factory.mktemp("bad")
    ws = make_workspace(base)
    secret = bad_input(ws.raw, base / "outside")
    done = run_job(ws)
    return ws, done, secret


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The main job over the sample alone under the same name, for comparison."""
    ws = make_workspace(tmp_path_factory.mktemp("clean"))
    add_sample(ws.raw)
    done = run_job(ws)
    assert done.returncode == 0, done.stderr[-3000:]
    return ws


def _rows(ws: Workspace, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(ws.warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _files(ws: Workspace) -> dict[str, tuple]:
    rows = _rows(
        ws, "select source_file, status, reason, duplicate_of, flags, document_id from marts.dim_source_file"
    )
    return {row[0]: row[1:] for row in rows}


def test_the_run_goes_on_and_reports_each_bad_file(bad_run) -> None:
    ws, done, _ = bad_run
    assert done.returncode == 0, done.stderr[-4000:]
    assert "rejected" in done.stdout
    files = _files(ws)
    for name in ("empty.txt", "random_bytes.txt", "archive.txt", "escape.txt"):
        assert name in done.stdout + done.stderr or files[name][0] == "rejected"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_file_gets_its_status_and_reason(bad_run, name: str) -> None:
    ws, _, _ = bad_run
    want = EXPECTED[name]
    files = _files(ws)
    assert name in files, sorted(files)
    status, reason, _, flags, _ = files[name]
    assert status == want.status, (name, status, reason)
    if want.reason:
        assert reason is not None and want.reason.lower() in reason.lower(), (name, reason)
        if status == "rejected":
            assert name in reason or name == GBK_KEY, reason  # the reason names the file
    if want.flag:
        assert want.flag in (flags or []), (name, flags)


def test_duplicates_point_at_the_first_copy_and_facts_are_not_doubled(bad_run, clean_run) -> None:
    ws, _, _ = bad_run
    files = _files(ws)
    for name in ("copy of sample.txt", "sample_gb18030.txt", "sample_utf16.txt", "sample_traditional.txt"):
        assert files[name][2] == SAMPLE_NAME, (name, files[name])
    assert files["copy of sample.txt"][4] == files[SAMPLE_NAME][4]  # same bytes, same id
    assert files["sample_gb18030.txt"][4] != files[SAMPLE_NAME][4]  # other bytes, same text
    query = "select count(*) from marts.fct_indicator_value where source_file = ?"
    sample_facts = _rows(ws, query, [SAMPLE_NAME])[0][0]
    assert sample_facts == _rows(clean_run, query, [SAMPLE_NAME])[0][0] > 0
    duplicates = [n for n, row in files.items() if row[0] == "duplicate"]
    doubled = _rows(
        ws,
        "select count(*) from marts.fct_indicator_value where list_contains(?, source_file)",
        [duplicates],
    )
    assert doubled[0][0] == 0


def test_facts_of_the_good_files_survive_the_bad_ones(bad_run, clean_run) -> None:
    ws, _, _ = bad_run
    query = (
        "select region_name, period_code, indicator_text, measure, value, unit "
        "from marts.fct_indicator_value where source_file = ? order by all"
    )
    assert _rows(ws, query, [SAMPLE_NAME]) == _rows(clean_run, query, [SAMPLE_NAME])
    sample_count = len(_rows(ws, query, [SAMPLE_NAME]))
    for name in (SQL_NAME, 'quote" and \\ backslash.txt', "2025-07-25_badjson.txt"):
        assert len(_rows(ws, query, [name])) == sample_count, name


def test_a_file_cut_inside_a_character_loads_what_it_can(bad_run) -> None:
    ws, _, _ = bad_run
    query = "select count(*) from marts.fct_indicator_value where source_file = ?"
    cut = _rows(ws, query, ["2025-07-25_cut.txt"])[0][0]
    whole = _rows(ws, query, [SAMPLE_NAME])[0][0]
    assert 0 < cut < whole


def test_malformed_metadata_falls_back_to_the_date_in_the_name(bad_run) -> None:
    ws, _, _ = bad_run
    rows = dict(
        _rows(
            ws,
            "select source_file, published_date from marts.dim_document where source_file in (?, ?)",
            ["2025-07-25_badjson.txt", "2025-07-25_baddate.txt"],
        )
    )
    assert {str(v) for v in rows.values()} == {"2025-07-25"}, rows


def test_a_file_with_no_structure_is_rejected_or_flagged(bad_run) -> None:
    ws, _, _ = bad_run
    status, reason, _, flags, _ = _files(ws)[NO_STRUCTURE]
    assert (status == "rejected" and "structure" in (reason or "")) or "no_structure" in (flags or [])
    assert not _rows(ws, "select 1 from marts.fct_indicator_value where source_file = ?", [NO_STRUCTURE])


def test_nothing_outside_raw_dir_is_read(bad_run) -> None:
    ws, _, secret = bad_run
    assert not _rows(ws, "select 1 from staging.raw_documents where document_id = ?", [sha256(secret)])
    assert not _rows(ws, "select 1 from marts.dim_source_file where document_id = ?", [sha256(secret)])
    published = _rows(
        ws, "select published_date from marts.dim_document where source_file = ?", ["2025-07-25_metalink.txt"]
    )
    assert str(published[0][0]) != "2031-01-01"  # the linked metadata was not followed
    assert not any("inner.txt" in name for name in _files(ws))


def test_sql_in_names_and_text_is_data(bad_run) -> None:
    ws, _, _ = bad_run
    tables = {
        r[0]
        for r in _rows(ws, "select table_name from information_schema.tables where table_schema = 'staging'")
    }
    assert {"documents", "sections"} <= tables
    assert (
        _rows(ws, "select count(*) from marts.dim_source_file where source_file = ?", [SQL_NAME])[0][0] == 1
    )


def test_bad_files_never_fail_the_quality_report(bad_run) -> None:
    ws, _, _ = bad_run
    assert (ws.reports / "index.html").exists()
    text = (ws.reports / "index.html").read_text(encoding="utf-8")
    assert "rejected" in text.lower()


def test_a_rerun_gives_the_same_tables(bad_run) -> None:
    ws, _, _ = bad_run
    before = _files(ws)
    done = run_job(ws)
    assert done.returncode == 0, done.stderr[-3000:]
    assert _files(ws) == before
