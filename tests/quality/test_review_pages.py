"""The review page's HTML: each fact's value marked where it stands in reading order, coloured
by confidence, numbers no fact explains apart, the text escaped, nothing fetched."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb

from dagster_project.quality.review_pages import confidence_class, review_page
from dagster_project.warehouse.schema import create_staging_schema

# Two blocks of a paragraph cut by the layout: the second half stands first in the file.
TEXT = "汽车出口增长41%<b>。\n\n全区GDP增长7.1%，"
SECOND, FIRST = (0, TEXT.index("\n")), (TEXT.index("全"), len(TEXT))
GDP, EXPORT, TAG = TEXT.index("7.1%"), TEXT.index("41%"), TEXT.index("b>")


def _warehouse(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    create_staging_schema(con)
    con.execute("insert into staging.raw_documents (source_file, text) values ('a.txt', ?)", [TEXT])
    con.execute(
        "insert into staging.paragraphs (source_file, section_no, paragraph_no, char_start, char_end, spans) "
        "values ('a.txt', 1, 1, ?, ?, ?)",
        [FIRST[0], SECOND[1], f"{FIRST[0]}-{FIRST[1]};{SECOND[0]}-{SECOND[1]}"],
    )
    con.execute("create schema marts")
    con.execute(
        "create table marts.fct_indicator_value as select * from (values "
        "('f1','a.txt','渝北区','2025-H1','全区GDP','地区生产总值','growth_pct',7.1,'%',null,'clause','document',"
        f" 0.95,false,null,'全区GDP增长7.1%',{GDP},{GDP + 4}),"
        "('f2','a.txt','渝北区','2025-H1','汽车出口','汽车出口','growth_pct',41.0,'%',null,'section','document',"
        f" 0.4,false,null,'汽车出口增长41%',{EXPORT},{EXPORT + 3}))"
        " t(fact_id, source_file, region_name, period_code, "
        "indicator_text, indicator_name, measure, value, unit, qualifier, region_source, period_source, "
        "confidence, corrected, correction_note, evidence, char_start, char_end)"
    )
    con.execute(
        "create table marts.rpt_unexplained_numbers as select 'a.txt' as source_file, "
        f"{TAG} as char_start, {TAG + 1} as char_end, 'b' as number_text"
    )
    return con


def test_values_are_marked_in_reading_order_and_coloured_by_confidence(tmp_path: Path) -> None:
    con = _warehouse(tmp_path / "w.duckdb")
    html = review_page(con, {"source_file": "a.txt", "document_id": "d1", "title": "<标题>"})
    con.close()
    body = html.split('<article id="text">')[1].split("</article>")[0]
    marks = re.findall(r'<mark class="fact c-(\w+)" data-fact-id="(\w+)">([^<]*)</mark>', body)
    assert marks == [("high", "f1", "7.1%"), ("low", "f2", "41%")]  # the block read first comes first
    assert body.index("全区GDP") < body.index("汽车出口") and 'class="join"' in body
    assert '<mark class="unexplained"' in body and "&lt;" in body and "<b>" not in body
    assert "&lt;标题&gt;" in html
    data = json.loads(html.split('id="review-data">')[1].split("</script>")[0])
    assert [f["fact_id"] for f in data["facts"]] == ["f2", "f1"] and data["facts"][0]["band"] == "low"
    assert not re.search(r'(src|href)="(https?:)?//', html)  # works offline


def test_confidence_bands() -> None:
    assert [confidence_class(c) for c in (None, 0.2, 0.6, 0.84, 0.85, 1.0)] == [
        "low",
        "low",
        "mid",
        "mid",
        "high",
        "high",
    ]
