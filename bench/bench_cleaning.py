"""Cleaning on hostile text against jieba.lcut on the same text, in one run.

Each input is about 1 MB made to trip a backtracking or rescanning regex (a
quadratic step would take hours on it), next to real text (the seeds, repeated).
kg's whole cleaning (``Ingestor.from_text``: markup, entities, URLs, reading
aids, folding, script, boilerplate, spaces) and ``jieba.lcut`` take turns on
each input, alternating which goes first, several rounds; the medians are
reported, and their ratio (above 1: kg cleans faster than jieba segments).

    python bench/bench_cleaning.py [--mb 1] [--rounds 5]
"""
from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

import jieba

from kg.dictset import shipped_dictionaries
from kg.ingest import Ingestor, load_boilerplate_rules

ROOT = Path(__file__).resolve().parent.parent
# name → (piece repeated to the size asked, markup mode)
HOSTILE = {
    "seeds (real text)": (None, "auto"),
    "'[' without ']'": ("[", "markdown"),
    "'[x](' without ')'": ("[x](", "markdown"),
    "20k-style links": ("[a](b)", "markdown"),
    "unclosed '<script>'": ("<script>", "html"),
    "unclosed '<!--'": ("<!--", "html"),
    "'<a ' without '>'": ("<a ", "html"),
    "URL glued to Chinese": ("http://a美国商务部", "auto"),
    "reading aid letters": ("中(" + "ā" * 50, "auto"),
    "counter line of spaces": ("阅读" + " " * 200 + "x\n", "auto"),
    "mixed": ("<a [x](![<!--http://a美&#中(ā阅读   **體\n", "html"),
}


def text_of(piece: str | None, megabytes: float) -> str:
    """``piece`` (default: the seed articles) repeated to about ``megabytes``."""
    if piece is None:
        piece = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    return piece * max(1, int(megabytes * 1_000_000) // len(piece.encode("utf-8")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of each input in MB (default 1)")
    parser.add_argument("--rounds", type=int, default=5, help="turns each side takes per input (default 5)")
    args = parser.parse_args()
    ingestor = Ingestor(load_boilerplate_rules(shipped_dictionaries() / "boilerplate.yaml"))
    jieba.initialize()
    print(f"{'input':<26}{'MB':>6}{'kg clean s':>12}{'jieba s':>10}{'kg/jieba':>10}")
    for name, (piece, markup) in HOSTILE.items():
        text = text_of(piece, args.mb)
        sides = {
            "kg": lambda: ingestor.from_text("bench.txt", text, markup=markup),
            "jieba": lambda: jieba.lcut(text),
        }
        seconds: dict[str, list[float]] = {"kg": [], "jieba": []}
        for round_ in range(args.rounds):
            for side in ("kg", "jieba") if round_ % 2 == 0 else ("jieba", "kg"):
                start = time.perf_counter()
                sides[side]()
                seconds[side].append(time.perf_counter() - start)
        kg, jb = statistics.median(seconds["kg"]), statistics.median(seconds["jieba"])
        print(f"{name:<26}{len(text.encode('utf-8')) / 1e6:>6.2f}{kg:>12.3f}{jb:>10.3f}{jb / kg:>9.1f}x")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
