"""Compare two field libraries (cn2an, jionlp) with the text core's hand-written parts.

Numerals: ``numbers.parse_number`` vs ``cn2an.cn2an(text, "smart")``. Periods: ``periods.find_periods``
vs ``jionlp.parse_time`` / ``jionlp.ner.extract_time`` (date spans, right when equal to the span of the
expected contract code). Places: ``regions.Gazetteer`` vs ``jionlp.parse_location`` (codes from jionlp's
division dictionary) and ``jionlp.recognize_location``. Data: the case lists below and each gold row of
tests/fixtures/corpus/{dev,own} (its evidence sentence, period and region). The script runs itself with
``--library-side`` under the libraries' interpreter (stdlib and the libraries only), answers the same
tasks with the text core, and prints Markdown: right / wrong / no answer per side, the inputs a side
fails, ms per 1,000 calls. Usage::

    python3 -m venv /tmp/fieldlibs && /tmp/fieldlibs/bin/pip install jionlp==1.5.31 cn2an==0.5.24
    .venv/bin/python scripts/compare_field_libraries.py [--libpython PATH] [--json OUT]
"""

from __future__ import annotations

import argparse
import calendar
import csv
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASE = {"year": 2025, "month": 8, "day": 1}  # date of the text for the period cases
TASKS = {  # what each task asks for; an answer is right when it equals the expected one
    "num_own": "numerals, own list: value (or refusal)",
    "num_corpus": "numerals before a unit in the corpora: value",
    "per_expr": "period expressions (text of 2025-08-01): span of the code",
    "per_rows": "gold rows: span of the first period of the evidence sentence",
    "pl_names": "place names with the text's region: GB/T 2260 code",
    "pl_rows": "gold rows: gold region among the places of the evidence sentence",
    "pl_docs": "texts: main gold region is the place named most",
}


def cases(spec: str) -> dict[str, str]:
    """'千=1000 第三= …' -> {'千': '1000', '第三': ''} (an empty answer: none is right)."""
    return dict(item.split("=", 1) for item in spec.split())


# Numerals with known values; no value: not a numeral, the parser should refuse it.
NUMBER_CASES = cases("""
    千=1e3 百=100 万=1e4 十=10 零=0 〇=0 两=2 九=9 十二=12 二十一=21 四十五=45 九十九=99 两百=200
    二百五十=250 一百零五=105 一百二十三=123 一千零五=1005 两千=2e3 三千五百=3500 五千零八十=5080
    一万零一=10001 一万二千=12000 三万五千=35000 十万八千=108000 十万=1e5 百万=1e6 千万=1e7 百亿=1e10
    千亿=1e11 十三亿=1.3e9 一亿二千万=1.2e8 两万亿=2e12 一万亿=1e12 一千二百三十四万五千六百七十八=12345678
    二〇二五=2025 二〇一八=2018 一九四九=1949 28.5=28.5 0.8=0.8 3,000=3000 1,234.5=1234.5 一万二=12000
    两千五=2500 第三= 三成= 千余= 两倍= 增长=""")
# Chinese numerals before a unit or counter word in the corpora (千余场, 三成, 两倍, 二十个).
CORPUS_NUMERAL = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千万亿\d.])([零〇一二两三四五六七八九十百千万亿]+)"
    r"(?=[余多]?[个场项家倍成年次批名人条所座户亿万元届大类件种套台位支处季月番])"
)
NUMERAL_VALUES = cases("""一=1 二=2 两=2 三=3 四=4 五=5 六=6 七=7 八=8 九=9 十=10 百=100 千=1e3
    十五=15 十六=16 十八=18 十九=19 二十=20 百亿=1e10 千万=1e7""")
NOT_NUMERALS = {"一一", "千百", "万", "亿"}  # 唯一一个, 千百亿工程, 万元GDP: no quantity
# Period expressions in a text dated 2025-08-01, with their contract codes.
PERIOD_CASES = cases("""
    上半年=2025-H1 一季度=2025-Q1 第三季度=2025-Q3 前三季度=2025-Q1Q3 1-8月=2025-M01M08
    1—10月份=2025-M01M10 元至九月=2025-Q1Q3 前8个月=2025-M01M08 7月份=2025-M07 全年=2025
    2023年上半年=2023-H1 去年全年=2024 过去一年=2024 1—9月份=2025-Q1Q3 1-6月份=2025-H1
    今年上半年=2025-H1 今年前三季度=2025-Q1Q3 2016年前三季度=2016-Q1Q3 二季度=2025-Q2 第四季度=2025-Q4
    2016年全年=2016 去年一季度=2024-Q1 元至7月=2025-M01M07 过去的一年=2024 刚刚过去的一年=2024 2024年度=2024
    2023上半年=2023-H1 前两个月=2025-M01M02 1至6月=2025-H1 前6月=2025-H1 2025年前6月=2025-H1
    2022年1-7月份=2022-M01M07 二月=2025-M02 2022年10月份=2022-M10 1-3月=2025-Q1""")
