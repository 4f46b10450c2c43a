"""The prediction format of the evaluation guidelines: one JSON object per document."""
from __future__ import annotations

import json

from kg.model import DocumentResult

__all__ = ["prediction", "prediction_line"]


def prediction(result: DocumentResult) -> dict:
    """Mentions with original offsets, and the relations the text states (no background facts)."""
    return {
        "doc": result.document.name,
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "entity": m.entity_id,
             "source": m.source}
            for m in result.mentions
        ],
        "relations": [
            {"head": r.head, "type": r.type, "tail": r.tail, "role": r.role, "polarity": r.polarity,
             "modality": r.modality,
             "evidence": {"start": r.evidence.start, "end": r.evidence.end, "sentence": r.evidence.sentence,
                          "rule": r.evidence.rule} if r.evidence else None}
            for r in result.relations if not r.background
        ],
    }


def prediction_line(result: DocumentResult) -> str:
    return json.dumps(prediction(result), ensure_ascii=False, sort_keys=False)
