"""Recognize: entity mentions from the dictionaries (``lexicon``, ``matcher``, ``disambiguate``)
and the patterns for names they lack (``patterns``), put together by ``recognizer``."""
from __future__ import annotations

from kg.recognize.lexicon import Lexicon, check_entities, load_lexicon, normalize_name
from kg.recognize.recognizer import Recognition, Recognizer

__all__ = ["Recognizer", "Recognition", "Lexicon", "load_lexicon", "check_entities", "normalize_name"]