# name@region the text is about = GB/T 2260 code (none: ambiguous, should stay unresolved).
PLACE_CASES = cases("""
    朝阳区@北京市=110105 朝阳区@长春市=220104 朝阳@北京市=110105 鼓楼区@南京市=320106
    鼓楼区@福州市=350102 鼓楼区= 江北区@重庆市=500105 江北区@宁波市=330205 黔江@重庆市=500114
    酉阳县@重庆市=500242 恩施州=422800 市中区@济南市=370103 城关区@兰州市=620102 新城区@西安市=610102
    渝北=500112 维西=533423 长沙县=430121 天桥区=370105 平桥区=411503 龙岗区=440307 铜仁=520600""")


def rss_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def safe(fn: Any, *args: Any) -> Any:
    """``fn(*args)``, or None when it raises (a refusal)."""
    try:
        return fn(*args)
    except Exception:
        return None


def code_span(code: str | None) -> list[str] | None:
    """The dates a contract period code covers: '2025-Q1Q3' -> ['2025-01-01', '2025-09-30']."""
    if not code:
        return None
    year, tail = int(code[:4]), code[5:]
    a, b = {"": (1, 12), "H1": (1, 6), "Q1Q3": (1, 9)}.get(tail, (0, 0))
    if tail.startswith("Q") and tail != "Q1Q3":
        a, b = 3 * int(tail[1]) - 2, 3 * int(tail[1])
    elif tail.startswith("M"):
        a, b = int(tail[1:3]), int(tail[-2:])
    return [f"{year}-{a:02d}-01", f"{year}-{b:02d}-{calendar.monthrange(year, b)[1]:02d}"]


def run(fns: dict[str, Any], places: Any, tasks: dict[str, list], out: dict) -> dict:
    """Answer and time every task (items: [input, expected, …]); ``places``: most named first."""
    fns["num_corpus"] = fns["num_own"]
    fns["pl_rows"] = lambda item: item[1] if item[1] in (found := places(item[0])) else (found or [None])[0]
    fns["pl_docs"] = lambda item: (places(item[0]) or [None])[0]
    out |= {"answers": {}, "ms": {}}
    for key, fn in fns.items():
        out["answers"][key] = [fn(item) for item in tasks[key]]
        calls, start = (100 if key == "pl_docs" else 1000), time.perf_counter()
        for i in range(calls):
            fn(tasks[key][i % len(tasks[key])])
        out["ms"][key] = round((time.perf_counter() - start) * 1e6 / calls, 1)
    return out


def library_side(tasks: dict[str, list]) -> dict:
    """cn2an's and jionlp's answers; runs under the libraries' interpreter."""
    clock = time.perf_counter()
    import cn2an
    import jionlp

    out: dict = {"load": f"import {time.perf_counter() - clock:.2f} s, RSS {rss_mb()} MB"}

    def span(parsed: dict) -> list[str] | None:
        t = parsed.get("time")
        return [t[0][:10], t[1][:10]] if isinstance(t, list) and isinstance(t[0], str) else None

    def first_time(item: list) -> list[str] | None:  # no roles: the first time expression found
        found = safe(jionlp.ner.extract_time, item[0][0], item[0][1])
        return span(found[0]["detail"]) if found else None

    codes: dict[tuple, str] = {}  # (province, city, county) -> code, from jionlp's division dictionary
    for p, pv in jionlp.china_location_loader().items():
        codes[(p, None, None)] = pv["_admin_code"]
        for c, cv in ((k, v) for k, v in pv.items() if not k.startswith("_")):
            codes[(p, c, None)] = cv["_admin_code"]
            codes |= {(p, c, k): kv["_admin_code"] for k, kv in cv.items() if not k.startswith("_")}
    out["dictionary"] = sorted({(code, k[2] or k[1] or k[0]) for k, code in codes.items()})

    def parse(item: list) -> str | None:  # the region the text is about, written before the name
        r = jionlp.parse_location((item[0][1] or "") + item[0][0])
        return codes.get((r["province"], r["city"], r["county"]))

    def places(text: str) -> list[str]:  # most named first
        r = safe(jionlp.recognize_location, text) if text.strip() else None
        found = sorted((r or {}).get("domestic") or [], key=lambda x: -x[1])
        return [e["county"] or e["city"] or e["province"] for e, _ in found]

    clock = time.perf_counter()
    places("邯郸市")  # loads its word-segmentation model
    out["load"] += f"; first recognize_location {time.perf_counter() - clock:.1f} s, peak RSS {rss_mb()} MB"
    fns = {
        "num_own": lambda item: safe(lambda: float(cn2an.cn2an(item[0], "smart"))),
        "per_expr": lambda item: safe(lambda: span(jionlp.parse_time(item[0], BASE))),
        "per_rows": first_time,
        "pl_names": lambda item: safe(parse, item),
    }
    return run(fns, places, tasks, out)


