"""The version of the rules that derive an advice's status and deadlines (``domain.derived``).

Its own module so that opening a register can compare it with the version stored beside the
cached columns without loading the rules themselves (issue 14, start-up)."""

from __future__ import annotations

# Raise when the rules of domain/derived.py (or the holidays and decrees they use) change what
# they derive: opening a register then recomputes its cached deadlines and statuses once.
RULES_VERSION = 2
