"""Relate: read relations between recognized mentions (``reader``) with the rules as data (``rules``)."""
from __future__ import annotations

from kg.relate.reader import relate
from kg.relate.rules import RuleSet, load_rules, read_rule_file

__all__ = ["relate", "RuleSet", "load_rules", "read_rule_file"]
