"""The sample transcript and its hand-made labels, in the encodings the tests need."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dagster_project.textcore.normalize import to_simplified
from dagster_project.textcore.regions import Gazetteer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_BYTES = (ROOT / "raw" / "000_ba639974d9f8cf50.txt").read_bytes()
SAMPLE_META = (ROOT / "raw" / "000_ba639974d9f8cf50.meta.json").read_bytes()
GOLD_SECTIONS = json.loads((ROOT / "tests" / "fixtures" / "seed_sections.json").read_text(encoding="utf-8"))


def traditional(text: str) -> str:
    """The text in traditional script (OpenCC s2t)."""
    import opencc

    return opencc.OpenCC("s2t").convert(text)


VARIANTS = {
    "utf-8": SAMPLE_BYTES,
    "utf-8-bom": b"\xef\xbb\xbf" + SAMPLE_BYTES,
    "gb18030": SAMPLE_BYTES.decode("utf-8").encode("gb18030"),
    "utf-16": SAMPLE_BYTES.decode("utf-8").encode("utf-16"),
    "crlf": SAMPLE_BYTES.replace(b"\n", b"\r\n"),
    "traditional": traditional(SAMPLE_BYTES.decode("utf-8")).encode("utf-8"),
}


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


CORPORA = ROOT / "tests" / "fixtures" / "corpus"


@pytest.fixture(scope="session")
def labelled_corpora() -> dict:
    """Each labelled corpus's gold facts and the text core's predictions per file, parsed
    once for every test that reads the corpora whole."""
    from dagster_project.tools.evaluation import load_gold
    from dagster_project.tools.evaluation.cli import parse_folder

    return {
        name: (load_gold(CORPORA / name / "gold.csv"), parse_folder(CORPORA / name / "docs"))
        for name in ("dev", "own", "holdout")
    }


def simplified(text: str) -> str:
    """Compare texts across scripts."""
    return to_simplified(text)
