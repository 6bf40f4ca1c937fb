"""A small warehouse written by hand: staging tables plus the marts the report reads."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from dagster_project.warehouse.schema import create_staging_schema

FACT_COLUMNS = (
    "fact_id varchar, document_id varchar, source_file varchar, region_code varchar, region_name varchar,"
    " period_code varchar, indicator_code varchar, indicator_name varchar, indicator_text varchar,"
    " measure varchar, value double, unit varchar, qualifier varchar, evidence varchar, speaker_name varchar,"
    " speaker_org varchar, "
    "char_start integer, char_end integer, section_no integer"
)
FACTS = [
    (
        "f1",
        "d1",
        "a.txt",
        "500112",
        "渝北区",
        "2025-H1",
        "gdp",
        "地区生产总值",
        "全区GDP",
        "growth_pct",
        7.1,
        "%",
        None,
        "全区GDP、规上工业增加值、固定资产投资分别增长7.1%、10.4%、5%",
        "杨晓云",
        "渝北区",
        10,
        40,
        1,
    ),
    (
        "f2",
        "d1",
        "a.txt",
        "500112",
        "渝北区",
        "2025-H1",
        None,
        "汽车出口",
        "汽车出口",
        "growth_pct",
        41.0,
        "%",
        None,
        "汽车出口增长41%",
        "杨晓云",
        "渝北区",
        50,
        58,
        1,
    ),
    (
        "f3",
        "d1",
        "a.txt",
        "500000",
        "重庆市",
        "2025-H1",
        None,
        "商旅文体展联动促销活动",
        "商旅文体展联动促销活动",
        "count",
        1000.0,
        "场",
        "余",
        "举办商旅文体展联动促销活动千余场",
        "章勇武",
        "市商务委",
        70,
        86,
        2,
    ),
]


def make_warehouse(path: Path, facts: list[tuple] = FACTS) -> Path:
    """Write staging and mart tables with the given facts."""
    con = duckdb.connect(str(path))
    try:
        create_staging_schema(con)
        con.execute(
            "insert into staging.numbers values ('a.txt','d1',1,12,16,'7.1%','fact','全区GDP增长7.1%'),"
            "('a.txt','d1',1,60,65,'33618','name','“33618”现代制造业集群体系')"
        )
        con.execute(
            "insert into staging.indicator_mentions (source_file, measure, value, evidence, region_code,"
            " period_code) select source_file, measure, value, evidence, region_code, period_code"
            " from (values ('a.txt','growth_pct',7.1,'全区GDP增长7.1%','500112','2025-H1'))"
            " t(source_file, measure, value, evidence, region_code, period_code)"
        )
        con.execute(
            "insert into staging.sections (source_file, document_id, section_no, speaker_name, speaker_org,"
            " region_name, headline)"
            " values ('a.txt','d1',1,'杨晓云','渝北区','渝北区','涵养优良作风 优化营商环境')"
        )
        con.execute("create schema marts; create schema stg")
        con.execute("create view stg.stg_sections as select * from staging.sections")
        con.execute(f"create table marts.fct_indicator_value ({FACT_COLUMNS})")
        con.executemany("insert into marts.fct_indicator_value values (" + ",".join("?" * 19) + ")", facts)
        con.execute(
            "alter table marts.fct_indicator_value add column region_source varchar default 'section';"
            "alter table marts.fct_indicator_value add column period_source varchar default 'section';"
            "alter table marts.fct_indicator_value add column confidence double default 0.9;"
            "alter table marts.fct_indicator_value add column corrected boolean default false;"
            "alter table marts.fct_indicator_value add column correction_note varchar"
        )
        con.execute(
            "create table marts.dim_source_file as select * from (values ('a.txt','d1','loaded',null,null),"
            " ('bad.txt',null,'rejected','bad.txt: binary file (NUL bytes)',null))"
            " t(source_file, document_id, status, reason, flags)"
        )
        con.execute(
            "create table marts.dim_document as select 'd1' as document_id, 'a.txt' as source_file,"
            " '乘势而上' as title, date '2025-07-25' as published_date, '2025-H1' as period_code,"
            " '重庆市' as region_name, null as flags"
        )
        con.execute(
            "create table marts.fct_region_period_headline as select '500112' as region_code,"
            " '渝北区' as region_name, '2025-H1' as period_code, 7.1 as gdp_growth_pct,"
            " 10.4 as industrial_value_added_growth_pct, 5.0 as fixed_asset_investment_growth_pct,"
            " 6.7 as retail_sales_growth_pct, 18.5 as foreign_trade_growth_pct, 5 as n_facts"
        )
        con.execute(
            "create table marts.rpt_unexplained_numbers as select 'a.txt' as source_file, 1 as section_no,"
            " '渝北区' as speaker_org, '1224' as number_text, 'unexplained' as kind,"
            " '持续创响“1224”服务品牌' as sentence, 5 as char_start, 11 as char_end"
        )
    finally:
        con.close()
    return path


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return make_warehouse(tmp_path / "w.duckdb")
