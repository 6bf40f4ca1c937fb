"""The benchmark's corpus: the sample's patterns mixed with the labelled real texts of every genre."""

from __future__ import annotations

import json
from pathlib import Path

from dagster_project.tools import corpus


def _real_source(path: Path) -> Path | None:
    stem = path.stem.split("_", 1)[1]
    return next((p for p, _ in corpus._real_texts() if p.stem == stem), None)


def test_a_scale_corpus_mixes_the_sample_patterns_with_real_texts_of_every_kind(tmp_path: Path) -> None:
    kinds = corpus.write_corpus(tmp_path, 80, seed=3)
    texts = sorted(tmp_path.glob("*.txt"))
    assert sum(kinds.values()) == len(texts) == 80
    assert kinds[corpus.SAMPLE_KIND] > 0
    assert {"government_work_report", "statistics_bulletin", "press_conference"} & set(kinds)
    assert len(kinds) >= 5  # the sample's patterns and several genres of real text
    real = [(path, source) for path in texts if (source := _real_source(path))]
    assert len(real) == sum(n for kind, n in kinds.items() if kind != corpus.SAMPLE_KIND)
    for path, source in real:
        text, original = path.read_text(encoding="utf-8"), source.read_text(encoding="utf-8")
        # the words are the real text's, the numbers varied
        assert corpus.NUMBER.sub("#", text) == corpus.NUMBER.sub("#", original)
        meta = path.with_name(path.stem + ".meta.json")
        source_meta = source.with_name(source.stem + ".meta.json")
        want = json.loads(source_meta.read_text(encoding="utf-8")) if source_meta.exists() else {}
        assert json.loads(meta.read_text(encoding="utf-8")) == want
    assert any(
        corpus.NUMBER.findall(p.read_text(encoding="utf-8"))
        != corpus.NUMBER.findall(s.read_text(encoding="utf-8"))
        for p, s in real
    )


def test_the_same_seed_writes_the_same_corpus(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert corpus.write_corpus(first, 30, seed=5) == corpus.write_corpus(second, 30, seed=5)
    assert [p.read_bytes() for p in sorted(first.iterdir())] == [
        p.read_bytes() for p in sorted(second.iterdir())
    ]
