"""The schema, created and upgraded by migrations.

Each migration runs in one transaction together with its record in ``_sqlite_migrations``
and the new ``PRAGMA user_version`` (sqlite-utils' ``Migrations``), so a migration that dies
halfway leaves the database as it was, and running the set twice changes nothing.

Add a migration at the end, never change one that has shipped, and raise ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from adviesraad_app.storage.constants import (
    APPLICATION_ID,
    DERIVED_RULES_KEY,
    SCHEMA_VERSION,
    expected_tables,
)
from adviesraad_app.storage.schema_initial import INITIAL_STATEMENTS

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "expected_tables", "migrations"]

migrations = Migrations("adviesraad")


def _set_version(db: Database, version: int) -> None:
    db.execute(f"PRAGMA user_version = {int(version)}")


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    for statement in INITIAL_STATEMENTS:
        db.execute(statement)
    _set_version(db, 1)


@migrations(name="0002_notes_not_searched")
def m0002_notes_not_searched(db: Database) -> None:
    """Internal notes leave the full-text index: a search (and an export selected by one)
    finds only text that the lists, dossiers and exports show (docs/DATA_SAFETY.md)."""
    db.execute("DROP VIEW IF EXISTS advice_search_doc")
    db.execute(
        """
        CREATE VIEW advice_search_doc (id, title, body) AS
        SELECT a.id, a.title,
               a.number || ' ' || a.reference || ' ' || a.request_reference || ' ' ||
               a.theme || ' ' || a.portfolio_holder || ' ' || a.civil_servant || ' ' ||
               a.working_group || ' ' || a.summary || ' ' || a.search_extra || ' ' ||
               ifnull((SELECT group_concat(r.text, ' ')
                         FROM (SELECT text FROM recommendations
                                WHERE advice_id = a.id ORDER BY number) AS r), '')
          FROM advices AS a
        """
    )
    db.execute("INSERT INTO advice_search (advice_search) VALUES ('delete-all')")
    db.execute(
        "INSERT INTO advice_search (rowid, title, body) "
        "SELECT id, title, body FROM advice_search_doc"
    )
    _set_version(db, 2)


def _add_column(db: Database, table: str, column: str, definition: str) -> None:
    if column not in db[table].columns_dict:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")


@migrations(name="0003_deadlines_atw_commitments_closed")
def m0003_deadlines(db: Database) -> None:
    """Deadlines as the Algemene termijnenwet counts them (Goede Vrijdag, decreed days), how a
    commitment was closed, and an advice kept open by hand. The cached deadlines and statuses
    follow the new rules: ``database.open_database`` recomputes them, in one transaction after
    the migrations (and the backup before them), without history: the rules changed, not
    anything a user did."""
    _add_column(db, "commitments", "closed_on", "TEXT")
    _add_column(db, "commitments", "closing_note", "TEXT NOT NULL DEFAULT ''")
    _add_column(db, "commitments", "document_id", "INTEGER REFERENCES documents (id)")
    _add_column(db, "advices", "keep_open", "INTEGER NOT NULL DEFAULT 0")
    db.execute("DELETE FROM settings WHERE key = ?", [DERIVED_RULES_KEY])  # recompute
    _set_version(db, 3)


@migrations(name="0004_meetings")
def m0004_meetings(db: Database) -> None:
    """Meetings with their agenda and actielijst (docs/MEETINGS.md). Advices on an agenda
    are referenced, never copied; an advice is on a meeting's agenda at most once."""
    statements = [
        """
        CREATE TABLE IF NOT EXISTS meetings (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            time TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'plenair' CHECK (kind IN ('plenair', 'werkgroep')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """,
        "CREATE INDEX IF NOT EXISTS idx_meetings_date ON meetings (date)",
        """
        CREATE TABLE IF NOT EXISTS agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('opening', 'verslag', 'postlijst', 'actielijst',
                'advies', 'vrij', 'rondvraag', 'sluiting')),
            text TEXT NOT NULL DEFAULT '',
            advice_id INTEGER REFERENCES advices (id),
            purpose TEXT CHECK (purpose IN ('bespreken', 'vaststellen', 'kennisnemen')),
            adopted INTEGER NOT NULL DEFAULT 0
        )
        """,
        """
        CREATE INDEX IF NOT EXISTS idx_agenda_items_meeting
            ON agenda_items (meeting_id, position)
        """,
        """
        CREATE UNIQUE INDEX IF NOT EXISTS idx_agenda_items_advice
            ON agenda_items (meeting_id, advice_id) WHERE advice_id IS NOT NULL
        """,
        "CREATE INDEX IF NOT EXISTS idx_agenda_items_adopted ON agenda_items (advice_id, adopted)",
        """
        CREATE TABLE IF NOT EXISTS actions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            due TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gedaan', 'vervallen')),
            status_date TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX IF NOT EXISTS idx_actions_meeting ON actions (meeting_id)",
    ]
    for statement in statements:
        db.execute(statement)


# Inside-word search (issue 14). A query word of three or more characters is looked up in the
# word index's own vocabulary (``advice_search_terms``, an ``fts5vocab`` view that stores
# nothing): every indexed word that contains it ("zorg" -> "mantelzorgers", "jeugdzorg") is
# then searched for in the word index. The words are already lower case with their accents
# folded, so "cooperatie" finds "zorgcoöperatie". A word index of number and subject only
# (short texts, ``detail = none``, so small) ranks hits there first.
_HEAD_DOC = """
CREATE VIEW advice_head_doc (id, head) AS SELECT id, number || ' ' || title FROM advices
"""


def _head_triggers() -> list[str]:
    remove = (
        "INSERT INTO advice_head (advice_head, rowid, head) "
        "SELECT 'delete', id, head FROM advice_head_doc WHERE id = old.id;"
    )
    add = (
        "INSERT INTO advice_head (rowid, head) "
        "SELECT id, head FROM advice_head_doc WHERE id = new.id;"
    )
    return [
        f"CREATE TRIGGER advices_head_insert AFTER INSERT ON advices BEGIN {add} END",
        "CREATE TRIGGER advices_head_before_update BEFORE UPDATE OF number, title ON advices "
        f"BEGIN {remove} END",
        "CREATE TRIGGER advices_head_after_update AFTER UPDATE OF number, title ON advices "
        f"BEGIN {add} END",
        f"CREATE TRIGGER advices_head_delete BEFORE DELETE ON advices BEGIN {remove} END",
    ]


@migrations(name="0005_inside_word_search")
def m0005_inside_word_search(db: Database) -> None:
    db.execute("CREATE VIRTUAL TABLE advice_search_terms USING fts5vocab (advice_search, 'row')")
    db.execute(
        """
        CREATE VIRTUAL TABLE advice_head USING fts5 (
            head, content = '', tokenize = 'unicode61 remove_diacritics 2', detail = none
        )
        """
    )
    db.execute(_HEAD_DOC)
    for statement in _head_triggers():
        db.execute(statement)
    db.execute("INSERT INTO advice_head (rowid, head) SELECT id, head FROM advice_head_doc")
    _set_version(db, 5)


_DOCUMENT_KINDS_BEFORE = "CHECK (kind IN ('request', 'advice', 'reply', 'other'))"
_DOCUMENT_KINDS = "CHECK (kind IN ('request', 'advice', 'reply', 'other', 'council_letter'))"


@migrations(name="0006_letters_reminders")
def m0006_letters_reminders(db: Database) -> None:
    """Letters out (docs/LETTERS.md): a document may be a letter of the council
    (``council_letter``), and the reminders sent about a late reply or commitment are dated
    events of the advice.

    The wider CHECK of ``documents.kind`` is written into the schema text, SQLite's own way
    to loosen a constraint ("ALTER TABLE", section 7): every stored row already satisfies it,
    nothing on disk changes, and it stays inside this migration's transaction (a copy of the
    table would break the commitments' references to it)."""
    sql = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'documents'"
    ).fetchone()[0]
    if _DOCUMENT_KINDS not in sql:
        if _DOCUMENT_KINDS_BEFORE not in sql:
            raise RuntimeError("documents table not as created by 0001")
        version = int(db.execute("PRAGMA schema_version").fetchone()[0])
        db.execute("PRAGMA writable_schema = ON")
        try:
            db.execute(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'documents'",
                [sql.replace(_DOCUMENT_KINDS_BEFORE, _DOCUMENT_KINDS)],
            )
            db.execute(f"PRAGMA schema_version = {version + 1}")
        finally:
            db.execute("PRAGMA writable_schema = OFF")
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS reminders (
            id INTEGER PRIMARY KEY,
            advice_id INTEGER NOT NULL REFERENCES advices (id) ON DELETE CASCADE,
            commitment_id INTEGER REFERENCES commitments (id),
            kind TEXT NOT NULL CHECK (kind IN ('herinnering', 'raadsbericht')),
            date TEXT NOT NULL,
            document_id INTEGER REFERENCES documents (id),
            created_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_reminders_advice ON reminders (advice_id, date)")
    _set_version(db, 6)


# The register's index (issue 14). The default order, number newest first, is ``year, seq,
# id``; 0001's index had the filter columns between ``seq`` and the (implicit) rowid, so
# SQLite sorted every list again in a temporary B-tree. With ``id`` after ``seq`` the index
# gives that order as it stands; the filter columns after it keep a filtered list inside the
# index; the columns the other orders sort on (dates, outcome, days late) let those read the
# index instead of every (large) table row: they still sort, but read about 9 MB instead of
# 156 MB at 100,000 advices. The title is left out: sorting 100,000 titles without regard
# to case costs as much with it in the index (docs/PERFORMANCE.md). ``idx_advices_reply_due``
# goes: no statement reads it (a list's order is ``reply_due IS NULL, reply_due``, which it
# cannot give, and SQLite finds the live advices by ``deleted_at``), and its 1.6 MB at
# 100,000 advices pay for a third of the wider index.
REGISTER_INDEX = """
CREATE INDEX idx_advices_register ON advices (
    deleted_at, year, seq, id, status, kind, theme, confidential,
    sent_date, reply_due, reply_date, outcome, reply_days_late, next_due
)
"""


@migrations(name="0007_register_order_index")
def m0007_register_order_index(db: Database) -> None:
    """The register's index in its order (``REGISTER_INDEX``): dropped and made again in
    this migration's transaction; the dropped indexes' pages are reused for the new one."""
    db.execute("DROP INDEX IF EXISTS idx_advices_register")
    db.execute("DROP INDEX IF EXISTS idx_advices_reply_due")
    db.execute(REGISTER_INDEX)
    _set_version(db, 7)
