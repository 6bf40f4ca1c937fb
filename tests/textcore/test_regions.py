"""Gazetteer: the region seed's data quality and name resolution on real wording."""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import pytest

from dagster_project.textcore.regions import SEEDS, Gazetteer, RegionRef

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def chongqing(gaz: Gazetteer) -> RegionRef:
    ref = gaz.by_code("500000")
    assert ref is not None
    return ref


@pytest.fixture(scope="module")
def seed_rows() -> list[dict[str, str]]:
    with (SEEDS / "ref_regions.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# --- the seed -------------------------------------------------------------------------------


def test_seed_codes_unique_and_well_formed(seed_rows: list[dict[str, str]]) -> None:
    codes = [r["region_code"] for r in seed_rows]
    assert len(codes) == len(set(codes))
    for r in seed_rows:
        pattern = r"Z\d{8}" if r["level"] == "zone" else r"\d{6}"
        assert re.fullmatch(pattern, r["region_code"]), r
        assert r["level"] in {"nation", "province", "prefecture", "county", "zone"}, r
        assert r["short_name"] and r["region_name"], r


def test_seed_hierarchy_is_closed(seed_rows: list[dict[str, str]]) -> None:
    by_code = {r["region_code"]: r for r in seed_rows}
    provinces = {r["region_name"] for r in seed_rows if r["level"] == "province"}
    assert [r["region_name"] for r in seed_rows if r["level"] == "nation"] == ["中华人民共和国"]
    for r in seed_rows:
        if r["level"] == "nation":  # the place of national values, above every province
            assert r["parent_code"] == "" and r["province_name"] == ""
            continue
        if r["level"] == "province":
            assert r["parent_code"] == "" and r["province_name"] == r["region_name"]
            continue
        parent = by_code.get(r["parent_code"])
        assert parent is not None, r
        assert r["province_name"] in provinces, r
        if r["level"] != "zone":  # GB codes nest: the parent's code shares the province digits
            assert parent["region_code"][:2] == r["region_code"][:2], r


def test_seed_counts_are_plausible(seed_rows: list[dict[str, str]]) -> None:
    levels = [r["level"] for r in seed_rows]
    assert 2800 <= levels.count("county") <= 2900
    assert 330 <= levels.count("prefecture") <= 340
    assert levels.count("province") == 34


def test_municipality_districts_hang_on_the_municipality(seed_rows: list[dict[str, str]]) -> None:
    by_code = {r["region_code"]: r for r in seed_rows}
    assert not any(r["region_name"] in {"市辖区", "县"} for r in seed_rows)
    for prefix in ("11", "12", "31", "50"):
        assert by_code[prefix + "0000"]["level"] == "province"
        counties = [r for r in seed_rows if r["region_code"][:2] == prefix and r["level"] == "county"]
        assert counties and all(r["parent_code"] == prefix + "0000" for r in counties)


def test_seed_short_names(seed_rows: list[dict[str, str]]) -> None:
    short = {r["region_name"]: r["short_name"] for r in seed_rows}
    assert short["渝北区"] == "渝北"
    assert short["酉阳土家族苗族自治县"] == "酉阳"
    assert short["重庆市"] == "重庆"
    assert short["内蒙古自治区"] == "内蒙古"
    assert short["新疆维吾尔自治区"] == "新疆"
    assert short["广西壮族自治区"] == "广西"
    assert short["沙市区"] == "沙市区"  # '沙市' reads like a city's full name
    assert short["忠县"] == "忠县"  # one character left
    assert short["城区"] == "城区"
    assert short["河南蒙古族自治县"] == "河南蒙古族自治县"  # would shadow 河南省


def test_recent_divisions_present(gaz: Gazetteer) -> None:
    assert gaz.lookup("和安县") is not None  # created in Xinjiang in 2024
    assert gaz.lookup("白杨市") is not None
    assert gaz.by_code("370614").name == "蓬莱区"  # recoded after the 2020 merger


def test_zones_merged_with_project_codes(gaz: Gazetteer, chongqing: RegionRef) -> None:
    zones = SEEDS / "ref_economic_zones.csv"
    with zones.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            ref = gaz.by_code(row["region_code"])
            assert ref is not None and ref.level == "zone"
            assert row["region_code"] == f"Z{row['parent_code']}{row['region_code'][-2:]}"
    assert gaz.lookup("两江新区", chongqing).code == "Z50000001"


# --- lookup ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("渝北", "500112"),
        ("渝北区", "500112"),
        ("重庆", "500000"),
        ("两江", "Z50000001"),
        ("两江新区", "Z50000001"),
        ("酉阳", "500242"),
        ("酉阳县", "500242"),  # short name + type, as papers write it
        ("万盛经开区", "Z50000003"),
        ("西部科学城重庆高新区", "Z50000002"),
        ("恩施州", "422800"),
    ],
)
def test_lookup_names(gaz: Gazetteer, chongqing: RegionRef, name: str, code: str) -> None:
    ref = gaz.lookup(name, chongqing)
    assert ref is not None and ref.code == code


