"""Would jieba's POS tags earn a place as a fallback recognizer? Measure it.

    python tools/measure_pos_fallback.py [--show] ../shared/eval/gold:seeds ../shared/eval/dev/gold:../shared/eval/dev/texts

For each gold folder and its texts, runs kg's recognizer, then jieba.posseg
over the same original text, and keeps the words tagged as names (nr person,
ns place, nt organization, nz other proper noun; two characters or more) that
overlap no mention kg found. Such a word is right when it is exactly a gold
mention's span; it adds recall when its gold entity had no mention found at
all. Prints, per tag and in total: candidates, right, precision, entities
added; and the time posseg takes against kg's recognition on the same texts
(``--show`` lists every candidate).
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import jieba
import jieba.posseg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.pipeline import Pipeline  # noqa: E402

NAME_TAGS = ("nr", "ns", "nt", "nz")


def measure(pipeline: Pipeline, gold_dir: Path, text_dir: Path, totals: Counter,
            show: bool = False) -> tuple[float, float]:
    kg_seconds = pos_seconds = 0.0
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (text_dir / gold["doc"]).read_text(encoding="utf-8")
        start = time.perf_counter()
        found = pipeline.recognizer.recognize(pipeline.ingestor.from_text(gold["doc"], text)).mentions
        kg_seconds += time.perf_counter() - start
        start = time.perf_counter()
        words = list(jieba.posseg.cut(text))
        pos_seconds += time.perf_counter() - start
        gold_span = {(s, e): entity["id"] for entity in gold["entities"] for s, e, _ in entity["mentions"]}
        hit = {gold_span[(m.start, m.end)] for m in found if (m.start, m.end) in gold_span}
        covered = sorted((m.start, m.end) for m in found)
        added: dict[str, set[str]] = {}
        at = 0
        for word in words:
            start, end = at, at + len(word.word)
            at = end
            tag = word.flag[:2]
            if tag not in NAME_TAGS or len(word.word) < 2 or any(s < end and start < e for s, e in covered):
                continue
            totals[f"{tag} candidates"] += 1
            if show:
                print(f"    {gold['doc'][:12]} {tag} {word.word} {'RIGHT' if (start, end) in gold_span else ''}")
            entity = gold_span.get((start, end))
            if entity:
                totals[f"{tag} right"] += 1
                if entity not in hit:
                    added.setdefault(tag, set()).add(entity)
        for tag, entities in added.items():
            totals[f"{tag} entities added"] += len(entities)
        totals["gold entities"] += len(gold["entities"])
    return kg_seconds, pos_seconds


def main() -> None:
    pipeline = Pipeline.load()
    jieba.initialize()
    list(jieba.posseg.cut("美国商务部周二宣布新规。"))  # loads the tagger's model: not part of the timing
    show = "--show" in sys.argv
    for pair in (a for a in sys.argv[1:] if a != "--show"):
        gold_dir, _, text_dir = pair.partition(":")
        totals: Counter = Counter()
        kg_seconds, pos_seconds = measure(pipeline, Path(gold_dir), Path(text_dir), totals, show)
        print(f"== {gold_dir} ({totals['gold entities']} gold entities); "
              f"posseg takes {pos_seconds / kg_seconds:.1f}x kg's ingest+recognition time")
        for tag in (*NAME_TAGS, "all"):
            keys = NAME_TAGS if tag == "all" else (tag,)
            candidates = sum(totals[f"{t} candidates"] for t in keys)
            right = sum(totals[f"{t} right"] for t in keys)
            added = sum(totals[f"{t} entities added"] for t in keys)
            precision = right / candidates if candidates else 0.0
            print(f"  {tag:4} candidates {candidates:4}  right {right:3}  precision {precision:.2f}  "
                  f"entities added {added}")


if __name__ == "__main__":
    main()
