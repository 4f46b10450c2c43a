"""Compiles kg's hottest modules with mypyc where it can; everything else is in pyproject.toml.

Which modules, why, and how a stale compiled module is kept from running:
kg/native.py. Without a C compiler (or with KG_PURE_PYTHON=1) the same
package installs as plain Python, a warning says so, and kg runs the same,
only slower.
"""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from setuptools import Distribution, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("kg_native", ROOT / "kg" / "native.py")
native = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(native)


def _source(name: str) -> Path:
    """A module's source, relative to the project's folder (as mypy names modules by it)."""
    return Path(*name.split(".")).with_suffix(".py")


def _warn(message: str) -> None:
    print(f"kg: {message}; installing kg as plain Python (it runs the same, only slower)", file=sys.stderr)


class CompiledDistribution(Distribution):
    """A distribution with compiled modules, so its wheel is tagged for this Python and platform
    even though the modules are only known when build_ext runs."""

    def has_ext_modules(self) -> bool:
        return True


class BuildCompiled(build_ext):
    """build_ext that runs mypyc only when it builds (setup.py runs several times per install),
    falls back to plain Python on any failure, and records each module's source digest."""

    def finalize_options(self) -> None:
        if self.distribution.ext_modules is None:  # once, when build_ext is about to run
            self.distribution.ext_modules = self._mypyc_extensions()
        super().finalize_options()

    def run(self) -> None:
        if self.extensions:
            try:
                super().run()
            except Exception as error:  # a missing or failing compiler, linker or header
                self.extensions = []
                _warn(f"compiling failed ({error})")
        if not self.extensions:
            # A build folder keeps what an earlier build compiled: it must not ship with this one.
            for path in self._compiled_files():
                path.unlink(missing_ok=True)
            return
        for name in native.COMPILED_MODULES:
            self._digest_file(name).write_text(native.source_digest(ROOT / _source(name)) + "\n", encoding="ascii")

    def _digest_file(self, name: str) -> Path:
        return Path(self.get_ext_fullpath(name)).with_name(name.rpartition(".")[2] + native.DIGEST_SUFFIX)

    def _compiled_files(self) -> list[Path]:
        """Where this build puts each compiled module, mypyc's library of it and its source digest."""
        return [path for name in native.COMPILED_MODULES for path in (
            Path(self.get_ext_fullpath(name)), Path(self.get_ext_fullpath(f"{name}__mypyc")), self._digest_file(name))]

    def _mypyc_extensions(self) -> list:
        if os.environ.get(native.NO_COMPILE_VARIABLE) == "1":
            print(f"kg: {native.NO_COMPILE_VARIABLE}=1, not compiling", file=sys.stderr)
            return []
        try:
            from mypyc.build import mypycify
        except ImportError:
            _warn("mypyc is not installed")
            return []
        # Relative paths: setuptools runs setup.py from the project's folder.
        paths = [str(_source(name)) for name in native.COMPILED_MODULES]
        try:
            return mypycify(["--follow-imports=silent", *paths], opt_level="3")
        except (Exception, SystemExit) as error:  # mypy reports a type error by SystemExit
            _warn(f"mypyc could not compile {', '.join(paths)} ({error!r})")
            return []


setup(distclass=CompiledDistribution, cmdclass={"build_ext": BuildCompiled})
