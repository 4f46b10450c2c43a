"""The evidence of a build on disk: every sentence that supports a claim, as documents come.

A corpus's evidence grows with the corpus (44,000 sentences at 20 MB of
news), the graph does not; so a build folds each document's evidence into an
SQLite file in a scratch folder beside its output instead of into memory, and
the writers read it back one claim at a time (``KnowledgeGraph.evidence``).
"""
from __future__ import annotations

import sqlite3
from operator import itemgetter
from pathlib import Path
from typing import Iterable, Iterator

from kg.model import Evidence

__all__ = ["EdgeKey", "EvidenceStore"]

EdgeKey = tuple[str, str, str, str, str]  # (head, type, tail, polarity, modality): EdgeInfo.key

_COLUMNS = "doc, start, end_, sentence, rule, date"
# Rows are inserted a batch at a time, in key order: a statement per document took 0.40-0.67 s of
# the folding process's CPU over 20 MB of short news (7,000 documents), batches 0.35-0.49 s.
_BATCH_ROWS = 5000
_PLACE = itemgetter(0, 1, 2, 3)  # a row's primary key: claim, doc, start, end (a stable sort keeps the first)


class EvidenceStore:
    """Evidence by claim, in an SQLite file that lives as long as one build.

    ``add`` keeps the first evidence of a claim at each (doc, start, end), as
    an in-memory graph does; ``evidence`` gives a claim's evidence by (doc,
    start, end), code-point order (SQLite compares UTF-8 bytes, which sort
    alike). Only the claims' keys are held in memory, one small int each, and
    the rows of the batch being gathered (at most ``_BATCH_ROWS`` and one document's).
    """

    def __init__(self, path: Path):
        self._path = Path(path)
        self._db = sqlite3.connect(path)
        self._inherited: sqlite3.Connection | None = None  # a forked parent's connection (``reopen``)
        # Scratch data: a crash loses the build anyway, so no journal and no fsync.
        self._db.executescript("""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE evidence (edge INTEGER, doc TEXT, start INTEGER, end_ INTEGER, sentence TEXT,
                                   rule TEXT, date TEXT, id TEXT, PRIMARY KEY (edge, doc, start, end_))
                WITHOUT ROWID;
        """)
        self._edges: dict[EdgeKey, int] = {}
        self._pending: list[tuple] = []  # rows added but not yet inserted (``_insert``)

    def add(self, evidence: Iterable[tuple[EdgeKey, Evidence, str]]) -> None:
        """Store (claim, evidence, evidence id) triples; one already stored at the same place is kept."""
        edges = self._edges
        self._pending.extend((edges.setdefault(key, len(edges)), ev.doc, ev.start, ev.end, ev.sentence, ev.rule,
                              ev.date, id_) for key, ev, id_ in evidence)
        if len(self._pending) >= _BATCH_ROWS:
            self._insert()

    def _insert(self) -> None:
        """Insert the rows added since the last call; sorted stably, so the first added at a place stays."""
        if self._pending:
            self._pending.sort(key=_PLACE)  # in key order the B-tree is filled, not split, as it grows
            self._db.executemany("INSERT OR IGNORE INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._pending)
            self._pending = []

    def evidence(self, key: EdgeKey) -> Iterator[Evidence]:
        """The claim's evidence, by (doc, start, end)."""
        return (Evidence(*row) for row in self._rows(key, _COLUMNS))

    def ids(self, key: EdgeKey) -> Iterator[str]:
        """The ids (``kg.vocab.evidence_id``) of the claim's evidence, in ``evidence`` order."""
        return (row[0] for row in self._rows(key, "id"))

    def _rows(self, key: EdgeKey, columns: str) -> Iterator[tuple]:
        self._insert()
        edge = self._edges.get(key)
        if edge is None:
            return iter(())
        return self._db.execute(f"SELECT {columns} FROM evidence WHERE edge = ? ORDER BY doc, start, end_", (edge,))

    def counts(self) -> dict[EdgeKey, int]:
        """How many evidence sentences each claim has."""
        self._insert()
        by_id = dict(self._db.execute("SELECT edge, COUNT(*) FROM evidence GROUP BY edge"))
        return {key: by_id.get(edge, 0) for key, edge in self._edges.items()}

    def commit(self) -> None:
        """Make what was added visible to other connections (``reopen`` in a forked process)."""
        self._insert()
        self._db.commit()

    def reopen(self) -> None:
        """Read the file through a connection of this process's own: a forked process must not
        use its parent's. What the parent added is seen once it has ``commit``-ted."""
        self._inherited = self._db  # not closed here: the parent's handle, its to close
        self._db = sqlite3.connect(self._path)

    def close(self) -> None:
        self._db.close()
