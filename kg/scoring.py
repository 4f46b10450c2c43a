"""`kg eval`: score the extraction against hand-annotated articles.

The gold format and the metrics are those of the project's annotation
guidelines (``tests/data/GUIDELINES.md``); the figures equal the shared
scorer's. All metrics are micro-averaged over the gold documents:

- mention_exact: a predicted mention is correct when start, end and type equal a gold one.
- mention_overlap: spans overlap and types are equal (one-to-one greedy matching).
- entity: a gold entity is found when one of its mentions is overlap-matched;
  a predicted entity is correct when one of its mentions is.
- linking: pairwise F1 over overlap-matched mentions: do two mentions share an entity?
- relations: predicted ids are mapped to the gold entity their matched mentions
  most often align to; a mapped (head, type, tail) is correct when it is in the
  gold. Recall is over all gold relations, also per type; precision only over
  the exhaustively annotated types (``EXHAUSTIVE_RELATION_TYPES``).
- relations_keyfact: the other types, annotated as key facts only, so the share
  of predictions found in the gold is a floor on precision (``P≥``).

A gold document with no prediction counts as entirely missed; a predicted
document without gold is not scored.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Iterable, Mapping

from kg.errors import InputError
from kg.export.predictions import prediction
from kg.model import DocumentResult

__all__ = ["EXHAUSTIVE_RELATION_TYPES", "Annotation", "AnnotatedMention", "Score", "DocumentErrors", "Scores",
           "load_gold", "annotation_from_prediction", "read_predictions", "predictions_of", "evaluate"]

EXHAUSTIVE_RELATION_TYPES = ("made_by", "works_for", "part_of")
HEADLINE_METRICS = ("mention_exact", "mention_overlap", "entity", "linking", "relations_exhaustive")
Triple = tuple[str, str, str]  # (head, type, tail)


@dataclass(frozen=True, slots=True)
class AnnotatedMention:
    start: int
    end: int
    type: str
    entity: str
    text: str


@dataclass(frozen=True)
class Annotation:
    """One document's mentions and relations, gold or predicted."""

    mentions: tuple[AnnotatedMention, ...] = ()
    relations: frozenset[Triple] = frozenset()


@dataclass(frozen=True)
class Score:
    """The counts behind a P/R/F1; for mentions ``pred_correct == gold_found``."""

    pred_correct: int = 0
    pred_total: int = 0
    gold_found: int = 0
    gold_total: int = 0
    recall_only: bool = False  # precision is not judged (relations not annotated exhaustively)

    def __add__(self, other: "Score") -> "Score":
        return Score(self.pred_correct + other.pred_correct, self.pred_total + other.pred_total,
                     self.gold_found + other.gold_found, self.gold_total + other.gold_total,
                     self.recall_only or other.recall_only)

    @property
    def precision(self) -> float:
        return self.pred_correct / self.pred_total if self.pred_total else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold_total if self.gold_total else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        if self.recall_only:
            return {"recall": round(self.recall, 4), "gold_found": self.gold_found, "gold_total": self.gold_total}
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "pred_correct": self.pred_correct, "pred_total": self.pred_total,
                "gold_found": self.gold_found, "gold_total": self.gold_total}

    def row(self, label: str) -> str:
        if self.recall_only:
            return f"{label:<26}{'-':>7}{self.recall:>7.3f}{'-':>7}   found {self.gold_found}/{self.gold_total}"
        return (f"{label:<26}{self.precision:>7.3f}{self.recall:>7.3f}{self.f1:>7.3f}"
                f"   pred {self.pred_correct}/{self.pred_total}  gold {self.gold_found}/{self.gold_total}")


@dataclass(frozen=True)
class DocumentErrors:
    """What one document got wrong; entities as ``{"id", "type", "texts"}``."""

    missed_entities: tuple[dict, ...] = ()
    spurious_entities: tuple[dict, ...] = ()
    missed_relations: tuple[Triple, ...] = ()
    spurious_relations: tuple[Triple, ...] = ()  # exhaustive types only
    unmatched_keyfact_relations: tuple[Triple, ...] = ()  # may be true: judge by reading

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def as_dict(self) -> dict:
        return {f.name: [list(v) if isinstance(v, tuple) else v for v in getattr(self, f.name)]
                for f in fields(self)}


