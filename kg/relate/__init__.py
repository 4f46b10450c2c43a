"""Relate: read relations between recognized mentions (``reader``) with the rules as data (``rules``)."""
from __future__ import annotations

from kg.native import import_current

import_current("kg.relate.reader")  # a compiled reader only while it matches reader.py

from kg.relate.reader import relate  # noqa: E402
from kg.relate.rules import RuleSet, load_rules, read_rule_file  # noqa: E402

__all__ = ["relate", "RuleSet", "load_rules", "read_rule_file"]