def project_side(tasks: dict[str, list]) -> dict:
    """The text core's answers to the same tasks."""
    clock = time.perf_counter()
    from dagster_project.textcore.numbers import parse_number
    from dagster_project.textcore.periods import find_periods
    from dagster_project.textcore.regions import Gazetteer

    gaz = Gazetteer.default()
    gaz.find("邯郸经济发展")  # a short name outside a list: loads jieba and its user dictionary
    out: dict = {"load": f"import, gazetteer {time.perf_counter() - clock:.1f} s, RSS {rss_mb()} MB"}

    def period(item: list) -> str | None:  # the first period of the sentence that is the values' own
        text, base, dated = item[0] if isinstance(item[0], list) else (item[0], BASE, True)
        found = find_periods(text, base["year"], base["month"] if dated else 12, dated)
        return next((p.code for p in found if p.code and p.role == "period"), None)

    def places(text: str, context: Any = None) -> list[str]:  # most named first
        return [name for name, _ in Counter(ref.name for *_, ref in gaz.find(text, context)).most_common()]

    fns = {
        "num_own": lambda item: safe(parse_number, item[0]),
        "per_expr": lambda item: code_span(period(item)),
        "per_rows": lambda item: code_span(period(item)),
        "pl_names": lambda item: getattr(gaz.lookup(item[0][0], gaz.lookup(item[0][1] or "")), "code", None),
    }
    run(fns, places, tasks, out)
    out["exact codes"] = sum(period(item) == item[2] for item in tasks["per_expr"] + tasks["per_rows"])
    out["with context"] = sum(  # the gold region's province as the text's region
        want in places(text, gaz.province_of(gaz.lookup(want))) for text, want in tasks["pl_rows"]
    )
    regions = {ref.code: ref.name for ref in gaz._by_code.values() if ref.level != "zone"}
    out["dictionary"], out["zones"] = sorted(regions.items()), len(gaz) - len(regions)
    return out


