"""Run one writer in this process, for ``conftest.outputs_under_hash_seeds``.

Usage: ``python tests/hash_seed_run.py MODULE:FUNCTION OUT_DIR``; the function
(a plain function of a test module, not a test) writes its files under OUT_DIR.
The caller sets PYTHONHASHSEED, so set and dict order differ from run to run.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

if __name__ == "__main__":
    module, function = sys.argv[1].split(":")
    getattr(importlib.import_module(module), function)(Path(sys.argv[2]))