def test_lookup_shared_name_needs_context(gaz: Gazetteer) -> None:
    assert gaz.lookup("朝阳区") is None
    assert gaz.lookup("朝阳区", gaz.by_code("110000")).code == "110105"
    assert gaz.lookup("朝阳区", gaz.by_code("220100")).code == "220104"  # 长春市
    assert gaz.lookup("鼓楼", gaz.by_code("350100")).code == "350102"  # 福州
    assert gaz.lookup("鼓楼", gaz.by_code("500000")) is None  # none in Chongqing
    assert gaz.lookup("不存在的地方") is None


def test_lookup_short_stem_prefers_the_local_division(gaz: Gazetteer) -> None:
    beijing = gaz.by_code("110000")
    assert gaz.lookup("朝阳").code == "211300"  # the prefecture-level city in Liaoning
    assert gaz.lookup("朝阳", beijing).code == "110105"
    assert names(gaz.find("朝阳、海淀等区", beijing)) == ["朝阳区", "海淀区"]
    assert gaz.lookup("彭水自治县").code == "500243"


def test_city_of(gaz: Gazetteer) -> None:
    assert gaz.city_of(gaz.by_code("500112")).code == "500000"
    assert gaz.city_of(gaz.by_code("Z50000001")).code == "500000"
    assert gaz.city_of(gaz.by_code("510104")).code == "510100"  # 锦江区 -> 成都市
    assert gaz.city_of(gaz.by_code("510100")).code == "510100"
    assert gaz.city_of(gaz.by_code("510000")) is None
    assert gaz.city_of(gaz.by_code("429004")) is None  # 仙桃市, directly under 湖北省


# --- org_region -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("org", "code"),
    [
        ("黔江区委", "500114"),
        ("黔江区委书记", "500114"),
        ("两江新区党工委", "Z50000001"),
        ("市委常委、两江新区党工委副书记", "Z50000001"),
        ("中共重庆市渝北区委", "500112"),
        ("涪陵区统计局", "500102"),
        ("市商务委", "500000"),
        ("市国资委", "500000"),
        ("市委", "500000"),
        ("市发展改革委", "500000"),
        ("市统计局", "500000"),
        ("万盛经开区党工委", "Z50000003"),
    ],
)
def test_org_region_in_chongqing(gaz: Gazetteer, chongqing: RegionRef, org: str, code: str) -> None:
    ref = gaz.org_region(org, chongqing)
    assert ref is not None and ref.code == code


