"""The build's on-disk evidence store: first evidence at a place kept, claim order on reading."""
from __future__ import annotations

from contextlib import closing

from kg.evidence import EvidenceStore
from kg.model import Evidence

CLAIM = ("usa", "restricts", "huawei", "positive", "asserted")
OTHER = ("nvidia", "supplies", "china", "positive", "asserted")


def evidence(doc: str, start: int, sentence: str) -> Evidence:
    """Evidence at ``start`` in ``doc``: the place is (doc, start, end), whatever the sentence says."""
    return Evidence(doc, start, start + 10, sentence, "restricts.verb", None)


def test_evidence_comes_back_by_place_and_the_first_at_a_place_is_kept(tmp_path):
    with closing(EvidenceStore(tmp_path / "evidence.sqlite")) as store:
        store.add([(CLAIM, evidence("b.txt", 5, "美国制裁华为。"), "e1"), (OTHER, evidence("a.txt", 0, "英伟达向中国出售芯片。"), "e2")])
        store.add([(CLAIM, evidence("a.txt", 9, "美国再次制裁华为。"), "e3")])
        # the same document read twice (a file given twice): its evidence is not counted again
        store.add([(CLAIM, evidence("b.txt", 5, "a later reading of the same place"), "e4")])
        assert [ev.doc for ev in store.evidence(CLAIM)] == ["a.txt", "b.txt"]
        assert list(store.ids(CLAIM)) == ["e3", "e1"]
        assert store.counts() == {CLAIM: 2, OTHER: 1}
        # added after the first reading, a place already held is still kept as it was
        store.add([(CLAIM, evidence("b.txt", 5, "yet another"), "e5"), (CLAIM, evidence("c.txt", 1, "美国制裁。"), "e6")])
        assert [(ev.doc, ev.sentence) for ev in store.evidence(CLAIM)] == [
            ("a.txt", "美国再次制裁华为。"), ("b.txt", "美国制裁华为。"), ("c.txt", "美国制裁。")]
        assert list(store.evidence(("x", "y", "z", "positive", "asserted"))) == []


def test_what_was_added_is_seen_by_another_connection_after_commit(tmp_path):
    # The forked writers read the store through their own connection (EvidenceStore.reopen):
    # rows still batched in memory must reach the file when the builder commits.
    import sqlite3

    with closing(EvidenceStore(tmp_path / "evidence.sqlite")) as store:
        store.add([(CLAIM, evidence("a.txt", 0, "美国制裁华为。"), "e1")])
        store.commit()
        with closing(sqlite3.connect(tmp_path / "evidence.sqlite")) as other:
            assert other.execute("SELECT id FROM evidence").fetchall() == [("e1",)]
