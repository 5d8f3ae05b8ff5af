"""The register's use cases. The GUI and the CLI call these; neither speaks SQL.

Every public write is one transaction (``Store.write``): validated first, then written with
its history, derived columns and search text, all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adviesraad_app.domain.errors import FieldError, UserError, ValidationError
from adviesraad_app.domain.kinds import CommitmentStatus, ManualStatus
from adviesraad_app.domain.settings import Settings
from adviesraad_app.i18n import translate
from adviesraad_app.services.advice_numbers import NumberInUse, checked_number
from adviesraad_app.services.register_errors import duplicate_letter_message
from adviesraad_app.services.register_reads import RegisterReads
from adviesraad_app.storage.database import open_database
from adviesraad_app.storage.paths import documents_dir
from adviesraad_app.storage.repository import recompute_stale_derived

if TYPE_CHECKING:
    # An advice, a reply, a commitment, documents, extensions and reminders load when one is
    # read whole or written (issue 14: not at start-up).
    from adviesraad_app.domain.advices import Advice
    from adviesraad_app.domain.commitments import Commitment
    from adviesraad_app.domain.documents import Document, DocumentKind
    from adviesraad_app.domain.extensions import Extension, TermKind
    from adviesraad_app.domain.reminders import LetterKind
    from adviesraad_app.domain.replies import Reply
    from adviesraad_app.storage.meetings import MeetingTables


def _backup_before(path: Path, reason: str) -> object:
    """A backup before a migration; the backup module loads only when one is needed."""
    from adviesraad_app.storage.backup import backup_before

    return backup_before(path, reason)


def _reply_problems(advice: Advice, reply: Reply) -> list[str]:
    """What in the reply contradicts the advice (Dutch, empty when nothing does)."""
    from adviesraad_app.domain.status import validate_reply_against_advice

    return validate_reply_against_advice(advice, reply)


class RegisterService(RegisterReads):
    """One open register (database file) and everything one can do with it: the only way
    into the register for the GUI, the CLI and the other services."""

    @classmethod
    def open(cls, path: Path, *, create: bool = True) -> RegisterService:
        return cls(
            open_database(
                Path(path),
                create=create,
                before_migration=_backup_before,
                after_open=recompute_stale_derived,
            )
        )

    # ------------------------------------------------------------------ settings

    def save_settings(self, settings: Settings) -> None:
        old = self.settings
        with self._write():
            self._repo.save_settings(settings)
            terms = ("advice_term_weeks", "reply_term_weeks", "apply_termijnenwet", "own_days")
            if any(getattr(old, name) != getattr(settings, name) for name in terms):
                self._repo.refresh_all(settings)
        self._settings = settings

    def recompute_derived(self) -> int:
        """Recompute status and deadlines of every advice (the repair); how many."""
        with self._write():
            return self._repo.refresh_all(self.settings)

    # ------------------------------------------------------------------ advices

    def _check_number(self, advice: Advice) -> Advice:
        return checked_number(advice, self._repo)

    def _with_terms(self, advice: Advice) -> Advice:
        from adviesraad_app.domain.advices import with_terms_in_force

        return with_terms_in_force(advice, self.settings)

    def next_number(self, year: int) -> str:
        return self._repo.next_number(year)

    def create_advice(self, advice: Advice) -> Advice:
        """Save a new advice; an empty number gets the next free one of its year."""
        with self._write():
            advice = self._check_number(replace(advice, id=None))
            saved = self._repo.insert_advice(self._with_terms(advice))
            assert saved.id is not None
            self._repo.refresh(saved.id, self.settings)
        return saved

    def update_advice(self, advice: Advice, *, check_reply: bool = True) -> Advice:
        advice_id = advice.id
        if advice_id is None:
            raise ValueError("update_advice needs an id")
        with self._write():
            advice = self._check_number(advice)
            reply = self._repo.reply_for(advice_id) if check_reply else None
            if reply is not None:
                problems = _reply_problems(advice, reply)
                if problems:
                    raise ValidationError(
                        [
                            FieldError(
                                "sent_date",
                                translate(
                                    "Register",
                                    "Dit past niet bij de geregistreerde reactie: {problem}",
                                ).format(problem=" ".join(problems)),
                            )
                        ]
                    )
            saved = self._repo.update_advice(self._with_terms(advice))
            self._repo.refresh(advice_id, self.settings)
        return saved

    def save_dossier(self, advice: Advice, reply: Reply | None) -> tuple[Advice, Reply | None]:
        """Save an edited advice and its reply together: both or neither."""
        if advice.id is None:
            raise ValueError("save_dossier needs a saved advice")
        with self._write():
            if reply is None:
                return self.update_advice(advice), None
            problems = _reply_problems(advice, reply)
            if problems:
                raise ValidationError([FieldError("reply_date", p) for p in problems])
            saved = self.update_advice(advice, check_reply=False)
            return saved, self.save_reply(replace(reply, advice_id=advice.id))

    def delete_advice(self, advice_id: int) -> None:
        """Move an advice to the waste basket (reversible, recorded)."""
        with self._write():
            self._repo.get_advice(advice_id)
            self._repo.set_advice_deleted(advice_id, True)

    def restore_advice(self, advice_id: int) -> None:
        with self._write():
            self._repo.get_advice(advice_id, include_deleted=True)
            self._repo.set_advice_deleted(advice_id, False)

    def set_manual_status(self, advice_id: int, status: ManualStatus | None) -> None:
        with self._write():
            advice = self._repo.get_advice(advice_id)
            self._repo.update_advice(replace(advice, manual_status=status))
            self._repo.refresh(advice_id, self.settings)

    def add_checked_advices(
        self,
        rows: Sequence[tuple[Advice, Reply | None]],
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Advice]:
        """Save new advices, each with its reply, validated beforehand (the register import):
        all of them, or none. One refresh of the derived columns per advice instead of one per
        service call halves the time of a large import. Raises :class:`NumberInUse` when a
        number was taken meanwhile; ``progress(done, total)`` after each row."""
        saved: list[Advice] = []
        with self._write():
            for done, (advice, reply) in enumerate(rows, start=1):
                if self._repo.number_in_use(advice.number):
                    raise NumberInUse(done - 1, advice.number)
                stored = self._repo.insert_advice(self._with_terms(advice))
                assert stored.id is not None
                if reply is not None:
                    self._repo.insert_reply(replace(reply, advice_id=stored.id))
                self._repo.refresh(stored.id, self.settings)
                saved.append(stored)
                if progress is not None:
                    progress(done, len(rows))
        return saved

    def record_history(
        self,
        *,
        entity: str,
        entity_id: int | None,
        action: str,
        field: str = "",
        old: Any = None,
        new: Any = None,
        advice_id: int | None = None,
    ) -> None:
        """Add a line to the history inside the caller's :meth:`all_or_nothing` (for
        features with tables of their own, such as meetings)."""
        self._repo.record(
            advice_id=advice_id,
            entity=entity,
            entity_id=entity_id,
            action=action,
            field=field,
            old=old,
            new=new,
        )

    def meeting_tables(self) -> MeetingTables:
        """The meetings' tables of this register (written inside :meth:`all_or_nothing`)."""
        from adviesraad_app.storage.meetings import MeetingTables

        return MeetingTables(self._store)

    # ------------------------------------------------------------------ replies

    def save_reply(self, reply: Reply) -> Reply:
        """Register (or correct) the college's reply to an advice."""
        with self._write():
            advice = self._repo.get_advice(reply.advice_id)
            problems = _reply_problems(advice, reply)
            if problems:
                raise ValidationError([FieldError("date", p) for p in problems])
            existing = self._repo.reply_for(reply.advice_id)
            if reply.id is None and existing is not None:
                raise UserError(
                    translate(
                        "Register",
                        "Advies {number} heeft al een reactie (van {date}). Pas die aan in het "
                        "dossier.",
                    ).format(number=advice.number, date=existing.date.strftime("%d-%m-%Y"))
                )
            duplicate = self._repo.advice_with_same_letter(
                reply.our_reference, reply.case_number, reply.date, reply.advice_id
            )
            if duplicate is not None:
                raise UserError(duplicate_letter_message(duplicate[1]))
            saved = (
                self._repo.insert_reply(reply)
                if reply.id is None
                else self._repo.update_reply(reply)
            )
            self._repo.refresh(reply.advice_id, self.settings)
        return saved

    def delete_reply(self, reply_id: int) -> int:
        with self._write():
            advice_id = self._repo.set_reply_deleted(reply_id, True)
            self._repo.refresh(advice_id, self.settings)
        return advice_id

    def restore_reply(self, reply_id: int) -> int:
        with self._write():
            reply = self._repo.get_reply(reply_id, include_deleted=True)
            if self._repo.reply_for(reply.advice_id) is not None:
                raise UserError(
                    translate(
                        "Register",
                        "Deze reactie kan niet worden teruggezet: het advies heeft inmiddels een "
                        "andere reactie.",
                    )
                )
            advice_id = self._repo.set_reply_deleted(reply_id, False)
            self._repo.refresh(advice_id, self.settings)
        return advice_id

    # ------------------------------------------------------------------ commitments

    def save_commitment(self, commitment: Commitment) -> Commitment:
        with self._write():
            reply = self._repo.get_reply(commitment.reply_id)
            saved = (
                self._repo.insert_commitment(commitment)
                if commitment.id is None
                else self._repo.update_commitment(commitment)
            )
            self._repo.refresh(reply.advice_id, self.settings)
        return saved

    def add_commitment(self, advice_id: int, text: str, due: date | None = None) -> Commitment:
        """A commitment in the college's reply to this advice (refused without a reply)."""
        with self._write():
            advice = self._repo.get_advice(advice_id)
            reply = self._repo.reply_for(advice_id)
            if reply is None or reply.id is None:
                raise UserError(
                    translate(
                        "Register",
                        "Advies {number} heeft nog geen reactie van het college; een "
                        "toezegging hoort bij die reactie. Registreer eerst de reactie.",
                    ).format(number=advice.number)
                )
            from adviesraad_app.domain.commitments import Commitment

            return self.save_commitment(Commitment(reply_id=reply.id, text=text, due_date=due))

    def set_commitment_status(
        self,
        commitment_id: int,
        status: CommitmentStatus,
        *,
        closed_on: date | None = None,
        note: str = "",
        document_id: int | None = None,
        today: date | None = None,
    ) -> Commitment:
        """Open, or close (nagekomen, vervallen) with the date (default: today), a note and
        optionally a document of the dossier; see :mod:`domain.commitments`."""
        from adviesraad_app.domain.commitments import closed

        with self._write():
            commitment = self._repo.get_commitment(commitment_id)
            reply = self._repo.get_reply(commitment.reply_id)
            documents = frozenset(
                d.id for d in self._repo.documents_for(reply.advice_id) if d.id is not None
            )
            changed = closed(
                commitment,
                status,
                reply_date=reply.date,
                today=today or date.today(),
                closed_on=closed_on,
                note=note,
                document_id=document_id,
                dossier_documents=documents,
            )
            return self.save_commitment(changed)

    def set_keep_open(self, advice_id: int, keep_open: bool) -> None:
        """Keep a replied advice open by hand (or let it be afgerond once all is closed)."""
        with self._write():
            advice = self._repo.get_advice(advice_id)
            self._repo.update_advice(replace(advice, keep_open=keep_open))
            self._repo.refresh(advice_id, self.settings)

    def delete_commitment(self, commitment_id: int) -> int:
        with self._write():
            advice_id = self._repo.set_commitment_deleted(commitment_id, True)
            self._repo.refresh(advice_id, self.settings)
        return advice_id

    def restore_commitment(self, commitment_id: int) -> int:
        with self._write():
            advice_id = self._repo.set_commitment_deleted(commitment_id, False)
            self._repo.refresh(advice_id, self.settings)
        return advice_id

    # ------------------------------------------------------------------ extensions

    def extend_term(
        self,
        advice_id: int,
        term: TermKind,
        new_date: date,
        reason: str,
        agreed_by: str,
        agreed_on: date | None = None,
    ) -> Extension:
        """Agree an extension (verdaging); the original date stays on record."""
        from adviesraad_app.domain.extensions import Extension, TermKind

        with self._write():
            current = self.current_term(advice_id, term)
            if current is None:
                message = (
                    translate("Register", "Dit advies heeft geen adviestermijn om te verdagen.")
                    if term == TermKind.ADVICE
                    else translate(
                        "Register",
                        "Dit advies heeft (nog) geen reactietermijn om te verdagen: vul eerst "
                        "de verzenddatum in.",
                    )
                )
                raise UserError(message)
            extension = Extension(
                advice_id=advice_id,
                term=term,
                new_date=new_date,
                reason=reason,
                agreed_by=agreed_by,
                previous_date=current.due,
                agreed_on=agreed_on,
            )
            saved = self._repo.insert_extension(extension)
            self._repo.refresh(advice_id, self.settings)
        return saved

    def delete_extension(self, extension_id: int) -> int:
        with self._write():
            advice_id = self._repo.set_extension_deleted(extension_id, True)
            self._repo.refresh(advice_id, self.settings)
        return advice_id

    def restore_extension(self, extension_id: int) -> int:
        with self._write():
            advice_id = self._repo.set_extension_deleted(extension_id, False)
            self._repo.refresh(advice_id, self.settings)
        return advice_id

    # ------------------------------------------------------------------ documents

    @property
    def documents_dir(self) -> Path:
        return documents_dir(self.path)

    def document_path(self, document: Document) -> Path:
        return self.documents_dir / document.stored_name

    def add_document(
        self,
        advice_id: int,
        source: Path,
        kind: DocumentKind | None = None,
        description: str = "",
    ) -> Document:
        """Copy a file into the documents folder beside the database and record it
        (``kind``: :attr:`DocumentKind.OTHER` when not given)."""
        from adviesraad_app.domain.documents import Document, DocumentKind
        from adviesraad_app.services.document_files import store_copy

        self._repo.get_advice(advice_id)
        source = Path(source)
        stored_name, sha, size = store_copy(source, self.documents_dir)
        document = Document(
            advice_id=advice_id,
            kind=DocumentKind.OTHER if kind is None else kind,
            original_name=source.name,
            stored_name=stored_name,
            sha256=sha,
            size=size,
            description=description,
        )
        with self._write():
            saved = self._repo.insert_document(document)
            self._repo.refresh(advice_id, self.settings)
        return saved

    def viewing_copy(self, document: Document) -> Path:
        """A read-only copy of a stored document, under its own name, to open in a viewer
        (see :func:`~adviesraad_app.services.document_files.viewing_copy`)."""
        from adviesraad_app.services.document_files import viewing_copy

        return viewing_copy(self.document_path(document), document)

    def delete_document(self, document_id: int) -> int:
        """Remove a document from the dossier; the stored copy stays, so it can be undone.
        A reminder sent as this letter goes with it (and comes back with it)."""
        with self._write():
            advice_id = self._repo.set_document_deleted(document_id, True)
            self._reminders.set_deleted_with_document(document_id, True)
            self._repo.refresh(advice_id, self.settings)
        return advice_id

    def restore_document(self, document_id: int) -> int:
        with self._write():
            advice_id = self._repo.set_document_deleted(document_id, False)
            self._reminders.set_deleted_with_document(document_id, False)
            self._repo.refresh(advice_id, self.settings)
        return advice_id

    # ------------------------------------------------------------------ letters out

    def record_letter(
        self,
        advice_id: int,
        kind: LetterKind,
        on: date,
        letter: Path,
        *,
        commitment_id: int | None = None,
        description: str = "",
    ) -> Document:
        """Record a letter as sent: a document of the dossier (*brief van de raad*) and, for
        a reminder or the raadsbericht, a dated event of the advice; both or neither."""
        from adviesraad_app.domain.documents import DocumentKind
        from adviesraad_app.domain.reminders import Reminder

        with self.all_or_nothing():
            document = self.add_document(
                advice_id, letter, DocumentKind.COUNCIL_LETTER, description
            )
            assert document.id is not None
            if not kind.is_reminder:
                self._reminders.record_sent(advice_id, kind, on, document.id)
            else:
                self._reminders.insert(
                    Reminder(
                        advice_id=advice_id,
                        kind=kind,
                        date=on,
                        commitment_id=commitment_id,
                        document_id=document.id,
                    )
                )
        return document
