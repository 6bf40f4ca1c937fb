"""Compare two field libraries (cn2an, jionlp) with the text core's hand-written parts.

1. Chinese numerals: ``textcore.numbers.parse_number`` vs ``cn2an.cn2an(text, "smart")``.
2. Periods: ``textcore.periods.find_periods`` vs ``jionlp.parse_time`` / ``jionlp.ner.extract_time``.
   A library gives date spans, not contract codes, so its answer counts as right when its span
   equals the span of the expected code (2025-H1 = 2025-01-01..2025-06-30).
3. Places: ``textcore.regions.Gazetteer`` (lookup, find) vs ``jionlp.parse_location`` /
   ``jionlp.recognize_location`` with jionlp's division dictionary (for codes).

Data: the case lists below (answers known) and the hand-labelled corpora
tests/fixtures/corpus/{dev,own} (gold.csv: the evidence sentence of each row, its period and
region). The libraries live in their own virtualenv, never in the project's::

    python3 -m venv /tmp/fieldlibs && /tmp/fieldlibs/bin/pip install jionlp==1.5.31 cn2an==0.5.24
    .venv/bin/python scripts/compare_field_libraries.py [--libpython PATH] [--json OUT]

Run with the project's interpreter, the script writes the inputs to a JSON file, runs itself
with ``--library-side`` under the libraries' interpreter (stdlib and the libraries only),
runs the project side, scores both and prints Markdown tables. Times are per 1,000 calls.
"""

from __future__ import annotations

import argparse, calendar, csv, json, re, resource, subprocess, sys, tempfile, time  # noqa: E401
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "tests" / "fixtures" / "corpus"
BASE = {"year": 2025, "month": 8, "day": 1}  # date of the text for the period cases
# Numerals with known values; None: no numeral, the parser should refuse it.
NUMBER_CASES: dict[str, float | None] = {
    "千": 1e3, "百": 100, "万": 1e4, "十": 10, "零": 0, "〇": 0, "两": 2, "九": 9, "十二": 12,
    "二十一": 21, "四十五": 45, "九十九": 99, "两百": 200, "二百五十": 250, "一百零五": 105,
    "一百二十三": 123, "一千零五": 1005, "两千": 2e3, "三千五百": 3500, "五千零八十": 5080,
    "一万零一": 10001, "一万二千": 12000, "三万五千": 35000, "十万八千": 108000, "十万": 1e5,
    "百万": 1e6, "千万": 1e7, "百亿": 1e10, "千亿": 1e11, "十三亿": 1.3e9, "一亿二千万": 1.2e8,
    "两万亿": 2e12, "一万亿": 1e12, "一千二百三十四万五千六百七十八": 12345678,
    "二〇二五": 2025, "二〇一八": 2018, "一九四九": 1949, "28.5": 28.5, "0.8": 0.8,
    "3,000": 3000, "1,234.5": 1234.5, "一万二": 12000, "两千五": 2500,
    "第三": None, "三成": None, "千余": None, "两倍": None, "增长": None,
}  # fmt: skip
# Chinese numerals before a unit or counter word in the corpora (千余场, 三成, 两倍, 二十个).
CORPUS_NUMERAL = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千万亿\d.])([零〇一二两三四五六七八九十百千万亿]+)"
    r"(?=[余多]?[个场项家倍成年次批名人条所座户亿万元届大类件种套台位支处季月番])"
)
NUMERAL_VALUES = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                  "九": 9, "十": 10, "百": 100, "千": 1e3, "十五": 15, "十六": 16, "十八": 18,
                  "十九": 19, "二十": 20, "百亿": 1e10, "千万": 1e7}  # fmt: skip
