"""dbt build on hand-made staging rows: marts resolve files, regions and periods; planted
bad rows make the matching tests fail and the stored failures name those rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dagster_project.settings import DBT_DIR
from dagster_project.warehouse.schema import ROW_TYPES, create_staging_schema

DBT = Path(sys.executable).with_name("dbt")
PROJECT = DBT_DIR
GOOD_MENTIONS = [
    # source_file, document_id, section, no, start, end, region_code, region_name, source, period, text, code,
    # measure, value, unit, qualifier, evidence, speaker, org
    (
        "a.txt",
        "d1",
        1,
        1,
        10,
        20,
        "500112",
        "渝北区",
        "section",
        "2025-H1",
        "全区GDP",
        "gdp",
        "growth_pct",
        7.1,
        "%",
        None,
        "全区GDP增长7.1%",
        "杨晓云",
        "渝北区",
    ),
    (
        "a.txt",
        "d1",
        2,
        2,
        40,
        60,
        "500000",
        "重庆市",
        "city",
        "2025-H1",
        "进出口总额",
        "foreign_trade_total",
        "growth_pct",
        7.6,
        "%",
        None,
        "全市进出口总额增长7.6%",
        "章勇武",
        "市商务委",
    ),
    (
        "a.txt",
        "d1",
        3,
        3,
        70,
        80,
        "Z50000001",
        "两江新区",
        "section",
        "2025-H1",
        "文化产业",
        None,
        "growth_pct",
        34.1,
        "%",
        None,
        "新区文化产业增长34.1%",
        "罗楠",
        "两江新区",
    ),
    (
        "a.txt",
        "d1",
        3,
        4,
        90,
        99,
        "Z50000001",
        "两江新区",
        "section",
        "2025-H1",
        "孵化硬科技企业",
        None,
        "count",
        65.0,
        "家",
        None,
        "孵化硬科技企业65家",
        "罗楠",
        "两江新区",
    ),
    (  # a rate per mille below zero is a level it can take
        "a.txt",
        "d1",
        1,
        5,
        100,
        115,
        "500112",
        "渝北区",
        "section",
        "2025-H1",
        "人口自然增长率",
        None,
        "level",
        -3.1,
        "‰",
        None,
        "人口自然增长率为-3.1‰",
        "杨晓云",
        "渝北区",
    ),
    (
        "copy.txt",
        "d1",
        1,
        1,
        10,
        20,
        "500112",
        "渝北区",
        "section",
        "2025-H1",
        "全区GDP",
        "gdp",
        "growth_pct",
        7.1,
        "%",
        None,
        "全区GDP增长7.1%",
        "杨晓云",
        "渝北区",
    ),
    (
        "b.txt",
        "d2",
        1,
        1,
        5,
        15,
        "500112",
        "渝北区",
        "document",
        "2025-H1",
        "GDP",
        "gdp",
        "growth_pct",
        7.0,
        "%",
        None,
        "渝北区GDP增长7.0%",
        None,
        None,
    ),
]


MentionRow = ROW_TYPES["indicator_mentions"]
# The columns the hand-made mentions above give, in order; the rest are filled in by _typed.
GIVEN = (
    "source_file document_id section_no mention_no char_start char_end region_code region_name "
    "region_source period_code indicator_text indicator_code measure value unit qualifier evidence "
    "speaker_name speaker_org"
).split()


def _typed(mention: tuple) -> tuple:
    """A hand-made mention as a staging row: the value's offsets stand for its clause too."""
    given = dict(zip(GIVEN, mention[: len(GIVEN)], strict=True))
    given |= {
        "evidence_start": given["char_start"],
        "evidence_end": given["char_end"],
        "period_source": mention[len(GIVEN)] if len(mention) > len(GIVEN) else "clause",
        "confidence": 0.9,
    }
    return MentionRow(**{column: given.get(column) for column in MentionRow._fields})


