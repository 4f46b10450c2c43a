"""Whole `kg build` (all outputs) against jieba.lcut on the same text, at 20 and 40 MB.

Three corpora, each written as separate files as a crawl would be:

* seeds: copies of the five seed articles (long, dense: ~11,000 names per MB),
  made as bench/bench_throughput.py makes them;
* news: copies of 242 articles of general news (``bench/news``, public-domain
  Voice of America Chinese, its README says what and whence): short files,
  AI chips one story among many;
* dev: copies of the sixteen dev articles (short real news from a dozen
  outlets, ``../shared/eval/dev/texts``, when ../shared is beside the
  checkout): denser in relations than the seeds (80,000 evidence sentences at
  20 MB against 38,000).

For each corpus and size, jieba.lcut, a cold `kg build` and extraction alone
(the per-document stages as the build runs them, with no graph and no output:
the ceiling of the build's speed) take turns (``--repeat`` times, alternating
the order, so a slow spell of a shared machine hits all) and the medians give
the ratios. Every build runs in its own
process, so its peak RSS is its own; its children's (the pool workers and the
process that writes the snapshot, view and GraphML, forked from the main one and
sharing most of its pages) is reported apart.
Then a warm rebuild (nothing changed), the README's queries as `kg query`
answers them (from the persistent store), and, at the smallest size, a
`--jobs 1` build whose outputs must equal the `--jobs 2` ones byte for byte.

    python bench/bench_build.py [--mb 20 40] [--corpus seeds news dev] [--repeat 1]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {"seeds": ROOT / "seeds", "dev": ROOT.parent / "shared" / "eval" / "dev" / "texts",
           "news": ROOT / "bench" / "news"}

# Runs in the child: one build, then its own and its children's resource use as JSON.
_BUILD = """
import json, re, resource, sys, time
from pathlib import Path
from kg.pipeline import build
start = time.perf_counter()
result = build([sys.argv[1]], Path(sys.argv[2]), jobs=int(sys.argv[3]))
wall = time.perf_counter() - start
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
# VmHWM, not ru_maxrss: ru_maxrss survives exec, so it would carry the bench's own peak over.
peak_kb = int(re.search(r"VmHWM:\s+(\d+)", Path("/proc/self/status").read_text()).group(1))
print(json.dumps({"wall": wall, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                  "rss_mb": peak_kb / 1024, "child_rss_mb": kids.ru_maxrss / 1024,
                  "extracted": result.extracted, "reused": result.reused, "entities": result.n_entities,
                  "relations": result.n_relations}))
"""

# Runs in the child: extraction alone, the per-document stages as a build runs them (--jobs
# workers, no results cache), with no graph and no output: the ceiling of a build's speed.
_EXTRACT = """
import json, sys, time
from pathlib import Path
from kg.cache import default_cache_dir
from kg.engines.local import local_summaries
from kg.ingest import find_inputs
from kg.pipeline import Pipeline
pipeline = Pipeline.load(cache_dir=default_cache_dir())
files = find_inputs([Path(sys.argv[1])]).files
start = time.perf_counter()
count = sum(1 for _ in local_summaries(pipeline, files, [], [], dictionaries=None, cache_dir=default_cache_dir(),
                                       jobs=int(sys.argv[2])))
print(json.dumps({"wall": time.perf_counter() - start, "documents": count}))
"""

# Runs in the child: jieba.lcut over every file of the corpus.
_JIEBA = """
import json, sys, time
from pathlib import Path
import jieba
jieba.initialize()
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).iterdir())]
start = time.perf_counter()
tokens = sum(len(jieba.lcut(t)) for t in texts)
print(json.dumps({"wall": time.perf_counter() - start, "tokens": tokens}))
"""


def make_corpus(source: Path, megabytes: float, folder: Path) -> float:
    """Copies of the articles under ``source``, each its own file, up to ``megabytes``; the size written."""
    articles = [(p.name, p.read_bytes()) for p in sorted(source.glob("*.txt"))]
    folder.mkdir(parents=True)
    size = i = 0
    while size < megabytes * 1_000_000:
        name, data = articles[i % len(articles)]
        (folder / f"{i:06d}_{name}").write_bytes(data)
        size += len(data)
        i += 1
    return size / 1e6


def run_child(code: str, *args: object, env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        sys.exit(f"benchmark child failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def readme_queries() -> list[str]:
    return re.findall(r"```sparql\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def query_seconds(graph_path: Path) -> list[float]:
    """Seconds per README query as ``kg query`` runs it (its folder's store, kg's own sort of
    an ORDER BY), in this process: the interpreter's start-up is bench_query.py's business."""
    from kg.query import run_query

    times = []
    for query in readme_queries():
        start = time.perf_counter()
        run_query(graph_path, query, timeout=None)
        times.append(time.perf_counter() - start)
    return times


def outputs(folder: Path) -> dict[str, str]:
    """Each output file's SHA-256, read in blocks: the bench itself holds no output in memory."""
    digests = {}
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        with path.open("rb") as handle:
            digests[path.name] = hashlib.file_digest(handle, "sha256").hexdigest()
    return digests


