"""Ingest: find input files (``inputs``), decode them (``decode``), clean and normalize them
(``clean``, ``normalize``) on an offset map (``textmap``); ``ingestor`` puts the steps together."""
from __future__ import annotations

from kg.ingest.clean import load_boilerplate_rules
from kg.ingest.decode import decode
from kg.ingest.ingestor import Ingestor
from kg.ingest.inputs import INPUT_SUFFIXES, FoundInputs, InputFile, find_inputs, printable
from kg.ingest.textmap import MappedText

__all__ = ["Ingestor", "find_inputs", "FoundInputs", "InputFile", "INPUT_SUFFIXES", "printable", "decode",
           "MappedText", "load_boilerplate_rules"]