def _load(warehouse: Path, mentions: list[tuple]) -> None:
    con = duckdb.connect(str(warehouse))
    try:
        create_staging_schema(con)
        con.executemany(
            "insert into staging.source_files"
            " (source_file, document_id, text_hash, size_bytes, encoding, status, reason)"
            " values (?, ?, ?, ?, ?, ?, ?)",
            [
                ("a.txt", "d1", "t1", 100, "utf-8", "parsed", None),
                ("copy.txt", "d1", "t1", 100, "utf-8", "parsed", None),
                ("b.txt", "d2", "t2", 90, "gb18030", "parsed", None),
                ("empty.txt", None, None, 0, None, "rejected", "empty.txt: the file is empty"),
            ],
        )
        con.executemany(
            "insert into staging.documents"
            " (document_id, source_file, text_hash, title, period_code, region_code, region_name, n_sections,"
            " accounted_share) values (?, ?, ?, ?, ?, ?, ?, ?, 1.0)",
            [
                ("d1", "a.txt", "t1", "发言摘登", "2025-H1", "500000", "重庆市", 3),
                ("d1", "copy.txt", "t1", "发言摘登", "2025-H1", "500000", "重庆市", 3),
                ("d2", "b.txt", "t2", "渝北区统计公报", "2025-H1", "500112", "渝北区", 1),
            ],
        )
        rows = [_typed(m) for m in mentions]
        con.executemany(
            f"insert into staging.indicator_mentions ({', '.join(MentionRow._fields)})"
            f" values ({', '.join('?' * len(MentionRow._fields))})",
            rows,
        )
        con.execute(
            "insert into staging.numbers values ('a.txt', 'd1', 1, 3, 5, '7月', 'date', '7月24日下午'),"
            " ('a.txt', 'd1', 1, 30, 32, '33618', 'unexplained', '“33618”现代制造业集群体系')"
        )
    finally:
        con.close()