def load_tasks() -> dict[str, list]:
    """The items of every task ([input, expected, …]) from the case lists and the corpora."""
    from dagster_project.textcore.decode import decode_bytes
    from dagster_project.textcore.normalize import normalize
    from dagster_project.textcore.regions import Gazetteer

    divisions = {ref.name for ref in Gazetteer.default()._by_code.values() if ref.level != "zone"}
    tasks: dict[str, list] = {key: [] for key in TASKS}
    main_region: dict[str, Counter] = {}
    docs: dict[str, str] = {}
    dates: dict[str, str | None] = {}
    for corpus in ("dev", "own"):
        for path in sorted((ROOT / "tests/fixtures/corpus" / corpus / "docs").glob("*.txt")):
            docs[path.name] = norm = decode_bytes(path.read_bytes(), path.name).norm
            numerals = [m.group(1) for m in CORPUS_NUMERAL.finditer(norm) if m.group(1) not in NOT_NUMERALS]
            tasks["num_corpus"] += [[s, float(NUMERAL_VALUES[s])] for s in numerals]  # new form: add a value
            meta = path.with_name(path.stem + ".meta.json")
            dates[path.name] = json.loads(meta.read_text()).get("published") if meta.exists() else None
        with (ROOT / "tests/fixtures/corpus" / corpus / "gold.csv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                norm, evidence = docs[row["file"]], normalize(row["evidence"])
                whole = re.search(f"[^。！？\n]*{re.escape(evidence)}[^。！？\n]*", norm)  # its sentence
                sentence = whole.group(0).strip() if whole else evidence
                if row["period"]:  # anchor: the text's date, else the year it writes out (the gold's)
                    published = dates[row["file"]]
                    date = map(int, (published or f"{row['period'][:4]}-12-31").split("-"))
                    base = dict(zip(("year", "month", "day"), date, strict=True))
                    item = [[sentence, base, bool(published)], code_span(row["period"]), row["period"]]
                    tasks["per_rows"].append(item)
                if row["region"] in divisions:
                    tasks["pl_rows"].append([sentence, row["region"]])
                    main_region.setdefault(row["file"], Counter())[row["region"]] += 1
    tasks["num_own"] = [[s, float(v) if v else None] for s, v in NUMBER_CASES.items()]
    tasks["per_expr"] = [[e, code_span(code), code] for e, code in PERIOD_CASES.items()]
    tasks["pl_names"] = [[[*key.split("@"), None][:2], code or None] for key, code in PLACE_CASES.items()]
    tasks["pl_docs"] = [[docs[f], regions.most_common(1)[0][0]] for f, regions in main_region.items()]
    return tasks


def report(tasks: dict[str, list], own: dict, lib: dict, examples: int) -> None:
    """Print the scores of both sides, the inputs a side gets wrong, and the side figures."""
    print("# Field libraries vs hand-written text core\n\n| task | n | project right / wrong / none", end="")
    print(" | library right / wrong / none | ms per 1,000 calls: project, library |\n|---|---|---|---|---|")
    for key, items in tasks.items():
        cells = []
        for side in (own, lib):
            answers = zip(side["answers"][key], items, strict=True)
            tally = Counter("right" if a == it[1] else "none" if a is None else "wrong" for a, it in answers)
            share = f" ({100 * tally['right'] / len(items):.0f} %)"
            cells.append(" / ".join(str(tally[k]) for k in ("right", "wrong", "none")) + share)
        print(f"| {TASKS[key]} | {len(items)} | {' | '.join(cells)} | {own['ms'][key]}, {lib['ms'][key]} |")
    for key, items in tasks.items():
        answers = zip(items, own["answers"][key], lib["answers"][key], strict=True)
        text = [" ".join(str(it[0] if isinstance(it[0], str) else it[0][0]).split())[:60] for it in items]
        differ = {t: (i[1], a, b) for t, (i, a, b) in zip(text, answers, strict=True) if not a == b == i[1]}
        print(f"\n## {TASKS[key]}: {len(differ)} inputs where a side is not right\n")
        for t, (want, a, b) in list(differ.items())[:examples]:
            print(f"- {t}: expected {want}; project {a}; library {b}")
    n, m = len(tasks["per_expr"] + tasks["per_rows"]), len(tasks["pl_rows"])
    print(f"\nPeriods given the exact contract code by the project: {own['exact codes']}/{n}")
    print(f"Gold region among the project's places with its province as context: {own['with context']}/{m}")
    mine, theirs = dict(own["dictionary"]), dict(lib["dictionary"])
    renamed = [f"{c} {n}/{theirs[c]}" for c, n in mine.items() if theirs.get(c, n) != n]
    same, only_mine = sum(theirs.get(c) == n for c, n in mine.items()), len(set(mine) - set(theirs))
    print(f"Divisions: project {len(mine)} and {own['zones']} zones, jionlp {len(theirs)}; both {same};")
    print(f"only the project's {only_mine}; only jionlp's {len(set(theirs) - set(mine))}; renamed: {renamed}")
    print(f"\nLoad: project {own['load']}; cn2an and jionlp {lib['load']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--libpython", default="/tmp/fieldlibs/bin/python", help="Python with the libraries")
    parser.add_argument("--examples", type=int, default=12, help="inputs shown per task where a side fails")
    parser.add_argument("--json", type=Path, help="also write every input and answer to this file")
    parser.add_argument("--library-side", nargs=2, metavar=("IN", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.library_side:
        src, dst = map(Path, args.library_side)
        dst.write_text(json.dumps(library_side(json.loads(src.read_text())), ensure_ascii=False))
        return 0
    sys.path.insert(0, str(ROOT))
    tasks = load_tasks()
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "in.json").write_text(json.dumps(tasks, ensure_ascii=False))
        cmd = [args.libpython, __file__, "--library-side", f"{tmp}/in.json", f"{tmp}/out.json"]
        subprocess.run(cmd, check=True, cwd=tmp, stdout=subprocess.DEVNULL)
        lib = json.loads(Path(tmp, "out.json").read_text())
    own = project_side(tasks)
    report(tasks, own, lib, args.examples)
    if args.json:
        answers = {"tasks": tasks, "project": own, "library": lib}
        args.json.write_text(json.dumps(answers, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
