"""A deterministic scale corpus: transcripts recombined from real sentence patterns.

Each generated document takes speaker sections written like the sample's (the hand-
checked section texts in ``tests/fixtures/seed_sections.json``), moves them to other
districts, periods and years with other values, then lays them out again the way a
newspaper page flattens: paragraphs cut at random points into column blocks, some
tails displaced far later, some documents in traditional script, some speakerless
statistics releases. It does not read like news; it exercises every parser path. A share of
the documents (``REAL_SHARE``) are instead the project's labelled real texts of every genre
(work reports, bulletins, digests, press conferences, traditional script) with their numbers
varied, so the figures describe the documents the product meets.

    python -m dagster_project.tools.corpus --docs 1000 --out data/bench/corpus_1000
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from dagster_project.settings import DBT_DIR, PROJECT_ROOT

SECTIONS_FILE = PROJECT_ROOT / "tests" / "fixtures" / "seed_sections.json"
REAL_CORPORA = [PROJECT_ROOT / "tests" / "fixtures" / "corpus" / name for name in ("dev", "own")]
REAL_SHARE = 0.4  # of the documents: a real text of the corpora, its numbers varied
SAMPLE_KIND = "district_secretaries_digest"  # what the sample's sentence patterns make
PERIODS = [("一季度", 4), ("上半年", 7), ("前三季度", 10), ("1-8月", 9), ("全年", 1)]
NUMBER = re.compile(r"\d+(?:\.\d+)?")
CITY_ORGS = ["市商务委", "市国资委", "市发展改革委", "市经济信息委", "市统计局"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗高林"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超霞平刚桂华建国志红"


@dataclass(frozen=True)
class GeneratedDocument:
    """One transcript, its metadata and the kind of text it is."""

    name: str
    text: str
    meta: dict
    kind: str = SAMPLE_KIND


@cache
def _real_texts() -> list[tuple[Path, str]]:
    """The labelled real texts (work reports, bulletins, digests, press conferences,
    traditional script …) with their kind from the corpora's ``sources.csv``."""
    found = []
    for folder in REAL_CORPORA:
        with (folder / "sources.csv").open(encoding="utf-8") as f:
            kinds = {row["file"]: row["kind"] for row in csv.DictReader(f)}
        for path in sorted((folder / "docs").glob("*.txt")):
            kind = re.split(r"[\s(（]", kinds.get(path.name, "").strip(), maxsplit=1)[0]
            found.append((path, kind or "other"))
    return found


def real_document(index: int, rng: random.Random) -> GeneratedDocument:
    """A real text of the corpora with its numbers varied, under its own metadata."""
    path, kind = rng.choice(_real_texts())
    meta_file = path.with_name(path.name[: -len(".txt")] + ".meta.json")
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    text = _vary_numbers(path.read_text(encoding="utf-8"), rng)
    return GeneratedDocument(name=f"{index:05d}_{path.stem}.txt", text=text, meta=meta, kind=kind)


@cache
def _template_sections() -> list[dict]:
    return json.loads(SECTIONS_FILE.read_text(encoding="utf-8"))["sections"]


@cache
def _cities() -> list[tuple[str, list[str]]]:
    """(city, its districts/counties) from the region seed: municipalities and prefectures."""
    rows = list(csv.DictReader((DBT_DIR / "seeds" / "ref_regions.csv").open(encoding="utf-8")))
    names = {r["region_code"]: r["region_name"] for r in rows}
    children: dict[str, list[str]] = {}
    for r in rows:
        if r["level"] == "county" and r["parent_code"]:
            children.setdefault(r["parent_code"], []).append(r["region_name"])
    return [(names[code], kids) for code, kids in sorted(children.items()) if len(kids) >= 4]