NOT_NUMERALS = {"一一", "千百", "万", "亿"}  # 唯一一个, 千百亿工程, 万元GDP: no quantity
# Period expressions (text dated 2025-08-01) with their contract codes.
PERIOD_CASES = {
    "上半年": "2025-H1", "一季度": "2025-Q1", "第三季度": "2025-Q3", "前三季度": "2025-Q1Q3",
    "1-8月": "2025-M01M08", "1—10月份": "2025-M01M10", "元至九月": "2025-M01M09",
    "前8个月": "2025-M01M08", "7月份": "2025-M07", "全年": "2025", "2023年上半年": "2023-H1",
    "去年全年": "2024", "过去一年": "2024", "1—9月份": "2025-M01M09", "1-6月份": "2025-M01M06",
    "今年上半年": "2025-H1", "今年前三季度": "2025-Q1Q3", "2016年前三季度": "2016-Q1Q3",
    "二季度": "2025-Q2", "第四季度": "2025-Q4", "2016年全年": "2016", "去年一季度": "2024-Q1",
    "元至7月": "2025-M01M07", "过去的一年": "2024", "刚刚过去的一年": "2024", "2024年度": "2024",
    "2023上半年": "2023-H1", "前两个月": "2025-M01M02", "1至6月": "2025-M01M06",
    "前6月": "2025-M01M06", "2025年前6月": "2025-M01M06", "2022年1-7月份": "2022-M01M07",
    "二月": "2025-M02", "2022年10月份": "2022-M10", "1-3月": "2025-M01M03",
}  # fmt: skip
# (name, the region the text is about or None, expected GB/T 2260 code or None = ambiguous).
PLACE_CASES = [
    ("朝阳区", "北京市", "110105"), ("朝阳区", "长春市", "220104"), ("朝阳", "北京市", "110105"),
    ("鼓楼区", "南京市", "320106"), ("鼓楼区", "福州市", "350102"), ("鼓楼区", None, None),
    ("江北区", "重庆市", "500105"), ("江北区", "宁波市", "330205"), ("黔江", "重庆市", "500114"),
    ("酉阳县", "重庆市", "500242"), ("恩施州", None, "422800"), ("市中区", "济南市", "370103"),
    ("城关区", "兰州市", "620102"), ("新城区", "西安市", "610102"), ("渝北", None, "500112"),
    ("维西", None, "533423"), ("长沙县", None, "430121"), ("天桥区", None, "370105"),
    ("平桥区", None, "411503"), ("龙岗区", None, "440307"), ("铜仁", None, "520600"),
]  # fmt: skip


def per_1000(fn: Callable[[Any], Any], items: list, calls: int = 1000) -> float:
    """Milliseconds per 1,000 calls of ``fn``, cycling through ``items``."""
    items = items or [""]
    start = time.perf_counter()
    for i in range(calls):
        fn(items[i % len(items)])
    return round((time.perf_counter() - start) * 1e6 / calls, 1)


def rss_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def safe(fn: Callable[..., Any], *args: Any) -> Any:
    try:
        return fn(*args)
    except Exception as exc:  # a library's refusal is an answer to record
        return f"error: {type(exc).__name__}: {str(exc)[:60]}"


