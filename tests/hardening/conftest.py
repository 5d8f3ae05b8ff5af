"""Fixtures of the hardening tests: the CLI runner of the import/export tests."""

from __future__ import annotations

from ..io.conftest import cli

__all__ = ["cli"]
