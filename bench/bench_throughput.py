"""Throughput of ingest + recognition against jieba.lcut on the same text, in one run.

Builds a corpus of at least 20 MB from the seed articles (each copy is a
separate document, as in a real crawl), runs kg's ingest and recognition
over it one document at a time, then jieba.lcut over the same text, and
prints the ratio. Peak memory is sampled after the first half and at the end
of the kg pass: streaming keeps it flat.

    python bench/bench_throughput.py [--mb 20]
"""
from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import jieba

from kg.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def corpus(megabytes: float) -> list[tuple[str, str]]:
    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        name, text = seeds[i % len(seeds)]
        docs.append((f"{i:06d}_{name}", text))
        size += len(text.encode("utf-8"))
        i += 1
    return docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    args = parser.parse_args()
    docs = corpus(args.mb)
    megabytes = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    pipeline = Pipeline.load(ROOT / "dictionaries")
    jieba.initialize()

    start = time.perf_counter()
    mentions = 0
    half_rss = None
    for index, (name, text) in enumerate(docs):
        doc = pipeline.ingestor.from_text(name, text)
        mentions += len(pipeline.recognizer.recognize(doc).mentions)
        if index == len(docs) // 2:
            half_rss = peak_rss_mb()
    kg_seconds = time.perf_counter() - start
    end_rss = peak_rss_mb()

    start = time.perf_counter()
    tokens = sum(len(jieba.lcut(text)) for _, text in docs)
    jieba_seconds = time.perf_counter() - start

    kg_rate, jieba_rate = megabytes / kg_seconds, megabytes / jieba_seconds
    print(f"corpus: {len(docs)} documents, {megabytes:.1f} MB")
    print(f"kg ingest+recognize: {kg_rate:6.2f} MB/s  ({mentions} mentions)")
    print(f"jieba.lcut:          {jieba_rate:6.2f} MB/s  ({tokens} tokens)")
    print(f"ratio kg/jieba:      {kg_rate / jieba_rate:6.1f}x  (target >= 10x)")
    print(f"peak RSS after half: {half_rss:.0f} MB, at end: {end_rss:.0f} MB")


if __name__ == "__main__":
    main()
