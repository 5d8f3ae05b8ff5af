"""Schema facts needed to judge a file before opening it (no sqlite-utils import needed)."""

from __future__ import annotations

# Raise with every new migration in ``schema.py``.
SCHEMA_VERSION = 7
# 'ADVR': marks the file as ours, so another program's SQLite file is not mistaken for a register.
APPLICATION_ID = 0x41445652
# A key in ``settings`` (ignored by ``load_settings``): the version of the rules
# (``domain.rules_version.RULES_VERSION``) that made the cached derived columns. When it differs,
# opening the register recomputes them once (``database.open_database``).
DERIVED_RULES_KEY = "derived_rules"


def expected_tables() -> tuple[str, ...]:
    return (
        "advices",
        "recommendations",
        "replies",
        "reply_outcomes",
        "commitments",
        "extensions",
        "documents",
        "history",
        "settings",
        "advice_search",
    )
