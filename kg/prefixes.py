"""The namespaces kg writes and pre-binds, as plain strings.

No rdflib here: `kg query` reads these before it imports rdflib, so its engine
can start while rdflib loads. ``kg.vocab`` builds its rdflib namespaces from
these strings (and a test checks the W3C ones against rdflib's own).
"""
from __future__ import annotations

__all__ = ["DEFAULT_BASE", "KG_NAMESPACE", "WIKIDATA", "PREFIXES", "data_prefixes"]

DEFAULT_BASE = "https://kg.example.org/"
KG_NAMESPACE = "https://kg.example.org/ns#"
WIKIDATA = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "kg": KG_NAMESPACE,
    "schema": "https://schema.org/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def data_prefixes(base: str) -> dict[str, str]:
    """The vocabulary prefixes, ``wd:`` and ``ent:``, ``doc:``, ``stmt:``, ``ev:`` under ``base``."""
    return {**PREFIXES, "wd": WIKIDATA, "ent": f"{base}entity/", "doc": f"{base}doc/",
            "stmt": f"{base}statement/", "ev": f"{base}evidence/"}