@dataclass(frozen=True)
class Scores:
    """The totals by metric (``relation:TYPE`` per type), the per-document entity scores and the errors."""

    totals: Mapping[str, Score]
    per_doc: Mapping[str, Score] = field(default_factory=dict)
    errors: Mapping[str, DocumentErrors] = field(default_factory=dict)

    def __getitem__(self, metric: str) -> Score:
        return self.totals[metric]

    def as_dict(self, per_doc: bool = False, errors: bool = False) -> dict:
        result: dict = {key: score.as_dict() for key, score in sorted(self.totals.items())}
        if per_doc:
            result["per_doc_entity"] = {name: s.as_dict() for name, s in self.per_doc.items()}
        if errors:
            result["errors"] = {name: e.as_dict() for name, e in self.errors.items()}
        return result

    def report(self, per_doc: bool = False, errors: bool = False) -> str:
        """The table of figures; with ``errors``, every miss and spurious find by document."""
        lines = [f"{'metric':<26}{'P':>7}{'R':>7}{'F1':>7}   counts"]
        lines += [self.totals[key].row(key) for key in HEADLINE_METRICS]
        lines.append(self.totals["relations_keyfact"].row("relations_keyfact (P≥)"))
        lines.append(self.totals["relations"].row("relations (all types)"))
        lines += [self.totals[key].row("  " + key.split(":")[1])
                  for key in sorted(k for k in self.totals if k.startswith("relation:"))]
        if per_doc:
            lines += ["", "per-document entity scores"]
            lines += [score.row(name[:25]) for name, score in self.per_doc.items()]
        if errors:
            for name, found in self.errors.items():
                if found:
                    lines += ["", f"== {name}", *_error_lines(found)]
        return "\n".join(lines)


def _error_lines(errors: DocumentErrors) -> list[str]:
    lines = []
    for kind, entities in (("missed", errors.missed_entities), ("spurious", errors.spurious_entities)):
        lines += [f"  {kind:<9}{e['type']:<8}{e['id']:<24}" + ", ".join(e["texts"]) for e in entities]
    for kind, triples in (("missed", errors.missed_relations), ("spurious", errors.spurious_relations)):
        lines += [f"  {kind} relation  {head} -{rel}-> {tail}" for head, rel, tail in triples]
    lines += [f"  unmatched key fact (judge by reading)  {head} -{rel}-> {tail}"
              for head, rel, tail in errors.unmatched_keyfact_relations]
    return lines


def load_gold(directory: Path) -> dict[str, Annotation]:
    """Every ``*.json`` gold file under ``directory``, by the name of the article it annotates.

    Raises:
        InputError: the folder is missing or empty, or a file is not valid gold.
    """
    directory = Path(directory)
    paths = sorted(directory.glob("*.json")) if directory.is_dir() else []
    if not paths:
        raise InputError(f"{directory}: no gold files (*.json) there")
    gold = {}
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            mentions = tuple(AnnotatedMention(int(start), int(end), entity["type"], entity["id"], text)
                             for entity in data["entities"] for start, end, text in entity["mentions"])
            relations = frozenset((r["head"], r["type"], r["tail"]) for r in data.get("relations", []))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise InputError(f"{path}: cannot read as JSON: {error}") from None
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"{path}: not in the gold format (entities with id, type and "
                             f"[start, end, text] mentions; relations with head, type, tail): {error!r}") from None
        gold[Path(data.get("doc") or path.stem + ".txt").name] = Annotation(mentions, relations)
    return gold


def annotation_from_prediction(record: Mapping) -> tuple[str, Annotation]:
    """A ``kg extract --format jsonl`` record as (document name, annotation).

    Raises:
        KeyError, TypeError: the record is not in the prediction format.
    """
    mentions = tuple(AnnotatedMention(m["start"], m["end"], m["type"], str(m.get("entity") or f"_mention{i}"),
                                      m.get("text", ""))
                     for i, m in enumerate(record.get("mentions", [])))
    relations = frozenset((str(r["head"]), r["type"], str(r["tail"])) for r in record.get("relations", []))
    return Path(record["doc"]).name, Annotation(mentions, relations)


def read_predictions(path: Path) -> dict[str, Annotation]:
    """The predictions of a JSON-lines file, by document name.

    Raises:
        InputError: the file cannot be read, or a line is not a prediction record.
    """
    predictions = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read: {getattr(error, 'strerror', None) or error}") from None
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                name, annotation = annotation_from_prediction(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise InputError(f"{path}:{number}: not a prediction record: {error!r}") from None
            predictions[name] = annotation
    return predictions


def predictions_of(results: Iterable[DocumentResult]) -> dict[str, Annotation]:
    """What the pipeline found, by document name, exactly as ``kg extract --format jsonl`` reports it."""
    return dict(annotation_from_prediction(prediction(result)) for result in results)


def evaluate(gold: Mapping[str, Annotation], predicted: Mapping[str, Annotation]) -> Scores:
    """Score ``predicted`` against ``gold`` (both by document name)."""
    totals: dict[str, Score] = defaultdict(Score)
    per_doc, errors = {}, {}
    for name, annotation in sorted(gold.items()):
        scores, errors[name] = _score_document(annotation, predicted.get(name, Annotation()))
        per_doc[name] = scores["entity"]
        for key, score in scores.items():
            totals[key] += score
    return Scores(dict(totals), per_doc, errors)


def _match_overlapping(gold: tuple[AnnotatedMention, ...],
                       pred: tuple[AnnotatedMention, ...]) -> list[tuple[AnnotatedMention, AnnotatedMention]]:
    """One-to-one greedy matching of same-type overlapping mentions, largest overlap first (exact first on ties)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0 and g.type == p.type:
                candidates.append((-overlap, (g.start, g.end) != (p.start, p.end), g.start, p.start, gi, pi))
    pairs, used_gold, used_pred = [], set(), set()
    for *_, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gold[gi], pred[pi]))
    return pairs


def _same_entity_pairs(counts: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def _map_entities(pairs: Iterable[tuple[AnnotatedMention, AnnotatedMention]]) -> dict[str, str]:
    """Each predicted entity id -> the gold id its matched mentions most often align to (ties: smallest id)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for g, p in pairs:
        votes[p.entity][g.entity] += 1
    return {pred_id: min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0] for pred_id, counter in votes.items()}


