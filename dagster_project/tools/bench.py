"""Benchmark: parse speed against bare jieba, end-to-end time, adding one document, memory.

    python -m dagster_project.tools.bench --docs 1000 --docs 10000

For each corpus size it generates a corpus (``dagster_project.tools.corpus``), then measures
1. the text core alone (one process, one core) against bare ``jieba.lcut`` over the
   same text in the same process, and the same parse on a pool of both cores;
2. a full materialization from an empty warehouse (``python -m dagster_project``);
3. for the first corpus of at least 1,000 documents, adding one new document the way
   the sensor does (one partition parsed, downstream rebuilt), as a ratio of (2);
4. peak RSS of each process tree; 5. facts per second and MB of text per second;
6. one long text (the sample repeated 8, 32 and 200 times, up to 3.9 MB) parsed whole, to
   show the text core's cost grows with the length of a text, not its square.
Prints a table and writes ``data/bench/latest.json`` (CONTRACT.md, "Benchmark output") and
``data/bench/long_texts.json``. ``--long-texts-only`` measures (6) alone. ``--instance
postgres`` runs (2) and (3) on the instance for large warehouses (``dagster_home/postgres``)
with a PostgreSQL server of its own (``pgserver``, installed with the dev extras).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

from dagster_project import rawfiles, settings
from dagster_project.parsing import decode_raw, parse_records
from dagster_project.tools import corpus

BENCH_DIR = settings.PROJECT_ROOT / "data" / "bench"


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Run ``cmd``; wall seconds and peak RSS (MB) of its process tree, sampled every 0.2 s."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=settings.PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    watcher = psutil.Process(proc.pid)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, _tree_rss(watcher))
            except psutil.Error:
                return
            time.sleep(0.2)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    out, err = proc.communicate()
    done.set()
    thread.join()
    elapsed = time.perf_counter() - start
    return elapsed, peak / 1e6, subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def measure_parse(raw_dir: Path) -> dict:
    """Text core alone vs bare jieba on the same texts, in this process."""
    import jieba

    keys = rawfiles.scan(raw_dir)
    records = []
    for key in keys:
        raw = rawfiles.read(raw_dir, key)
        records.append(decode_raw(key, raw.data, raw.meta_raw))
    texts = [r.text for r in records if r.text]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    jieba.setLogLevel(60)
    jieba.lcut("预热词典")  # dictionary load is not part of either measurement
    parse_records(records[:5], workers=1)
    t0 = time.perf_counter()
    rows = parse_records(records, workers=1)
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    jieba_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    parse_records(records, workers=2)
    pool_s = time.perf_counter() - t0
    return {
        "mb": round(mb, 3),
        "parse_s": round(parse_s, 3),
        "parse_pool_s": round(pool_s, 3),
        "jieba_s": round(jieba_s, 3),
        "parse_to_jieba": round(parse_s / jieba_s, 3) if jieba_s else None,
        "parsed_facts": len(rows.get("indicator_mentions", [])),
    }


LONG_REPEATS = (1, 8, 32, 200)


def measure_long_texts(repeats: tuple[int, ...] = LONG_REPEATS) -> list[dict]:
    """Seconds to parse the sample repeated ``n`` times as one text, in this process."""
    sample = next((settings.PROJECT_ROOT / "raw").glob("*.txt")).read_bytes().decode("utf-8")
    parse_records([decode_raw("warm.txt", sample.encode(), None)], workers=1)  # dictionaries loaded
    results = []
    for n in repeats:
        data = ((sample + "\n\n") * n).encode("utf-8")
        record = decode_raw(f"long_{n}.txt", data, None)
        t0 = time.perf_counter()
        rows = parse_records([record], workers=1)
        seconds = time.perf_counter() - t0
        results.append(
            {
                "repeats": n,
                "mb": round(len(data) / 1e6, 3),
                "parse_s": round(seconds, 2),
                "s_per_mb": round(seconds / (len(data) / 1e6), 2),
                "facts": len(rows.get("indicator_mentions", [])),
            }
        )
    return results


def _env(work: Path, raw_dir: Path, postgres_url: str | None) -> dict[str, str]:
    home = work / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    config = settings.PROJECT_ROOT / "dagster_home" / ("postgres" if postgres_url else "") / "dagster.yaml"
    shutil.copy(config, home / "dagster.yaml")
    return {
        **os.environ,
        "RAW_DIR": str(raw_dir),
        "WAREHOUSE_PATH": str(work / "warehouse.duckdb"),
        "REPORTS_DIR": str(work / "reports"),
        "DAGSTER_HOME": str(home),
        **({"DAGSTER_PG_URL": postgres_url} if postgres_url else {}),
    }


@contextlib.contextmanager
def postgres_server(folder: Path) -> Iterator[str]:
    """The address of a PostgreSQL server of its own in ``folder``, stopped on leaving."""
    import pgserver

    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(folder, cleanup_mode="stop")
    try:
        # SQLAlchemy 2.1 reads a bare postgresql:// as psycopg 3; dagster-postgres uses psycopg2
        yield server.get_uri().replace("postgresql://", "postgresql+psycopg2://", 1)
    finally:
        server.cleanup()


def _facts(warehouse: Path) -> int:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute("select count(*) from marts.fct_indicator_value").fetchone()[0]
    finally:
        con.close()


def bench_size(docs: int, with_add_one: bool, seed: int, postgres_url: str | None = None) -> dict:
    """All measurements for one corpus size (Dagster's storage on ``postgres_url`` if given)."""
    work = BENCH_DIR / f"run_{docs}"
    shutil.rmtree(work, ignore_errors=True)
    raw_dir = work / "raw"
    kinds = corpus.write_corpus(raw_dir, docs, seed)
    instance = "postgres" if postgres_url else "sqlite"
    result: dict = {"docs": docs, "instance": instance, **measure_parse(raw_dir), "corpus": kinds}
    env = _env(work, raw_dir, postgres_url)
    job = [sys.executable, "-m", "dagster_project", "--quiet"]
    e2e_s, e2e_rss, done = run_measured(job, env)
    if done.returncode:
        raise SystemExit(f"full run failed for {docs} documents:\n{done.stderr[-3000:]}")
    result.update(
        e2e_s=round(e2e_s, 2), e2e_rss_mb=round(e2e_rss, 1), facts=_facts(work / "warehouse.duckdb")
    )
    result["add_one_s"] = result["add_one_to_e2e"] = None
    peak = e2e_rss
    if with_add_one:
        extra = corpus.generate_document(docs, random.Random(seed + 1))
        (raw_dir / extra.name).write_text(extra.text, encoding="utf-8")
        add_s, add_rss, done = run_measured([*job, "--file", extra.name], env)
        if done.returncode:
            raise SystemExit(f"adding one document failed:\n{done.stderr[-3000:]}")
        peak = max(peak, add_rss)
        result.update(
            add_one_s=round(add_s, 2),
            add_one_to_e2e=round(add_s / e2e_s, 3),
            add_one_rss_mb=round(add_rss, 1),
        )
    result["peak_rss_mb"] = round(max(peak, psutil.Process().memory_info().rss / 1e6), 1)
    result["facts_per_s"] = round(result["facts"] / e2e_s, 1)
    result["mb_per_s"] = round(result["mb"] / e2e_s, 3)
    return result


def _table(results: list[dict]) -> str:
    cols = [
        "docs",
        "mb",
        "parse_s",
        "parse_pool_s",
        "jieba_s",
        "parse_to_jieba",
        "e2e_s",
        "add_one_s",
        "add_one_to_e2e",
        "peak_rss_mb",
        "facts",
        "facts_per_s",
        "mb_per_s",
    ]
    lines = ["  ".join(f"{c:>14}" for c in cols)]
    lines += ["  ".join(f"{'' if r.get(c) is None else r.get(c)!s:>14}" for c in cols) for r in results]
    targets = [
        "targets: parse_to_jieba <= 0.5; e2e_s <= 300 at 10,000 docs; add_one_to_e2e <= 0.10 at "
        "10,000 docs and <= 0.25 at 1,000; peak_rss_mb <= 1500"
    ]
    return "\n".join(lines + targets)


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, action="append", help="corpus size (repeatable)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--long-texts-only", action="store_true", help="only time one long text")
    parser.add_argument("--instance", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    long_texts = measure_long_texts()
    (BENCH_DIR / "long_texts.json").write_text(json.dumps(long_texts, indent=2), encoding="utf-8")
    print("one long text, parsed whole:")
    for row in long_texts:
        print(
            f"  {row['repeats']:>4} × sample  {row['mb']:>7} MB  {row['parse_s']:>7} s  "
            f"{row['s_per_mb']:>6} s/MB  {row['facts']:>6} facts"
        )
    if args.long_texts_only:
        return
    sizes = args.docs or [1000]
    # Adding one document is measured on every warehouse of 1,000 documents or more (on the
    # smallest size when all are smaller).
    add_one_sizes = {n for n in sizes if n >= 1000} or {min(sizes)}
    results = []
    for docs in sizes:
        print(f"benchmarking {docs} documents on {args.instance} ...", flush=True)
        with contextlib.ExitStack() as stack:
            postgres = args.instance == "postgres"
            url = stack.enter_context(postgres_server(BENCH_DIR / "pg")) if postgres else None
            results.append(bench_size(docs, docs in add_one_sizes, args.seed, url))
        print(_table(results[-1:]), flush=True)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    (BENCH_DIR / "latest.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print("\n" + _table(results))
    print(f"written to {BENCH_DIR / 'latest.json'}")


if __name__ == "__main__":
    main()
