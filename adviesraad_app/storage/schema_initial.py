"""The register's first schema (migration ``0001_initial``), as it shipped.

Kept apart from ``schema.py`` so that the migrations stay readable; never change it: a
register made by it is upgraded by the migrations after it. The statements keep the text
(indentation included) that ``sqlite_master`` of every register made so far holds.
"""

from __future__ import annotations

INITIAL_STATEMENTS: tuple[str, ...] = (
    """
        CREATE TABLE IF NOT EXISTS advices (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('gevraagd', 'ongevraagd', 'signaal')),
            title TEXT NOT NULL,
            theme TEXT NOT NULL DEFAULT '',
            portfolio_holder TEXT NOT NULL DEFAULT '',
            civil_servant TEXT NOT NULL DEFAULT '',
            working_group TEXT NOT NULL DEFAULT '',
            request_received TEXT,
            request_reference TEXT NOT NULL DEFAULT '',
            requested_deadline TEXT,
            sent_date TEXT,
            reference TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            internal_notes TEXT NOT NULL DEFAULT '',
            confidential INTEGER NOT NULL DEFAULT 0,
            published INTEGER NOT NULL DEFAULT 0,
            manual_status TEXT CHECK (manual_status IN ('afgerond', 'vervallen')),
            advice_term_weeks INTEGER CHECK (advice_term_weeks BETWEEN 1 AND 52),
            reply_term_weeks INTEGER CHECK (reply_term_weeks BETWEEN 1 AND 52),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            -- Derived from the rows above (and the reply, extensions and settings) by the
            -- domain rules, rewritten in the same transaction as every change they depend
            -- on, so the register can sort and filter 100,000 advices without computing.
            status TEXT NOT NULL,
            advice_due TEXT,
            reply_due TEXT,
            reply_date TEXT,
            outcome TEXT,
            reply_days_late INTEGER,
            next_due TEXT,  -- the nearest open deadline (advice or reply); NULL when none runs
            search_extra TEXT NOT NULL DEFAULT ''  -- searchable text from around the advice
        )
        """,
    # The register's default order with the filter columns alongside, so a filtered list
    # is one index scan without visiting the (large) table rows.
    """
        CREATE INDEX IF NOT EXISTS idx_advices_register
            ON advices (deleted_at, year, seq, status, kind, theme, confidential)
        """,
    "CREATE INDEX IF NOT EXISTS idx_advices_reply_due ON advices (reply_due)",
    "CREATE INDEX IF NOT EXISTS idx_advices_sent ON advices (sent_date)",
    "CREATE INDEX IF NOT EXISTS idx_advices_next_due ON advices (next_due)",
    """
        CREATE TABLE IF NOT EXISTS recommendations (
            advice_id INTEGER NOT NULL REFERENCES advices (id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number >= 1),
            text TEXT NOT NULL,
            PRIMARY KEY (advice_id, number)
        ) WITHOUT ROWID
        """,
    """
        CREATE TABLE IF NOT EXISTS replies (
            id INTEGER PRIMARY KEY,
            advice_id INTEGER NOT NULL REFERENCES advices (id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            our_reference TEXT NOT NULL DEFAULT '',
            case_number TEXT NOT NULL DEFAULT '',
            handled_by TEXT NOT NULL DEFAULT '',
            signatories TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            general_outcome TEXT
                CHECK (general_outcome IN ('overgenomen', 'deels', 'niet', 'kennisgenomen')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """,
    """
        CREATE UNIQUE INDEX IF NOT EXISTS idx_replies_one_live
            ON replies (advice_id) WHERE deleted_at IS NULL
        """,
    """
        CREATE TABLE IF NOT EXISTS reply_outcomes (
            reply_id INTEGER NOT NULL REFERENCES replies (id) ON DELETE CASCADE,
            recommendation_number INTEGER NOT NULL,
            outcome TEXT NOT NULL
                CHECK (outcome IN ('overgenomen', 'deels', 'niet', 'kennisgenomen')),
            reasons TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (reply_id, recommendation_number)
        ) WITHOUT ROWID
        """,
    """
        CREATE TABLE IF NOT EXISTS commitments (
            id INTEGER PRIMARY KEY,
            reply_id INTEGER NOT NULL REFERENCES replies (id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'lapsed')),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """,
    "CREATE INDEX IF NOT EXISTS idx_commitments_reply ON commitments (reply_id)",
    "CREATE INDEX IF NOT EXISTS idx_commitments_status ON commitments (status, due_date)",
    """
        CREATE TABLE IF NOT EXISTS extensions (
            id INTEGER PRIMARY KEY,
            advice_id INTEGER NOT NULL REFERENCES advices (id) ON DELETE CASCADE,
            term TEXT NOT NULL CHECK (term IN ('advice', 'reply')),
            previous_date TEXT,
            new_date TEXT NOT NULL,
            reason TEXT NOT NULL,
            agreed_by TEXT NOT NULL,
            agreed_on TEXT,
            created_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """,
    "CREATE INDEX IF NOT EXISTS idx_extensions_advice ON extensions (advice_id)",
    """
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            advice_id INTEGER NOT NULL REFERENCES advices (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('request', 'advice', 'reply', 'other')),
            original_name TEXT NOT NULL,
            stored_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """,
    "CREATE INDEX IF NOT EXISTS idx_documents_advice ON documents (advice_id)",
    """
        CREATE TABLE IF NOT EXISTS history (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            advice_id INTEGER,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            action TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            old_value TEXT,
            new_value TEXT
        )
        """,
    "CREATE INDEX IF NOT EXISTS idx_history_advice ON history (advice_id, id)",
    """
        CREATE TABLE IF NOT EXISTS settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """,
    # Full-text search: one index entry per advice (rowid = advice id) covering its own
    # text, its recommendations and ``search_extra`` (reply, commitments and document
    # names, written by the repository). The index is contentless, so the text is not
    # stored a second time; ``advice_search_doc`` defines the indexed document once, and
    # triggers remove a document (with the values it was indexed with) *before* any of its
    # sources change and add it again *after*, so the index always matches the data.
    # ``detail=none`` keeps it small (word and prefix matches, no phrases); the prefix index
    # makes as-you-type prefixes of 2 to 4 letters cheap (typing "werk" answers from one
    # list instead of merging the lists of every word that starts with it). Diacritics are
    # folded so that 'geinformeerd' finds 'geïnformeerd'.
    """
        CREATE VIRTUAL TABLE IF NOT EXISTS advice_search USING fts5 (
            title, body,
            content = '',
            tokenize = 'unicode61 remove_diacritics 2', detail = none, prefix = '2 3 4'
        )
        """,
    """
        CREATE VIEW IF NOT EXISTS advice_search_doc (id, title, body) AS
        SELECT a.id, a.title,
               a.number || ' ' || a.reference || ' ' || a.request_reference || ' ' ||
               a.theme || ' ' || a.portfolio_holder || ' ' || a.civil_servant || ' ' ||
               a.working_group || ' ' || a.summary || ' ' || a.internal_notes || ' ' ||
               a.search_extra || ' ' ||
               ifnull((SELECT group_concat(r.text, ' ')
                         FROM (SELECT text FROM recommendations
                                WHERE advice_id = a.id ORDER BY number) AS r), '')
          FROM advices AS a
        """,
    """
        CREATE TRIGGER IF NOT EXISTS advices_search_insert AFTER INSERT ON advices BEGIN
            INSERT INTO advice_search (rowid, title, body)
            SELECT id, title, body FROM advice_search_doc WHERE id = new.id;
        END
        """,
    """
        CREATE TRIGGER IF NOT EXISTS advices_search_before_update
        BEFORE UPDATE OF title, summary, internal_notes, number, reference, request_reference,
            theme, portfolio_holder, civil_servant, working_group, search_extra ON advices
        BEGIN
            INSERT INTO advice_search (advice_search, rowid, title, body)
            SELECT 'delete', id, title, body FROM advice_search_doc WHERE id = old.id;
        END
        """,
    """
        CREATE TRIGGER IF NOT EXISTS advices_search_after_update
        AFTER UPDATE OF title, summary, internal_notes, number, reference, request_reference,
            theme, portfolio_holder, civil_servant, working_group, search_extra ON advices
        BEGIN
            INSERT INTO advice_search (rowid, title, body)
            SELECT id, title, body FROM advice_search_doc WHERE id = new.id;
        END
        """,
    """
        CREATE TRIGGER IF NOT EXISTS advices_search_delete BEFORE DELETE ON advices BEGIN
            INSERT INTO advice_search (advice_search, rowid, title, body)
            SELECT 'delete', id, title, body FROM advice_search_doc WHERE id = old.id;
        END
        """,
    """
        CREATE TRIGGER IF NOT EXISTS recommendations_search_before_insert
        BEFORE INSERT ON recommendations BEGIN
            INSERT INTO advice_search (advice_search, rowid, title, body)
            SELECT 'delete', id, title, body FROM advice_search_doc WHERE id = new.advice_id;
        END
        """,
    """
        CREATE TRIGGER IF NOT EXISTS recommendations_search_after_insert
        AFTER INSERT ON recommendations BEGIN
            INSERT INTO advice_search (rowid, title, body)
            SELECT id, title, body FROM advice_search_doc WHERE id = new.advice_id;
        END
        """,
    """
        CREATE TRIGGER IF NOT EXISTS recommendations_search_before_update
        BEFORE UPDATE OF text, number, advice_id ON recommendations BEGIN
            INSERT INTO advice_search (advice_search, rowid, title, body)
            SELECT 'delete', id, title, body FROM advice_search_doc WHERE id = old.advice_id;
        END
        """,
    """
        CREATE TRIGGER IF NOT EXISTS recommendations_search_after_update
        AFTER UPDATE OF text, number, advice_id ON recommendations BEGIN
            INSERT INTO advice_search (rowid, title, body)
            SELECT id, title, body FROM advice_search_doc WHERE id = new.advice_id;
        END
        """,
    """
        CREATE TRIGGER IF NOT EXISTS recommendations_search_before_delete
        BEFORE DELETE ON recommendations BEGIN
            INSERT INTO advice_search (advice_search, rowid, title, body)
            SELECT 'delete', id, title, body FROM advice_search_doc WHERE id = old.advice_id;
        END
        """,
    """
        CREATE TRIGGER IF NOT EXISTS recommendations_search_after_delete
        AFTER DELETE ON recommendations BEGIN
            INSERT INTO advice_search (rowid, title, body)
            SELECT id, title, body FROM advice_search_doc WHERE id = old.advice_id;
        END
        """,
)