def _vary_numbers(text: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        value = float(m.group())
        new = value * rng.uniform(0.5, 1.5)
        if m.string.startswith("%", m.end()) and value <= 100:
            new = min(new, 100.0)  # a share or rate stays a possible one
        return f"{new:.1f}" if "." in m.group() else str(max(1, round(new)))

    return NUMBER.sub(repl, text)


def _section(
    template: dict, district: str, city: str, period: str, rng: random.Random
) -> tuple[str, str, str]:
    """(headline, speaker line, body) of one section moved to ``district``."""
    body = template["text"].replace(template["region"], district).replace(template["org"], district)
    body = body.replace("上半年", period).replace("重庆", city.removesuffix("市"))
    body = _vary_numbers(body, rng)
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    if rng.random() < 0.2:
        org = rng.choice(CITY_ORGS)
        speaker = f"{org}党组书记、主任 {name}"
        body = body.replace(district, org)
    else:
        speaker = f"{district}委书记 {name}"
    return template["headline"], speaker, body


def _paragraphs(body: str) -> list[str]:
    return [p for p in re.split(r"(?=[一二三四五六]、)", body) if p]


def _cut(paragraph: str, rng: random.Random) -> tuple[str, str | None]:
    """Cut a paragraph at a column foot, mid-sentence, like the page does."""
    if len(paragraph) < 30 or rng.random() < 0.6:
        return paragraph, None
    at = rng.randint(10, len(paragraph) - 10)
    return paragraph[:at], paragraph[at:]


def generate_document(index: int, rng: random.Random) -> GeneratedDocument:
    """One transcript: 3–8 speaker sections (or a speakerless release) with layout scrambles."""
    city, districts = rng.choice(_cities())
    year = rng.randint(2019, 2026)
    period_word, month = rng.choice(PERIODS)
    published = date(year + (1 if month == 1 else 0), month, 1) + timedelta(days=rng.randint(5, 25))
    if rng.random() < 0.1:  # a statistics bureau release: one section, no speakers
        district = rng.choice(districts)
        template = rng.choice(_template_sections())
        _, _, body = _section(template, district, city, period_word, rng)
        title = f"{district}{year}年{period_word}经济运行情况"
        text = f"{title}\n\n" + "\n\n".join(_paragraphs(body)) + "\n"
        meta = {"published": published.isoformat(), "source": f"{district}统计局", "title": title}
    else:
        blocks: list[str] = []
        tails: list[str] = []
        chosen = rng.sample(districts, k=min(len(districts), rng.randint(3, 8)))
        for district in chosen:
            headline, speaker, body = _section(
                rng.choice(_template_sections()), district, city, period_word, rng
            )
            blocks += [headline, speaker]
            for paragraph in _paragraphs(body):
                head, tail = _cut(paragraph, rng)
                blocks.append(head)
                if tail:
                    if rng.random() < 0.5:
                        tails.append(tail)  # displaced: goes on pages later
                    else:
                        blocks.append(tail)
        for tail in tails:  # displaced tails turn up later, some before other sections' headings
            if rng.random() < 0.3:
                blocks.insert(rng.randint(min(len(blocks), 3), len(blocks)), tail)
            else:
                blocks.append(tail)
        title = f"{city}区县委书记和部门一把手例会发言摘登"
        meeting = f"{published.month}月{published.day}日"
        lead = f"核心提示\n\n{meeting}，市委召开区县委书记和部门一把手例会。以下为发言摘登。"
        text = f"乘势而上 奋力推进高质量发展\n\n——{title}\n\n{lead}\n\n" + "\n\n".join(blocks) + "\n"
        meta = {
            "published": published.isoformat(),
            "source": f"{city.removesuffix('市')}日报",
            "title": title,
            "region": city,
        }
    if rng.random() < 0.1:
        import opencc

        text = opencc.OpenCC("s2t").convert(text)
    return GeneratedDocument(name=f"{index:05d}_{city}_{year}.txt", text=text, meta=meta)


def write_corpus(out: Path, docs: int, seed: int = 7) -> dict[str, int]:
    """Write ``docs`` transcripts and their ``.meta.json`` files into ``out``; return how many
    of each kind (the sample's patterns, or the kind of the real text varied)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    kinds: dict[str, int] = {}
    for i in range(docs):
        doc = real_document(i, rng) if rng.random() < REAL_SHARE else generate_document(i, rng)
        kinds[doc.kind] = kinds.get(doc.kind, 0) + 1
        path = out / doc.name
        path.write_text(doc.text, encoding="utf-8")
        path.with_name(path.name[: -len(".txt")] + ".meta.json").write_text(
            json.dumps(doc.meta, ensure_ascii=False), encoding="utf-8"
        )
    return dict(sorted(kinds.items(), key=lambda item: -item[1]))


def main() -> None:
    """Command line: write a corpus."""
    parser = argparse.ArgumentParser(description="Write a generated transcript corpus.")
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    kinds = write_corpus(args.out, args.docs, args.seed)
    print(f"wrote {sum(kinds.values())} documents to {args.out}: {kinds}")


if __name__ == "__main__":
    main()