def test_org_region_follows_context(gaz: Gazetteer) -> None:
    chengdu, jinjiang = gaz.by_code("510100"), gaz.by_code("510104")
    assert gaz.org_region("市统计局", chengdu).code == "510100"
    assert gaz.org_region("市统计局", jinjiang).code == "510100"
    assert gaz.org_region("省统计局", chengdu).code == "510000"
    assert gaz.org_region("区委书记", jinjiang).code == "510104"
    assert gaz.org_region("区委书记", chengdu) is None
    assert gaz.org_region("国家统计局", chengdu) is None
    assert gaz.org_region("国家统计局四川调查总队", chengdu).code == "510000"
    assert gaz.org_region("市统计局") is None
    yidu = gaz.lookup("宜都市")  # a county-level city: its 市长 is its own, not 宜昌's
    assert gaz.org_region("市委副书记、市长", yidu).name == "宜都市"
    assert gaz.org_region("市委书记", gaz.lookup("长阳土家族自治县")).name == "宜昌市"


# --- find -----------------------------------------------------------------------------------


def names(found: list[tuple[int, int, RegionRef]]) -> list[str]:
    return [ref.name for _, _, ref in found]


def test_find_enumeration(gaz: Gazetteer, chongqing: RegionRef) -> None:
    text = "万州、开州、云阳等区县增速均超过6%"
    found = gaz.find(text, chongqing)
    assert names(found) == ["万州区", "开州区", "云阳县"]
    assert [text[s:e] for s, e, _ in found] == ["万州", "开州", "云阳"]


def test_find_short_name_only_in_context_province(gaz: Gazetteer, chongqing: RegionRef) -> None:
    text = "推动黔江全网曝光量"
    assert [(s, e, r.code) for s, e, r in gaz.find(text, chongqing)] == [(2, 4, "500114")]
    assert gaz.find(text) == []
    assert gaz.find(text, gaz.by_code("510000")) == []


def test_find_longest_match_and_full_names_anywhere(gaz: Gazetteer, chongqing: RegionRef) -> None:
    assert names(gaz.find("两江新区和万盛经开区", chongqing)) == ["两江新区", "万盛经济技术开发区"]
    assert names(gaz.find("重庆市渝北区")) == ["重庆市", "渝北区"]
    assert names(gaz.find("大足石刻、江北嘴", chongqing)) == ["大足区", "江北区"]
    assert names(gaz.find("四川省成都市锦江区", chongqing)) == ["四川省", "成都市", "锦江区"]


def test_find_skips_everyday_words_outside_lists(gaz: Gazetteer) -> None:
    guangdong = gaz.by_code("440000")
    assert gaz.find("培育新兴产业", guangdong) == []  # 新兴县 is in Guangdong
    assert names(gaz.find("新兴、罗定等县", guangdong)) == ["新兴县", "罗定市"]
    assert gaz.find("长安汽车", gaz.by_code("500000")) == []  # 长安区 is not in Chongqing


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("沿长江北岸布局港口物流", "500000"),  # 江北区 is in Chongqing: 长江/北岸
        ("推进健康长寿产业发展", "500000"),  # 长寿区: 健康长寿 is one word
        ("三明治门店销售额增长", "350000"),  # 三明市, a prefecture: counts anywhere
        ("各地情况大同小异", "140000"),  # 大同市
        ("建设平安康复医院", "610000"),  # 安康市 inside 平安/康复
    ],
)
def test_find_short_name_inside_another_word_is_no_place(gaz: Gazetteer, text: str, province: str) -> None:
    context = gaz.by_code(province)
    assert gaz.find(text, context) == []
    bare = Gazetteer.from_csv(SEEDS / "ref_regions.csv", SEEDS / "ref_economic_zones.csv")  # no is_word
    assert bare.find(text, context) != []  # without word boundaries the characters match


def test_a_short_name_right_after_an_office_is_a_persons_name(gaz: Gazetteer) -> None:
    """常务副区长金山中通报…: 金山中 is a person, not 金山区 of Shanghai."""
    shanghai = gaz.by_code("310000")
    assert gaz.find("区委常委、常务副区长金山中应邀出席会议", shanghai) == []
    assert names(gaz.find("金山区委常委出席会议", shanghai)) == ["金山区"]


def test_find_short_name_delimited_as_a_word(gaz: Gazetteer, chongqing: RegionRef) -> None:
    assert names(gaz.find("江北规上工业增加值增长8%", chongqing)) == ["江北区"]
    assert names(gaz.find("渝北固投增长5%", chongqing)) == ["渝北区"]
    assert names(gaz.find("三明GDP增长6%")) == ["三明市"]