def library_side(inp: dict) -> dict:
    """The cn2an/jionlp answers; runs under the libraries' interpreter."""
    out: dict[str, Any] = {"rss_start_mb": rss_mb()}
    t = time.perf_counter()
    import cn2an
    out["import_cn2an_s"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    import jionlp
    out["import_jionlp_s"], out["rss_import_mb"] = round(time.perf_counter() - t, 2), rss_mb()

    def number(s: str) -> Any:
        return safe(lambda: float(cn2an.cn2an(s, "smart")))

    out["numbers"] = {s: number(s) for s in inp["numbers"]}
    out["numbers_ms"] = per_1000(number, inp["numbers"])

    def span(parsed: dict) -> list[str] | None:
        t = parsed.get("time")
        ok = isinstance(t, list) and len(t) == 2 and all(isinstance(x, str) for x in t)
        return [t[0][:10], t[1][:10]] if ok else None

    def extract(text: str, base: dict) -> Any:
        return safe(lambda: [[x["text"], span(x["detail"])] for x in jionlp.ner.extract_time(text, time_base=base)])

    out["parse_time"] = {e: safe(lambda e=e: span(jionlp.parse_time(e, time_base=BASE))) for e in inp["periods"]}
    out["extract_time"] = {e: extract(e, BASE) for e in inp["periods"]}
    out["period_rows"] = [extract(r["sentence"], r["base"]) for r in inp["period_rows"]]
    out["parse_time_ms"] = per_1000(lambda e: safe(jionlp.parse_time, e, BASE), inp["periods"])
    out["extract_time_ms"] = per_1000(lambda r: extract(r["sentence"], r["base"]), inp["period_rows"])

    tree, codes = jionlp.china_location_loader(), {}
    for p, pv in tree.items():
        codes[(p, None, None)] = pv["_admin_code"]
        for c, cv in ((k, v) for k, v in pv.items() if not k.startswith("_")):
            codes[(p, c, None)] = cv["_admin_code"]
            for k, kv in ((k, v) for k, v in cv.items() if not k.startswith("_")):
                codes[(p, c, k)] = kv["_admin_code"]
    out["dictionary"] = sorted({(code, (k[2] or k[1] or k[0])) for k, code in codes.items()})

    def parse(name: str, context: str | None) -> Any:
        r = jionlp.parse_location((context or "") + name)
        if r["city"] is None and r["county"] is None:
            return codes.get((r["province"], None, None))
        return codes.get((r["province"], r["city"], r["county"]))

    out["places"] = [safe(parse, n, c) for n, c, _ in inp["places"]]
    out["parse_location_ms"] = per_1000(lambda p: safe(parse, p[0], p[1]), inp["places"])

    def recognize(text: str) -> Any:
        r = safe(jionlp.recognize_location, text) if text.strip() else {}
        if isinstance(r, str):
            return r
        return [[e["county"] or e["city"] or e["province"], n] for e, n in (r.get("domestic") or [])]

    t = time.perf_counter()
    recognize("邯郸市")  # loads its word-segmentation model
    out["recognize_first_call_s"], out["rss_recognize_mb"] = round(time.perf_counter() - t, 1), rss_mb()
    out["place_rows"] = [recognize(s) for s in inp["place_sentences"]]
    out["place_docs"] = {f: recognize(text) for f, text in inp["docs"].items()}
    out["recognize_ms"] = per_1000(recognize, inp["place_sentences"], 300)
    return out


def load_corpora() -> tuple[dict[str, dict], list[dict]]:
    """Documents (normalised text, date) and gold rows with their evidence sentence."""
    from dagster_project.textcore.decode import decode_bytes
    from dagster_project.textcore.normalize import normalize

    docs: dict[str, dict] = {}
    rows: list[dict] = []
    for corpus in ("dev", "own"):
        folder = CORPORA / corpus / "docs"
        for path in sorted(folder.glob("*.txt")):
            meta = path.with_name(path.stem + ".meta.json")
            published = json.loads(meta.read_text()).get("published") if meta.exists() else None
            docs[path.name] = {"norm": decode_bytes(path.read_bytes(), path.name).norm, "published": published}
        with (CORPORA / corpus / "gold.csv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                norm, evidence = docs[row["file"]]["norm"], normalize(row["evidence"])
                at = norm.find(evidence)
                if at < 0:
                    sentence = evidence
                else:
                    start = max(norm.rfind(ch, 0, at) for ch in "。！？\n") + 1
                    ends = [e for ch in "。！？\n" if (e := norm.find(ch, at + len(evidence))) >= 0]
                    sentence = norm[start : min(ends, default=len(norm))]
                rows.append(row | {"corpus": corpus, "sentence": sentence.strip()})
    return docs, rows


def code_span(code: str | None) -> list[str] | None:
    """The dates a contract period code covers: '2025-Q1Q3' -> ['2025-01-01', '2025-09-30']."""
    if not code:
        return None
    year, tail = int(code[:4]), code[5:]
    named = {"": (1, 12), "H1": (1, 6), "Q1Q3": (1, 9)}
    if tail in named:
        a, b = named[tail]
    elif tail.startswith("Q"):
        a, b = 3 * int(tail[1]) - 2, 3 * int(tail[1])
    else:
        a, b = int(tail[1:3]), int(tail[-2:])
    return [f"{year}-{a:02d}-01", f"{year}-{b:02d}-{calendar.monthrange(year, b)[1]:02d}"]


def pct(hits: int, total: int) -> str:
    return f"{hits}/{total} ({100 * hits / total:.0f} %)" if total else "0/0"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--libpython", default="/tmp/fieldlibs/bin/python", help="interpreter with jionlp, cn2an")
    parser.add_argument("--json", type=Path, help="also write every answer to this file")
    parser.add_argument("--library-side", nargs=2, metavar=("IN", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.library_side:
        result = library_side(json.loads(Path(args.library_side[0]).read_text()))
        Path(args.library_side[1]).write_text(json.dumps(result, ensure_ascii=False))
        return 0

    sys.path.insert(0, str(ROOT))
    docs, rows = load_corpora()
    found = Counter(m.group(1) for d in docs.values() for m in CORPUS_NUMERAL.finditer(d["norm"]))
    corpus_numerals = {s: n for s, n in found.items() if s not in NOT_NUMERALS}
    unlabelled = sorted(set(corpus_numerals) - set(NUMERAL_VALUES))
    period_rows = []
    for r in rows:
        published = docs[r["file"]]["published"]
        if r["period"]:  # anchor: the text's date, else the year it writes out (the gold year)
            y, m, d = map(int, published.split("-")) if published else (int(r["period"][:4]), 12, 31)
            period_rows.append(r | {"base": {"year": y, "month": m, "day": d}, "dated": bool(published)})
    place_rows = [r for r in rows if r["region"] != "*"]
    inp = {
        "numbers": sorted(set(NUMBER_CASES) | set(corpus_numerals)),
        "periods": list(PERIOD_CASES),
        "period_rows": [{"sentence": r["sentence"], "base": r["base"]} for r in period_rows],
        "places": PLACE_CASES,
        "place_sentences": [r["sentence"] for r in place_rows],
        "docs": {f: d["norm"] for f, d in docs.items()},
    }
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "in.json").write_text(json.dumps(inp, ensure_ascii=False))
        cmd = [args.libpython, __file__, "--library-side", f"{tmp}/in.json", f"{tmp}/out.json"]
        subprocess.run(cmd, check=True, cwd=tmp, stdout=subprocess.DEVNULL)
        lib = json.loads(Path(tmp, "out.json").read_text())

    t = time.perf_counter()
    from dagster_project.textcore.numbers import parse_number
    from dagster_project.textcore.periods import find_periods
    from dagster_project.textcore.regions import Gazetteer
    import_s = time.perf_counter() - t
    t = time.perf_counter()
    gaz = Gazetteer.default()
    gaz.find("邯郸市渝北区")  # loads jieba and its user dictionary
    own = {"import_s": round(import_s, 2), "gazetteer_s": round(time.perf_counter() - t, 1), "rss_mb": rss_mb()}

    def number(s: str) -> Any:
        return safe(parse_number, s)

    def periods(text: str, base: dict, dated: bool = True) -> list:
        found = find_periods(text, base["year"], base["month"] if dated else 12, dated)
        return [[text[p.start : p.end], p.code, p.role] for p in found]

    def names(text: str, context: Any = None) -> list[str]:
        return [ref.name for _, _, ref in gaz.find(text, context)]

    def lookup(name: str, context: str | None) -> str | None:
        ref = gaz.lookup(name, gaz.lookup(context) if context else None)
        return ref.code if ref else None

    own |= {
        "parse_number_ms": per_1000(number, inp["numbers"]),
        "find_periods_case_ms": per_1000(lambda e: periods(e, BASE), inp["periods"]),
        "find_periods_ms": per_1000(lambda r: periods(r["sentence"], r["base"], r["dated"]), period_rows),
        "lookup_ms": per_1000(lambda p: lookup(p[0], p[1]), PLACE_CASES),
        "find_ms": per_1000(names, inp["place_sentences"]),
    }
    out = {"library": lib, "project": own}
    print("# Field libraries vs hand-written text core\n")

    # 1. Numerals
    def right(answer: Any, want: float | None) -> bool:
        return isinstance(answer, str) if want is None else answer == want

    print("## Numerals\n\n| set | parse_number | cn2an smart |\n|---|---|---|")
    mine = {s: number(s) for s in inp["numbers"]}
    theirs = lib["numbers"]
    for label, cases in (("own cases", NUMBER_CASES), ("corpus numerals", NUMERAL_VALUES)):
        weight = {s: (corpus_numerals.get(s, 0) if cases is NUMERAL_VALUES else 1) for s in cases}
        total = sum(weight.values())
        hit_p = sum(w for s, w in weight.items() if right(mine[s] if s in mine else None, cases[s]))
        hit_l = sum(w for s, w in weight.items() if right(theirs.get(s), cases[s]))
        print(f"| {label} | {pct(hit_p, total)} | {pct(hit_l, total)} |")
    print(f"| ms / 1,000 calls | {own['parse_number_ms']} | {lib['numbers_ms']} |\n")
    print("Wrong (case: expected → parse_number / cn2an):")
    for s, want in NUMBER_CASES.items():
        if not (right(mine[s], want) and right(theirs[s], want)):
            print(f"- {s}: {want} → {mine[s]} / {theirs[s]}")
    if unlabelled:
        print(f"- corpus numerals without a known value (not scored): {unlabelled}")

    # 2. Periods
    print("\n## Periods: expressions (text dated 2025-08-01)\n")
    print("| expression | expected | find_periods | parse_time | extract_time |\n|---|---|---|---|---|")
    tally = Counter()
    for e, want in PERIOD_CASES.items():
        got = [p[1] for p in periods(e, BASE) if p[1]]
        pt, et = lib["parse_time"][e], lib["extract_time"][e]
        et_span = et[0][1] if isinstance(et, list) and et else None
        ok = (bool(got) and got[0] == want, pt == code_span(want), et_span == code_span(want))
        tally.update(k for k, v in zip(("own", "parse", "extract"), ok, strict=True) if v)
        marks = ["✓" if v else "✗" for v in ok]
        print(f"| {e} | {want} | {got[0] if got else '—'} {marks[0]} | {pt} {marks[1]} | {et} {marks[2]} |")
    n = len(PERIOD_CASES)
    print(f"| **right** | | {pct(tally['own'], n)} | {pct(tally['parse'], n)} | {pct(tally['extract'], n)} |")

    print("\n## Periods: gold rows (evidence sentence, anchored on the text's date)\n")
    stats = Counter()
    for r, theirs_r in zip(period_rows, lib["period_rows"], strict=True):
        want = code_span(r["period"])
        mine_r = periods(r["sentence"], r["base"], r["dated"])
        first_own = next((p[1] for p in mine_r if p[1] and p[2] == "period"), None)
        spans_l = [s for _, s in theirs_r if s] if isinstance(theirs_r, list) else []
        stats["rows"] += 1
        stats["own_first_code"] += first_own == r["period"]
        stats["own_first"] += code_span(first_own) == want
        stats["own_any"] += want in [code_span(p[1]) for p in mine_r]
        stats["lib_first"] += bool(spans_l) and spans_l[0] == want
        stats["lib_any"] += want in spans_l
        stats["own_none"] += not any(p[1] for p in mine_r)
        stats["lib_none"] += not spans_l
        stats["lib_error"] += isinstance(theirs_r, str)
    rows_n = stats["rows"]
    print("| measure | find_periods | extract_time |\n|---|---|---|")
    print(f"| first period in sentence = gold (span) | {pct(stats['own_first'], rows_n)} | {pct(stats['lib_first'], rows_n)} |")
    print(f"| first period = gold code exactly | {pct(stats['own_first_code'], rows_n)} | no codes |")
    print(f"| gold span among those found | {pct(stats['own_any'], rows_n)} | {pct(stats['lib_any'], rows_n)} |")
    print(f"| no period found in sentence | {stats['own_none']} | {stats['lib_none']} (errors {stats['lib_error']}) |")
    print(f"| ms / 1,000 sentences | {own['find_periods_ms']} | {lib['extract_time_ms']} |")
    print(f"| ms / 1,000 expressions | {own['find_periods_case_ms']} | parse_time {lib['parse_time_ms']} |")
    out["period_rows"] = [
        {"sentence": r["sentence"], "gold": r["period"], "base": r["base"], "jionlp": t,
         "project": periods(r["sentence"], r["base"], r["dated"])}
        for r, t in zip(period_rows, lib["period_rows"], strict=True)
    ]  # fmt: skip

    # 3. Places
    print("\n## Places: names (with the region the text is about)\n")
    print("| name | context | expected | Gazetteer.lookup | parse_location |\n|---|---|---|---|---|")
    good = Counter()
    for (name, context, want), theirs_p in zip(PLACE_CASES, lib["places"], strict=True):
        mine_p = lookup(name, context)
        good["own"] += mine_p == want
        good["lib"] += theirs_p == want
        print(f"| {name} | {context or '—'} | {want} | {mine_p} | {theirs_p} |")
    print(f"| **right** | | | {pct(good['own'], len(PLACE_CASES))} | {pct(good['lib'], len(PLACE_CASES))} |")

    divisions = {ref.name for ref in gaz._by_code.values() if ref.level != "zone"}
    scored = [(r, t) for r, t in zip(place_rows, lib["place_rows"], strict=True) if r["region"] in divisions]
    hits = Counter()
    for r, theirs_s in scored:
        province = gaz.province_of(gaz.lookup(r["region"]))
        hits["own"] += r["region"] in names(r["sentence"])
        hits["own_ctx"] += r["region"] in names(r["sentence"], province)
        hits["lib"] += isinstance(theirs_s, list) and r["region"] in [x[0] for x in theirs_s]
    doc_gold = {}
    for r in place_rows:
        doc_gold.setdefault(r["file"], Counter())[r["region"]] += 1
    doc_hits, doc_n = Counter(), 0
    for f, regions in doc_gold.items():
        want = regions.most_common(1)[0][0]
        if want not in divisions:
            continue
        doc_n += 1
        top_own = Counter(names(docs[f]["norm"])).most_common(1)
        theirs_d = sorted(lib["place_docs"][f], key=lambda x: -x[1]) if isinstance(lib["place_docs"][f], list) else []
        doc_hits["own"] += bool(top_own) and top_own[0][0] == want
        doc_hits["lib"] += bool(theirs_d) and theirs_d[0][0] == want
        doc_hits["own_any"] += want in names(docs[f]["norm"])
        doc_hits["lib_any"] += want in [x[0] for x in theirs_d]
    n_s = len(scored)
    print(f"\n## Places: corpora ({n_s} gold rows naming a division; {len(place_rows) - n_s} name a grouping)\n")
    print("| measure | Gazetteer.find | recognize_location |\n|---|---|---|")
    print(f"| gold region found in evidence sentence | {pct(hits['own'], n_s)} | {pct(hits['lib'], n_s)} |")
    print(f"| same, province of the gold region as context | {pct(hits['own_ctx'], n_s)} | (no context argument) |")
    print(f"| document's main gold region = place named most | {pct(doc_hits['own'], doc_n)} | {pct(doc_hits['lib'], doc_n)} |")
    print(f"| document's main gold region among places found | {pct(doc_hits['own_any'], doc_n)} | {pct(doc_hits['lib_any'], doc_n)} |")
    print(f"| ms / 1,000 sentences | {own['find_ms']} | {lib['recognize_ms']} |")
    print(f"| ms / 1,000 names (lookup / parse_location) | {own['lookup_ms']} | {lib['parse_location_ms']} |")

    theirs_dict = {code: name for code, name in lib["dictionary"]}
    mine_dict = {ref.code: ref.name for ref in gaz._by_code.values() if ref.level != "zone"}
    same = sum(theirs_dict.get(c) == n for c, n in mine_dict.items())
    renamed = [f"{c} {n}/{theirs_dict[c]}" for c, n in mine_dict.items() if c in theirs_dict and theirs_dict[c] != n]
    print(f"\nDivision lists: project {len(mine_dict)} (+{len(gaz) - len(mine_dict)} zones), jionlp {len(theirs_dict)};")
    print(f"same code and name {same}; code only in project {len(set(mine_dict) - set(theirs_dict))}; "
          f"code only in jionlp {len(set(theirs_dict) - set(mine_dict))}; renamed {len(renamed)} {renamed[:5]}")  # fmt: skip

    print("\n## Load\n")
    print(f"- project: import {own['import_s']} s, gazetteer + jieba {own['gazetteer_s']} s, max RSS {own['rss_mb']} MB")
    print(f"- cn2an import {lib['import_cn2an_s']} s; jionlp import {lib['import_jionlp_s']} s "
          f"(RSS {lib['rss_import_mb']} MB); first recognize_location {lib['recognize_first_call_s']} s "
          f"(max RSS {lib['rss_recognize_mb']} MB)")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
