"""Throughput of ingest + recognition against jieba.lcut on the same text, in one run.

Builds a corpus of at least 20 MB from the seed articles (each copy is a
separate document, as in a real crawl) and runs kg's ingest and recognition
over it one document at a time, and jieba.lcut over the same text. The two
take turns on 250 kB slices (alternating which goes first), so a slow spell of a
shared machine hits both alike and the ratio stays honest. Peak memory is
sampled after the first half and at the end: streaming keeps it flat.

    python bench/bench_throughput.py [--mb 20] [--relations]
"""
from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

import jieba

from kg.native import reader_kind
from kg.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SLICE_BYTES = 250_000


def corpus(megabytes: float) -> list[tuple[str, str]]:
    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        name, text = seeds[i % len(seeds)]
        docs.append((f"{i:06d}_{name}", text))
        size += len(text.encode("utf-8"))
        i += 1
    return docs


def slices(docs: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    result, current, size = [], [], 0
    for doc in docs:
        current.append(doc)
        size += len(doc[1].encode("utf-8"))
        if size >= SLICE_BYTES:
            result.append(current)
            current, size = [], 0
    if current:
        result.append(current)
    return result


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--relations", action="store_true",
                        help="also time the whole per-document pipeline, relations included (what kg build runs)")
    args = parser.parse_args()
    docs = corpus(args.mb)
    megabytes = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    pipeline = Pipeline.load()
    jieba.initialize()

    def run_kg(batch):
        count = 0
        for name, text in batch:
            count += len(pipeline.recognizer.recognize(pipeline.ingestor.from_text(name, text)).mentions)
        return count

    def run_jieba(batch):
        return sum(len(jieba.lcut(text)) for _, text in batch)

    def run_pipeline(batch):
        return sum(len(pipeline.process_text(name, text).relations) for name, text in batch)

    kg_seconds = jieba_seconds = pipeline_seconds = 0.0
    mentions = tokens = relations = 0
    ratios, pipeline_ratios = [], []
    half_rss = None
    batches = slices(docs)
    for index, batch in enumerate(batches):
        timings = {}
        order = (("kg", run_kg), ("jieba", run_jieba)) + ((("pipeline", run_pipeline),) if args.relations else ())
        for label, run in order if index % 2 == 0 else reversed(order):
            start = time.perf_counter()
            count = run(batch)
            timings[label] = (time.perf_counter() - start, count)
        kg_seconds += timings["kg"][0]
        jieba_seconds += timings["jieba"][0]
        mentions += timings["kg"][1]
        tokens += timings["jieba"][1]
        ratios.append(timings["jieba"][0] / timings["kg"][0])
        if args.relations:
            pipeline_seconds += timings["pipeline"][0]
            relations += timings["pipeline"][1]
            pipeline_ratios.append(timings["jieba"][0] / timings["pipeline"][0])
        if index == len(batches) // 2:
            half_rss = peak_rss_mb()
    end_rss = peak_rss_mb()

    kg_rate, jieba_rate = megabytes / kg_seconds, megabytes / jieba_seconds
    print(f"corpus: {len(docs)} documents, {megabytes:.1f} MB in {len(batches)} slices; "
          f"relation reader: {reader_kind()}")
    print(f"kg ingest+recognize: {kg_rate:6.2f} MB/s  ({mentions} mentions)")
    print(f"jieba.lcut:          {jieba_rate:6.2f} MB/s  ({tokens} tokens)")
    low, median, high = statistics.quantiles(ratios, n=4)
    print(f"ratio kg/jieba:      {kg_rate / jieba_rate:6.1f}x  (target >= 10x; per slice: "
          f"median {median:.1f}x, middle half {low:.1f}-{high:.1f}x)")
    if args.relations:
        rate = megabytes / pipeline_seconds
        low, median, high = statistics.quantiles(pipeline_ratios, n=4)
        print(f"kg with relations:   {rate:6.2f} MB/s  ({relations} relations; {rate / jieba_rate:.1f}x jieba.lcut; "
              f"per slice: median {median:.1f}x, middle half {low:.1f}-{high:.1f}x)")
    print(f"peak RSS after half: {half_rss:.0f} MB, at end: {end_rss:.0f} MB")


if __name__ == "__main__":
    main()