def test_find_over_transcript_names_speaker_regions(gaz: Gazetteer, chongqing: RegionRef) -> None:
    text = (ROOT / "raw" / "000_ba639974d9f8cf50.txt").read_text(encoding="utf-8")
    found = {ref.name for _, _, ref in gaz.find(text, chongqing)}
    for speaker in ("两江新区", "黔江区", "九龙坡区", "北碚区", "渝北区", "綦江区", "大足区", "梁平区"):
        assert speaker in found


# --- loading errors and the build script ----------------------------------------------------


def test_from_csv_names_the_file_on_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "regions.csv"
    bad.write_text("region_code,region_name\n500000,重庆市\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"regions\.csv: missing column"):
        Gazetteer.from_csv(bad)
    with pytest.raises(FileNotFoundError, match=r"nowhere\.csv"):
        Gazetteer.from_csv(tmp_path / "nowhere.csv")


def _build_module():
    script = ROOT / "scripts" / "build_region_seed.py"
    spec = importlib.util.spec_from_file_location("build_region_seed", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_script_short_name_rules() -> None:
    build = _build_module()
    pattern = build.autonomous_pattern(["蒙古族", "回族", "土家族", "苗族", "东乡族", "维吾尔族", "壮族"])
    cases = {
        "酉阳土家族苗族自治县": "酉阳",
        "内蒙古自治区": "内蒙古",
        "新疆维吾尔自治区": "新疆",
        "巴音郭楞蒙古自治州": "巴音郭楞",
        "东乡族自治县": "东乡",
        "管城回族区": "管城",
        "碑林区": "碑林",
        "浦东新区": "浦东",
        "井陉矿区": "井陉矿区",
        "土默特左旗": "土默特左旗",
    }
    assert {name: build.strip_name(name, pattern) for name in cases} == cases


def test_build_script_keeps_only_administrative_codes() -> None:
    build = _build_module()
    assert build.keep("500112")
    assert not build.keep("320576")  # 苏州工业园区: statistical functional-zone code
    assert not build.keep("133100")  # 雄安新区: statistical code
    assert not build.keep("500100")  # artificial 市辖区 row of a municipality
    assert not build.keep("810101")  # Hong Kong district
    assert build.keep("810000")


def test_a_district_is_found_by_the_county_or_city_name_it_had_before(gaz: Gazetteer) -> None:
    """撤县设区: texts from before write 萧山市 for 萧山区, 东乡县 for 抚州's 东乡区."""
    assert gaz.lookup("萧山市").code == "330109"
    assert gaz.lookup("番禺市").name == "番禺区"
    assert gaz.lookup("广德县").name == "广德市"  # a county made a county-level city
    fuzhou = gaz.lookup("抚州市")
    assert gaz.lookup("东乡县", fuzhou).name == "东乡区"  # 东乡族自治县 of 甘肃 is 东乡县 too
    assert gaz.lookup("和平县").code.startswith("4416")  # a county's name now: 河源's, not 天津's 和平区
    found = gaz.find("济阳县、章丘区、市中区", gaz.lookup("济南市"))
    assert [ref.name for _, _, ref in found][:2] == ["济阳区", "章丘区"]


def test_a_former_name_is_found_anywhere_where_it_is_a_word(gaz: Gazetteer) -> None:
    """辽中县 (辽中区 since 2016) in a title with no other place; not 平川 in 平川县市区 (the
    plain's counties, cities and districts), whatever 平川区 was called."""
    assert [ref.name for _, _, ref in gaz.find("2011年辽中县政府工作报告")] == ["辽中区"]
    assert gaz.find("其中平川县市区对全市经济的贡献率为76.8%") == []
    shenzhen = gaz.lookup("深圳市")
    assert gaz.lookup("光明新区", shenzhen).name == "光明区"  # a functional area made a district