def _build(tmp: Path, warehouse: Path, rebuilt: list[str] | None = None) -> tuple[int, list[dict]]:
    env = {**os.environ, "WAREHOUSE_PATH": str(warehouse)}
    if rebuilt is not None:
        env["WAREHOUSE_REBUILT_FILES"] = json.dumps(rebuilt)
    done = subprocess.run(
        [
            str(DBT),
            "build",
            "--project-dir",
            str(PROJECT),
            "--profiles-dir",
            str(PROJECT),
            "--target-path",
            str(tmp / "target"),
            "--log-path",
            str(tmp / "logs"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    results = json.loads((tmp / "target" / "run_results.json").read_text())["results"]
    return done.returncode, results


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, list[dict]]:
    tmp = tmp_path_factory.mktemp("dbt_good")
    warehouse = tmp / "w.duckdb"
    _load(warehouse, GOOD_MENTIONS)
    code, results = _build(tmp, warehouse)
    return warehouse, code, results


def _q(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_build_passes_on_good_rows(good) -> None:
    _, code, results = good
    bad = [
        (r["unique_id"], r["status"], r.get("message"))
        for r in results
        if r["status"] not in ("success", "pass")
    ]
    assert code == 0, bad
    assert not bad


def test_duplicates_and_rejections_are_resolved(good) -> None:
    warehouse, _, _ = good
    rows = _q(warehouse, "select source_file, status, reason from marts.dim_source_file order by source_file")
    assert rows == [
        ("a.txt", "loaded", None),
        ("b.txt", "loaded", None),
        ("copy.txt", "duplicate", "same bytes as a.txt"),
        ("empty.txt", "rejected", "empty.txt: the file is empty"),
    ]


def test_facts_of_duplicates_are_not_doubled_and_names_are_canonical(good) -> None:
    warehouse, _, _ = good
    rows = _q(
        warehouse,
        "select source_file, region_name, indicator_name, value from marts.fct_indicator_value"
        " order by source_file, char_start",
    )
    assert [r[0] for r in rows].count("copy.txt") == 0
    assert ("a.txt", "两江新区", "文化产业", 34.1) in rows
    gdp_names = {r[2] for r in rows if r[3] in (7.1, 7.0)}
    assert len(gdp_names) == 1 and "GDP" not in gdp_names.pop()  # canonical name from the dictionary


def test_facts_are_rebuilt_file_by_file(good, tmp_path: Path) -> None:
    """With WAREHOUSE_REBUILT_FILES only those files' facts are replaced; a file loaded for the
    first time is added and a file no longer loaded loses its facts, whatever the list."""
    import shutil

    warehouse = tmp_path / "w.duckdb"
    shutil.copy(good[0], warehouse)
    con = duckdb.connect(str(warehouse))
    con.execute(
        "update staging.indicator_mentions set value = value + 1 where source_file in ('a.txt', 'b.txt')"
    )
    con.execute(
        "insert into staging.source_files (source_file, document_id, text_hash, status) values"
        " ('c.txt', 'd3', 't3', 'parsed')"
    )
    con.execute(
        "insert into staging.documents (document_id, source_file, text_hash, period_code) values"
        " ('d3', 'c.txt', 't3', '2025-H1')"
    )
    con.execute(
        "insert into staging.indicator_mentions select * replace ('c.txt' as source_file,"
        " 'd3' as document_id) from staging.indicator_mentions where source_file = 'b.txt'"
    )
    con.close()
    facts = "select source_file, value from marts.fct_indicator_value order by source_file, char_start"
    staged = (
        "select source_file, value from staging.indicator_mentions where source_file = ? order by char_start"
    )
    before = _q(good[0], facts)

    code, _ = _build(tmp_path, warehouse, ["a.txt"])
    assert code == 0
    after = _q(warehouse, facts)
    assert [r for r in after if r[0] == "a.txt"] == _q(warehouse, staged.replace("?", "'a.txt'"))  # rebuilt
    assert [r for r in after if r[0] == "b.txt"] == [r for r in before if r[0] == "b.txt"]  # kept
    assert [r[1] for r in after if r[0] == "c.txt"] == [
        r[1] for r in _q(warehouse, staged.replace("?", "'b.txt'"))
    ]

    con = duckdb.connect(str(warehouse))
    con.execute("delete from staging.source_files where source_file = 'a.txt'")  # copy.txt takes over
    con.close()
    code, _ = _build(tmp_path, warehouse, [])
    assert code == 0
    now = _q(warehouse, facts)
    assert "a.txt" not in {r[0] for r in now}  # not loaded any more: its facts go
    assert [r for r in now if r[0] == "copy.txt"] == _q(warehouse, staged.replace("?", "'copy.txt'"))

    code, _ = _build(tmp_path, warehouse)  # no list: every file rebuilt
    assert code == 0
    assert [r for r in _q(warehouse, facts) if r[0] == "b.txt"] == _q(
        warehouse, staged.replace("?", "'b.txt'")
    )


def test_headline_pivot_and_conflicts(good) -> None:
    warehouse, _, _ = good
    headline = _q(
        warehouse,
        "select region_name, period_code, gdp_growth_pct, foreign_trade_growth_pct"
        " from marts.fct_region_period_headline order by region_code",
    )
    assert ("重庆市", "2025-H1", None, 7.6) in headline
    conflicts = _q(warehouse, "select region_name, value_a, value_b from marts.rpt_conflicting_values")
    assert (
        len(conflicts) == 1
        and conflicts[0][0] == "渝北区"
        and {conflicts[0][1], conflicts[0][2]} == {7.0, 7.1}
    )


def test_unexplained_numbers_are_reported_with_their_sentence(good) -> None:
    warehouse, _, _ = good
    assert _q(warehouse, "select number_text, sentence from marts.rpt_unexplained_numbers") == [
        ("33618", "“33618”现代制造业集群体系")
    ]


def test_only_values_whose_period_went_unread_are_queued_as_period_unknown(tmp_path: Path) -> None:
    """A value of no period by nature (a territory's area, a yearly average over a plan) is no
    period left unknown; one whose text gave no year is."""
    area = ("b.txt", "d2", 1, 2, 30, 40, "500112", "渝北区", "document", None, "总面积", None, "level")
    area += (1452.0, "平方公里", None, "总面积1452平方公里", None, None, "profile")
    undated = ("b.txt", "d2", 1, 3, 50, 60, "500112", "渝北区", "document", None, "规上工业增加值")
    undated += (None, "growth_pct", 8.1, "%", None, "规上工业增加值增长8.1%", None, None, "document")
    warehouse = tmp_path / "w.duckdb"
    _load(warehouse, [*GOOD_MENTIONS, area, undated])
    code, _ = _build(tmp_path, warehouse)
    assert code == 0
    queued = _q(
        warehouse,
        "select f.indicator_text from marts.rpt_facts_for_review r join marts.fct_indicator_value f"
        " using (fact_id) where r.reason = 'period_unknown' order by 1",
    )
    assert queued == [("规上工业增加值",)]


def test_planted_bad_rows_fail_the_matching_tests(tmp_path: Path) -> None:
    bad_rows = [
        *GOOD_MENTIONS,
        (
            "a.txt",
            "d1",
            1,
            9,
            200,
            210,
            "500112",
            "渝北区",
            "section",
            "2025-H1",
            "工业投资",
            None,
            "growth_pct",
            -150.0,
            "%",
            None,
            "工业投资下降150%",
            None,
            None,
        ),
        (
            "a.txt",
            "d1",
            1,
            11,
            240,
            250,
            "500112",
            "渝北区",
            "section",
            "2025-H1",
            "技改投资",
            None,
            "growth_pct",
            5000.0,
            "%",
            None,
            "技改投资增长5000%",
            None,
            None,
        ),
        (
            "a.txt",
            "d1",
            1,
            10,
            220,
            230,
            "999999",
            "乌有县",
            "clause",
            "2025-H1",
            "接待游客",
            None,
            "growth_pct",
            12.0,
            "%",
            None,
            "乌有县接待游客增长12%",
            None,
            None,
        ),
        GOOD_MENTIONS[0],  # the same fact twice
    ]
    warehouse = tmp_path / "w.duckdb"
    _load(warehouse, bad_rows)
    code, results = _build(tmp_path, warehouse)
    assert code != 0
    failed = {r["unique_id"]: r for r in results if r["status"] in ("fail", "error")}
    range_test = next(k for k in failed if "value_in_range_for_measure" in k)
    (review,) = [r for r in results if ".growth_pct_above_1000_for_review" in r["unique_id"]]
    assert review["status"] == "warn" and review["failures"] == 2  # the fall and the 5000 % growth
    region_test = next(k for k in failed if "relationships_fct_indicator_value_region_code" in k)
    unique_test = next(k for k in failed if "unique_fct_indicator_value_fact_id" in k)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:

        def stored(test_id: str) -> str:
            relation = failed[test_id]["relation_name"]
            return json.dumps(
                con.execute(f"select * from {relation}").fetchall(), ensure_ascii=False, default=str
            )

        stored_range = stored(range_test)
        assert "-150.0" in stored_range and "5000" not in stored_range  # impossible only
        assert "999999" in stored(region_test)
        assert failed[unique_test]["failures"] == 1
    finally:
        con.close()
    # Structural failures on the fact table block what is built from it; the 5000 % growth
    # alone (a content check) would not have.
    status = {
        r["unique_id"].split(".")[-1]: r["status"] for r in results if r["unique_id"].startswith("model.")
    }
    assert status["rpt_facts_for_review"] == "skipped"
    assert status["fct_region_period_headline"] == "skipped"
    assert status["fct_indicator_value"] == "success"
