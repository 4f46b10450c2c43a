"""Time `kg query` on the README's example queries over a large graph.

Builds a graph of at least --mb MB of seed copies (as bench_throughput.py makes
its corpus) unless --graph-dir names one already built, then runs every README
query --repeat times as a user would (`kg query -f q.rq`, a fresh process each
time) and in process (`run_query`, which still forks the timed child), and
prints the medians, the floor (`ASK {}`: start-up, imports, opening the graph),
which graph source was used (the on-disk store or graph.ttl) and the peak RSS
of the query processes. CPU time (user + system, the timed child included)
is printed beside wall time, and the load average too: on a shared machine
wall time moves with the load, CPU time much less.

    python bench/bench_query.py [--mb 20] [--graph-dir DIR] [--repeat 5]
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_throughput import corpus

from kg.export import STORE_NAME, TURTLE_NAME
from kg.query import current_store, run_query

ROOT = Path(__file__).resolve().parent.parent


def readme_queries() -> list[str]:
    return re.findall(r"```sparql\n(.*?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def build_graph(megabytes: float, work: Path) -> Path:
    texts = work / "corpus"
    texts.mkdir()
    for name, text in corpus(megabytes):
        (texts / name).write_text(text, encoding="utf-8")
    out = work / "output"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "build", "-q", str(texts), "-o", str(out)], check=True, cwd=ROOT)
    print(f"built {megabytes:g} MB of seed copies in {time.perf_counter() - started:.1f} s")
    return out


PEAK_RSS_MB = [0.0]  # the largest query process seen
CPU_SECONDS: list[float] = []  # user + system time of each `kg query` process, its child included


def cli_seconds(graph: Path, args: list[str]) -> float:
    """Wall time of one `kg query` process; its CPU time and peak RSS are recorded too."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "kg", "query", "-g", str(graph), "--format", "csv", *args],
                             cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"kg query {' '.join(args)} failed")
    PEAK_RSS_MB[0] = max(PEAK_RSS_MB[0], usage.ru_maxrss / 1024)
    CPU_SECONDS.append(usage.ru_utime + usage.ru_stime)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB when building (default 20)")
    parser.add_argument("--graph-dir", type=Path, help="an output folder already built (skips the build)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        graph_dir = args.graph_dir or build_graph(args.mb, Path(work))
        graph = graph_dir / TURTLE_NAME
        source = STORE_NAME if current_store(graph) is not None else f"{TURTLE_NAME} loaded into memory"
        size = graph.stat().st_size / 1e6 if graph.exists() else 0.0
        print(f"graph: {graph_dir} ({size:.1f} MB of Turtle), answered from {source}")
        print(f"load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        CPU_SECONDS.clear()
        floor = statistics.median(cli_seconds(graph, ["ASK {}"]) for _ in range(args.repeat))
        print(f"floor (kg query 'ASK {{}}'): {floor:.2f} s wall, {statistics.median(CPU_SECONDS):.2f} s CPU")
        with tempfile.TemporaryDirectory() as qdir:
            for number, query in enumerate(readme_queries(), 1):
                path = Path(qdir) / f"q{number}.rq"
                path.write_text(query, encoding="utf-8")
                cli, inside, rows = [], [], 0
                CPU_SECONDS.clear()
                for _ in range(args.repeat):  # alternate the two sides so a slow spell hits both
                    cli.append(cli_seconds(graph, ["-f", str(path)]))
                    started = time.perf_counter()
                    rows = run_query(graph, query).total_rows
                    inside.append(time.perf_counter() - started)
                print(f"query {number}: {rows:>6} rows  kg query {statistics.median(cli):.2f} s wall, "
                      f"{statistics.median(CPU_SECONDS):.2f} s CPU  run_query {statistics.median(inside):.3f} s "
                      f"(medians of {args.repeat})")
        print(f"peak RSS of a kg query process (its timed child included): {PEAK_RSS_MB[0]:.0f} MB")


if __name__ == "__main__":
    main()