def bench(corpus: str, megabytes: float, work: Path, repeat: int, jobs: int, check_jobs: bool) -> None:
    texts = work / f"{corpus}-{megabytes:g}"
    size = make_corpus(SOURCES[corpus], megabytes, texts)
    files = len(list(texts.iterdir()))
    base_env = {**os.environ}
    jieba_runs, cold_runs, extract_runs = [], [], []
    for turn in range(repeat):
        cache = work / f"cache-{corpus}-{megabytes:g}-{turn}"
        env = {**base_env, "KG_CACHE_DIR": str(cache)}
        cache.mkdir()
        for pickle in Path(base_env["KG_CACHE_DIR"]).glob("recognizer-*.pickle"):
            shutil.copy(pickle, cache)  # the loaded dictionaries are not what a rebuild saves
        steps = [("jieba", jieba_runs, lambda: run_child(_JIEBA, texts, env=base_env)),
                 ("kg", cold_runs, lambda: run_child(_BUILD, texts, work / "out", jobs, env=env)),
                 ("extract", extract_runs, lambda: run_child(_EXTRACT, texts, jobs, env=env))]
        for _, runs, step in steps if turn % 2 == 0 else reversed(steps):
            runs.append(step())
    warm = run_child(_BUILD, texts, work / "out", jobs, env=env)
    jieba_s = statistics.median(r["wall"] for r in jieba_runs)
    cold_s = statistics.median(r["wall"] for r in cold_runs)
    cold = cold_runs[-1]
    print(f"\n{corpus} × {megabytes:g} MB: {files} files, {size:.1f} MB, "
          f"{cold['entities']} entities, {cold['relations']} relations")
    print(f"  jieba.lcut        {size / jieba_s:6.2f} MB/s  ({jieba_s:.1f} s)")
    print(f"  kg build cold     {size / cold_s:6.2f} MB/s  ({cold_s:.1f} s; {cold_s and jieba_s / cold_s:.2f}x jieba; "
          f"CPU/wall {cold['cpu'] / cold['wall']:.2f} with --jobs {jobs})")
    extract_s = statistics.median(r["wall"] for r in extract_runs)
    print(f"  extraction alone  {size / extract_s:6.2f} MB/s  ({extract_s:.1f} s; {jieba_s / extract_s:.2f}x jieba; "
          f"no graph, no output: the ceiling)")
    print(f"  peak RSS          {max(r['rss_mb'] for r in cold_runs):6.0f} MB main process, "
          f"{max(r['child_rss_mb'] for r in cold_runs):.0f} MB largest child (a worker or the forked writer)")
    print(f"  warm rebuild      {warm['wall']:6.1f} s  ({warm['wall'] / cold_s:.0%} of cold; "
          f"{warm['reused']} reused, {warm['extracted']} extracted; RSS {warm['rss_mb']:.0f} MB)")
    seconds = query_seconds(work / "out" / "graph.ttl")
    print("  README queries    " + ", ".join(f"{s * 1000:.0f} ms" for s in seconds) + " (kg.query.run_query)")
    if check_jobs:
        one_env = {**base_env, "KG_CACHE_DIR": str(work / f"cache-jobs1-{corpus}")}
        shutil.copytree(Path(base_env["KG_CACHE_DIR"]), one_env["KG_CACHE_DIR"],
                        ignore=shutil.ignore_patterns("documents.sqlite*"))
        single = run_child(_BUILD, texts, work / "out1", 1, env=one_env)
        same = outputs(work / "out1") == outputs(work / "out")
        print(f"  --jobs 1          {single['wall']:6.1f} s, CPU/wall {single['cpu'] / single['wall']:.2f}; "
              f"outputs {'byte-identical' if same else 'DIFFER'} to --jobs {jobs}")
        shutil.rmtree(work / "out1")
    shutil.rmtree(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[20, 40], help="corpus sizes in MB (default 20 40)")
    parser.add_argument("--corpus", nargs="+", choices=sorted(SOURCES), default=["seeds", "news"],
                        help="corpora to copy (default: seeds news; dev needs ../shared beside the checkout)")
    parser.add_argument("--repeat", type=int, default=1, help="jieba/build pairs per size (medians are quoted)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="kg build --jobs (default: all cores)")
    args = parser.parse_args()
    os.environ.setdefault("KG_CACHE_DIR", str(Path.home() / ".cache" / "kg"))
    from kg.cache import default_cache_dir
    from kg.native import reader_kind
    from kg.pipeline import Pipeline

    Pipeline.load(cache_dir=default_cache_dir())  # fills the recognizer cache the builds start from
    print(f"relation reader: {reader_kind()}")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for corpus in args.corpus:
            if not SOURCES[corpus].is_dir():
                print(f"\n{corpus}: {SOURCES[corpus]} not found, skipped")
                continue
            for index, megabytes in enumerate(sorted(args.mb)):
                bench(corpus, megabytes, Path(tmp), args.repeat, args.jobs, check_jobs=index == 0)


if __name__ == "__main__":
    main()