def _describe(entity_id: str, mentions: Iterable[AnnotatedMention]) -> dict:
    """An entity for the error listing: id, type(s) and its texts with counts."""
    own = [m for m in mentions if m.entity == entity_id]
    texts = Counter(m.text or f"[{m.start}:{m.end}]" for m in own)
    return {"id": entity_id, "type": "/".join(sorted({m.type for m in own})),
            "texts": [f"{t}×{n}" if n > 1 else t for t, n in texts.most_common()]}


def _score_document(gold: Annotation, pred: Annotation) -> tuple[dict[str, Score], DocumentErrors]:
    scores = {}
    exact = sum((Counter((m.start, m.end, m.type) for m in gold.mentions)
                 & Counter((m.start, m.end, m.type) for m in pred.mentions)).values())
    scores["mention_exact"] = Score(exact, len(pred.mentions), exact, len(gold.mentions))
    pairs = _match_overlapping(gold.mentions, pred.mentions)
    scores["mention_overlap"] = Score(len(pairs), len(pred.mentions), len(pairs), len(gold.mentions))

    gold_entities = {(m.entity, m.type) for m in gold.mentions}
    pred_entities = {m.entity for m in pred.mentions}
    found_gold = {(g.entity, g.type) for g, _ in pairs}
    correct_pred = {p.entity for _, p in pairs}
    scores["entity"] = Score(len(correct_pred), len(pred_entities), len(found_gold), len(gold_entities))

    both_same = _same_entity_pairs(Counter((g.entity, p.entity) for g, p in pairs))
    scores["linking"] = Score(both_same, _same_entity_pairs(Counter(p.entity for _, p in pairs)),
                              both_same, _same_entity_pairs(Counter(g.entity for g, _ in pairs)))

    mapping = _map_entities(pairs)
    # An unmatched predicted entity maps to nothing gold can hold.
    mapped = {(mapping.get(h, f"?{h}"), t, mapping.get(tail, f"?{tail}")) for h, t, tail in pred.relations}
    scores["relations"] = Score(0, 0, len(gold.relations & mapped), len(gold.relations), recall_only=True)
    for rel_type in sorted({t for _, t, _ in gold.relations | mapped}):
        gold_of_type = {r for r in gold.relations if r[1] == rel_type}
        pred_of_type = {r for r in mapped if r[1] == rel_type}
        correct = len(gold_of_type & pred_of_type)
        scores["relation:" + rel_type] = Score(correct, len(pred_of_type), correct, len(gold_of_type),
                                               recall_only=rel_type not in EXHAUSTIVE_RELATION_TYPES)
    scores["relations_exhaustive"] = sum((scores.get("relation:" + t, Score()) for t in EXHAUSTIVE_RELATION_TYPES),
                                         Score())
    gold_key = {r for r in gold.relations if r[1] not in EXHAUSTIVE_RELATION_TYPES}
    pred_key = {r for r in mapped if r[1] not in EXHAUSTIVE_RELATION_TYPES}
    key_correct = len(gold_key & pred_key)
    scores["relations_keyfact"] = Score(key_correct, len(pred_key), key_correct, len(gold_key))

    errors = DocumentErrors(
        missed_entities=tuple(_describe(i, gold.mentions) for i, _ in sorted(gold_entities - found_gold)),
        spurious_entities=tuple(_describe(i, pred.mentions) for i in sorted(pred_entities - correct_pred)),
        missed_relations=tuple(sorted(gold.relations - mapped)),
        spurious_relations=tuple(sorted(r for r in mapped - gold.relations if r[1] in EXHAUSTIVE_RELATION_TYPES)),
        unmatched_keyfact_relations=tuple(sorted(pred_key - gold_key)),
    )
    return scores, errors
