"""The register's use cases. The GUI and the CLI call these; neither speaks SQL.

Every public write is one transaction (``Store.write``): validated first, then written with
its history, derived columns and search text, all or nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from adviesraad_app.domain import deadlines as dl
from adviesraad_app.domain.commitments import closed
from adviesraad_app.domain.derived import derive, reply_time_days
from adviesraad_app.domain.errors import FieldError, UserError, ValidationError
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder
from adviesraad_app.domain.model import (
    Advice,
    AdviceStatus,
    Commitment,
    CommitmentStatus,
    Document,
    DocumentKind,
    Extension,
    ManualStatus,
    Reply,
    Settings,
    TermKind,
    with_terms_in_force,
)
from adviesraad_app.domain.reminders import LetterKind, Reminder, about, next_step
from adviesraad_app.domain.status import validate_reply_against_advice
from adviesraad_app.domain.views import CommitmentRow, Dossier, RegisterRow
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.search_match import Match
from adviesraad_app.storage.database import Store, open_database
from adviesraad_app.storage.errors import classify_os_error
from adviesraad_app.storage.paths import documents_dir
from adviesraad_app.storage.queries import Queries
from adviesraad_app.storage.reminders import ReminderStore
from adviesraad_app.storage.repository import Repository, recompute_stale_derived
from adviesraad_app.storage.search_query import fts_query
from adviesraad_app.storage.win_files import remove_file, replace_file

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024


def _backup_before(path: Path, reason: str) -> object:
    """A backup before a migration; the backup module loads only when one is needed."""
    from adviesraad_app.storage.backup import backup_before

    return backup_before(path, reason)


# A suffix worth keeping on a stored copy: ".pdf", ".docx", ".7z"; not ".2024 versie
# definitief" (from "Advies 12.2024 versie definitief"), which Windows could not copy back.
_STORED_SUFFIX = re.compile(r"\.(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,10}")


def stored_suffix(name: str) -> str:
    """The extension a stored copy of the file ``name`` keeps (lower case), or ``""``."""
    suffix = Path(name).suffix
    return suffix.lower() if _STORED_SUFFIX.fullmatch(suffix) else ""


_NOT_ON_WINDOWS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)


def windows_safe_name(name: str) -> str:
    """``name`` as a file name Windows accepts (a document registered on another system may
    hold ``:`` or end in a dot): forbidden characters become ``_``, trailing dots and spaces
    go, a reserved device name (``CON``, ``NUL.pdf``) gets a ``_`` in front."""
    safe = _NOT_ON_WINDOWS.sub("_", name).rstrip(" .") or "document"
    if safe.split(".")[0].lower() in _RESERVED:
        safe = "_" + safe
    return safe


def _is_intact_copy(path: Path, document: Document) -> bool:
    try:
        if not path.is_file() or path.stat().st_size != document.size:
            return False
        return file_sha256(path) == document.sha256
    except OSError:
        return False


def _free_name(folder: Path, name: str) -> Path:
    """``name``, or ``stem (2).suffix``, ``stem (3).suffix`` ...: the first that is free."""
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while (folder / f"{stem} ({n}){suffix}").exists():
        n += 1
    return folder / f"{stem} ({n}){suffix}"


def duplicate_letter_message(number: str) -> str:
    """Why a college letter cannot become the reply to a second advice."""
    return translate(
        "Register",
        "Deze brief van het college (zelfde Ons kenmerk, of zelfde zaaknummer en datum) is al "
        "de reactie op advies {number}; hij kan niet ook de reactie op een ander advies zijn. "
        "Er is niets opgeslagen.",
    ).format(number=number)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file (a document's fingerprint), read in blocks of 1 MB."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _with_reminders(
    items: list[dl.DeadlineItem], reminders: dict[int, list[Reminder]], settings: Settings
) -> list[dl.DeadlineItem]:
    """Late replies and commitments with the reminders sent about them and the next step."""
    result = []
    for item in items:
        if item.type == dl.DeadlineType.ADVICE_DUE:
            result.append(item)
            continue
        sent = about(reminders.get(item.advice_id, []), item.commitment_id)
        step = None
        if item.state == dl.DeadlineState.OVERDUE and item.due_date is not None:
            step = next_step(sent, item.due_date + timedelta(days=1), settings)
        result.append(replace(item, reminders=tuple(sent), next_step=step))
    return result


class RegisterService:
    """One open register (database file) and everything one can do with it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.repo = Repository(store)
        self.queries = Queries(store)
        self._reminders = ReminderStore(store)
        self._settings: Settings | None = None
        self.changed = False  # any write since opening (for the backup on close)

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

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def close(self) -> None:
        self.store.close()

    def data_version(self) -> tuple[int, int]:
        """Changes whenever the register changes (here or by another program)."""
        return self.store.data_version()

    @contextlib.contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """Several service calls as one change: all of them are saved, or none (for bulk
        actions such as deleting a selection, and for undoing them)."""
        with self._write():
            yield

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        with self.store.write():
            yield
        self.changed = True

    # ------------------------------------------------------------------ settings

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = self.repo.load_settings()
        return self._settings

    def save_settings(self, settings: Settings) -> None:
        old = self.settings
        with self._write():
            self.repo.save_settings(settings)
            terms = ("advice_term_weeks", "reply_term_weeks", "apply_termijnenwet", "own_days")
            if any(getattr(old, name) != getattr(settings, name) for name in terms):
                self.repo.refresh_all(settings)
        self._settings = settings

    def reload(self) -> None:
        """Forget cached settings (another process may have changed them)."""
        self._settings = None

    # ------------------------------------------------------------------ advices

    def _check_number(self, advice: Advice) -> Advice:
        if not advice.number and advice.id is not None:
            raise ValidationError(
                [
                    FieldError(
                        "number",
                        translate(
                            "Register",
                            "Vul het nummer in; een opgeslagen advies houdt zijn nummer (brieven "
                            "verwijzen ernaar).",
                        ),
                    )
                ]
            )
        if not advice.number:
            year = (advice.request_received or advice.sent_date or date.today()).year
            return replace(advice, number=self.repo.next_number(year))
        if self.repo.number_in_use(advice.number, advice.id):
            raise ValidationError(
                [
                    FieldError(
                        "number",
                        translate("Register", "Het nummer {number} is al in gebruik.").format(
                            number=advice.number
                        ),
                    )
                ]
            )
        return advice

    def next_number(self, year: int) -> str:
        return self.repo.next_number(year)

    def create_advice(self, advice: Advice) -> Advice:
        """Save a new advice; an empty number gets the next free one of its year."""
        with self._write():
            advice = self._check_number(replace(advice, id=None))
            saved = self.repo.insert_advice(with_terms_in_force(advice, self.settings))
            assert saved.id is not None
            self.repo.refresh(saved.id, self.settings)
        return saved

    def update_advice(self, advice: Advice, *, check_reply: bool = True) -> Advice:
        advice_id = advice.id
        if advice_id is None:
            raise ValueError("update_advice needs an id")
        with self._write():
            advice = self._check_number(advice)
            reply = self.repo.reply_for(advice_id) if check_reply else None
            if reply is not None:
                problems = validate_reply_against_advice(advice, reply)
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
            saved = self.repo.update_advice(with_terms_in_force(advice, self.settings))
            self.repo.refresh(advice_id, self.settings)
        return saved

    def save_dossier(self, advice: Advice, reply: Reply | None) -> tuple[Advice, Reply | None]:
        """Save an edited advice and its reply together: both or neither."""
        if advice.id is None:
            raise ValueError("save_dossier needs a saved advice")
        with self._write():
            if reply is None:
                return self.update_advice(advice), None
            problems = validate_reply_against_advice(advice, reply)
            if problems:
                raise ValidationError([FieldError("reply_date", p) for p in problems])
            saved = self.update_advice(advice, check_reply=False)
            return saved, self.save_reply(replace(reply, advice_id=advice.id))

    def delete_advice(self, advice_id: int) -> None:
        """Move an advice to the waste basket (reversible, recorded)."""
        with self._write():
            self.repo.get_advice(advice_id)
            self.repo.set_advice_deleted(advice_id, True)

    def restore_advice(self, advice_id: int) -> None:
        with self._write():
            self.repo.get_advice(advice_id, include_deleted=True)
            self.repo.set_advice_deleted(advice_id, False)

    def set_manual_status(self, advice_id: int, status: ManualStatus | None) -> None:
        with self._write():
            advice = self.repo.get_advice(advice_id)
            self.repo.update_advice(replace(advice, manual_status=status))
            self.repo.refresh(advice_id, self.settings)

    def get_advice(self, advice_id: int, *, include_deleted: bool = False) -> Advice:
        return self.repo.get_advice(advice_id, include_deleted=include_deleted)

    def dossier(self, advice_id: int, *, include_deleted: bool = False) -> Dossier:
        advice = self.repo.get_advice(advice_id, include_deleted=include_deleted)
        reply = self.repo.reply_for(advice_id)
        extensions = self.repo.extensions_for(advice_id)
        commitments = self.repo.commitments_for_reply(reply.id) if reply and reply.id else []
        open_commitments = sum(1 for c in commitments if c.status == CommitmentStatus.OPEN)
        derived = derive(advice, reply, extensions, self.settings, open_commitments)
        return Dossier(
            advice=advice,
            status=derived.status,
            advice_term=derived.advice_term,
            reply_term=derived.reply_term,
            reply=reply,
            outcome=derived.outcome,
            reply_days_late=derived.reply_days_late,
            reply_time_days=reply_time_days(advice, reply),
            commitments=commitments,
            extensions=extensions,
            documents=self.repo.documents_for(advice_id),
            history=self.repo.history(advice_id),
            reminders=self.reminders(advice_id),
        )

    def dossiers(self, advice_ids: list[int]) -> list[Dossier]:
        return [self.dossier(i) for i in advice_ids]

    # ------------------------------------------------------------------ replies

    def save_reply(self, reply: Reply) -> Reply:
        """Register (or correct) the college's reply to an advice."""
        with self._write():
            advice = self.repo.get_advice(reply.advice_id)
            problems = validate_reply_against_advice(advice, reply)
            if problems:
                raise ValidationError([FieldError("date", p) for p in problems])
            existing = self.repo.reply_for(reply.advice_id)
            if reply.id is None and existing is not None:
                raise UserError(
                    translate(
                        "Register",
                        "Advies {number} heeft al een reactie (van {date}). Pas die aan in het "
                        "dossier.",
                    ).format(number=advice.number, date=existing.date.strftime("%d-%m-%Y"))
                )
            duplicate = self.repo.advice_with_same_letter(
                reply.our_reference, reply.case_number, reply.date, reply.advice_id
            )
            if duplicate is not None:
                raise UserError(duplicate_letter_message(duplicate[1]))
            saved = (
                self.repo.insert_reply(reply) if reply.id is None else self.repo.update_reply(reply)
            )
            self.repo.refresh(reply.advice_id, self.settings)
        return saved

    def delete_reply(self, reply_id: int) -> int:
        with self._write():
            advice_id = self.repo.set_reply_deleted(reply_id, True)
            self.repo.refresh(advice_id, self.settings)
        return advice_id

    def restore_reply(self, reply_id: int) -> int:
        with self._write():
            reply = self.repo.get_reply(reply_id, include_deleted=True)
            if self.repo.reply_for(reply.advice_id) is not None:
                raise UserError(
                    translate(
                        "Register",
                        "Deze reactie kan niet worden teruggezet: het advies heeft inmiddels een "
                        "andere reactie.",
                    )
                )
            advice_id = self.repo.set_reply_deleted(reply_id, False)
            self.repo.refresh(advice_id, self.settings)
        return advice_id

    # ------------------------------------------------------------------ commitments

    def save_commitment(self, commitment: Commitment) -> Commitment:
        with self._write():
            reply = self.repo.get_reply(commitment.reply_id)
            saved = (
                self.repo.insert_commitment(commitment)
                if commitment.id is None
                else self.repo.update_commitment(commitment)
            )
            self.repo.refresh(reply.advice_id, self.settings)
        return saved

    def add_commitment(self, advice_id: int, text: str, due: date | None = None) -> Commitment:
        """A commitment in the college's reply to this advice (refused without a reply)."""
        with self._write():
            advice = self.repo.get_advice(advice_id)
            reply = self.repo.reply_for(advice_id)
            if reply is None or reply.id is None:
                raise UserError(
                    translate(
                        "Register",
                        "Advies {number} heeft nog geen reactie van het college; een "
                        "toezegging hoort bij die reactie. Registreer eerst de reactie.",
                    ).format(number=advice.number)
                )
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
        with self._write():
            commitment = self.repo.get_commitment(commitment_id)
            reply = self.repo.get_reply(commitment.reply_id)
            documents = frozenset(
                d.id for d in self.repo.documents_for(reply.advice_id) if d.id is not None
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
            advice = self.repo.get_advice(advice_id)
            self.repo.update_advice(replace(advice, keep_open=keep_open))
            self.repo.refresh(advice_id, self.settings)

    def delete_commitment(self, commitment_id: int) -> int:
        with self._write():
            advice_id = self.repo.set_commitment_deleted(commitment_id, True)
            self.repo.refresh(advice_id, self.settings)
        return advice_id

    def restore_commitment(self, commitment_id: int) -> int:
        with self._write():
            advice_id = self.repo.set_commitment_deleted(commitment_id, False)
            self.repo.refresh(advice_id, self.settings)
        return advice_id

    # ------------------------------------------------------------------ extensions

    def current_term(self, advice_id: int, term: TermKind) -> dl.Term | None:
        advice = self.repo.get_advice(advice_id)
        extensions = self.repo.extensions_for(advice_id)
        if term == TermKind.ADVICE:
            return dl.advice_term(advice, self.settings, extensions)
        return dl.reply_term(advice, self.settings, extensions)

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
            saved = self.repo.insert_extension(extension)
            self.repo.refresh(advice_id, self.settings)
        return saved

    def delete_extension(self, extension_id: int) -> int:
        with self._write():
            advice_id = self.repo.set_extension_deleted(extension_id, True)
            self.repo.refresh(advice_id, self.settings)
        return advice_id

    def restore_extension(self, extension_id: int) -> int:
        with self._write():
            advice_id = self.repo.set_extension_deleted(extension_id, False)
            self.repo.refresh(advice_id, self.settings)
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
        kind: DocumentKind = DocumentKind.OTHER,
        description: str = "",
    ) -> Document:
        """Copy a file into the documents folder beside the database and record it."""
        self.repo.get_advice(advice_id)
        source = Path(source)
        try:
            if not source.is_file():
                raise UserError(
                    translate("Register", "{path} is geen bestand.").format(path=source)
                )
            size = source.stat().st_size
            if size > MAX_DOCUMENT_BYTES:
                raise UserError(
                    translate(
                        "Register",
                        "{name} is te groot om toe te voegen ({mb} MB; maximaal {max} MB).",
                    ).format(
                        name=source.name,
                        mb=size // (1024 * 1024),
                        max=MAX_DOCUMENT_BYTES // (1024 * 1024),
                    )
                )
            sha = file_sha256(source)
            stored_name = f"{sha[:2]}/{sha}{stored_suffix(source.name)}"
            target = self.documents_dir / stored_name
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_name(target.name + ".part")
                try:
                    shutil.copyfile(source, partial)
                    replace_file(partial, target)
                finally:  # a full disk must not leave a half copy behind
                    with contextlib.suppress(OSError):
                        remove_file(partial)
        except OSError as exc:
            raise classify_os_error(exc, source) from exc
        document = Document(
            advice_id=advice_id,
            kind=kind,
            original_name=source.name,
            stored_name=stored_name,
            sha256=sha,
            size=size,
            description=description,
        )
        with self._write():
            saved = self.repo.insert_document(document)
            self.repo.refresh(advice_id, self.settings)
        return saved

    def viewing_copy(self, document: Document) -> Path:
        """A read-only copy of a stored document, under its own name, to open in a viewer.

        The stored copy is the archive (checked against its SHA-256, shared by dossiers with
        the same file): a viewer that saves changes must not alter it.

        A copy made before is used again when it is still intact: on Windows it cannot be
        removed or rewritten while Word or Acrobat has it open. One that differs and cannot
        be removed (open in a viewer) is left, and the new copy gets a free name beside it.
        """
        import stat
        import tempfile

        source = self.document_path(document)
        folder = Path(tempfile.gettempdir()) / "Adviesraad" / f"document-{document.id}"
        name = windows_safe_name(Path(document.original_name).name)
        target = folder / name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if _is_intact_copy(target, document):
                return target
            try:
                remove_file(target)
            except OSError:
                target = _free_name(folder, name)
            shutil.copyfile(source, target)
            target.chmod(stat.S_IREAD)
        except OSError as exc:
            raise classify_os_error(exc, target) from exc
        return target

    def delete_document(self, document_id: int) -> int:
        """Remove a document from the dossier; the stored copy stays, so it can be undone.
        A reminder sent as this letter goes with it (and comes back with it)."""
        with self._write():
            advice_id = self.repo.set_document_deleted(document_id, True)
            self._reminders.set_deleted_with_document(document_id, True)
            self.repo.refresh(advice_id, self.settings)
        return advice_id

    def restore_document(self, document_id: int) -> int:
        with self._write():
            advice_id = self.repo.set_document_deleted(document_id, False)
            self._reminders.set_deleted_with_document(document_id, False)
            self.repo.refresh(advice_id, self.settings)
        return advice_id

    # ------------------------------------------------------------------ queries

    def register(
        self, selection: RegisterFilter | None = None, order: RegisterOrder | None = None
    ) -> list[RegisterRow]:
        return self.queries.register(selection or RegisterFilter(), order)

    @staticmethod
    def search_query(text: str) -> str | None:
        """The full-text query a search text becomes (``None``: nothing to search for). Two
        texts with the same query give the same result, so a list need not search again."""
        return fts_query(text)

    def prepare_search(self) -> None:
        """Read what searching inside words needs now (the register's words, once per
        change), so the next keystroke does not wait for it. Never fails: a register that is
        closed or busy is simply read at the next search."""
        with contextlib.suppress(UserError, sqlite3.Error):  # e.g. closed meanwhile
            self.queries.words_containing("")

    def search_matches(self, advice_ids: list[int], text: str) -> dict[int, Match]:
        """Where the search ``text`` matched each of the given advices (those it matched)."""
        from adviesraad_app.services.text.search_match import best_match

        result: dict[int, Match] = {}
        for advice_id, fields in self.queries.search_fields(advice_ids).items():
            found = best_match(fields, text)
            if found is not None:
                result[advice_id] = found
        return result

    def register_ids(self, selection: RegisterFilter, order: RegisterOrder) -> list[int]:
        return self.queries.register_ids(selection, order)

    def register_rows(self, ids: list[int]) -> dict[int, RegisterRow]:
        return self.queries.register_rows(ids)

    def count(self, selection: RegisterFilter | None = None) -> int:
        return self.queries.register_count(selection or RegisterFilter())

    def years(self) -> list[int]:
        return self.queries.years()

    def themes(self) -> list[str]:
        """The configured themes, plus any still used by older advices."""
        configured = list(self.settings.themes)
        return configured + [t for t in self.queries.themes_in_use() if t not in configured]

    def commitments(
        self,
        status: CommitmentStatus | None = CommitmentStatus.OPEN,
        *,
        include_confidential: bool = True,
    ) -> list[CommitmentRow]:
        return self.queries.commitments(status, include_confidential=include_confidential)

    def deadlines(
        self,
        today: date | None = None,
        within: int | None = None,
        *,
        include_confidential: bool = True,
    ) -> list[dl.DeadlineItem]:
        """Open deadlines, earliest first: advice terms, reply terms and commitments; open
        commitments without a date come last (state ``no_date``): they never vanish.

        ``within``: only what is due within that many days (overdue and undated items always
        count).
        """
        today = today or date.today()
        settings = self.settings
        items: list[dl.DeadlineItem] = []
        advice_ids = self.queries.open_advice_ids()
        advices = self.repo.get_advices(advice_ids)
        extensions = self.repo.extensions_for_many(advice_ids) if advice_ids else {}
        for advice in advices:
            assert advice.id is not None
            if advice.confidential and not include_confidential:
                continue
            # Only advices without a reply are open with a deadline running (next_due).
            derived = derive(advice, None, extensions.get(advice.id, []), settings)
            if derived.status == AdviceStatus.ADVIES_VERZONDEN:
                term, kind = derived.reply_term, dl.DeadlineType.REPLY_DUE
            else:
                term, kind = derived.advice_term, dl.DeadlineType.ADVICE_DUE
            if term is None:
                continue
            items.append(
                dl.DeadlineItem(
                    advice_id=advice.id,
                    number=advice.number,
                    title=advice.title,
                    type=kind,
                    due_date=term.due,
                    days_left=dl.days_left(term.due, today),
                    state=dl.deadline_state(term.due, today, settings.due_soon_days),
                    original_date=term.original if term.extended else None,
                    confidential=advice.confidential,
                    shifted_from=term.shifted_from,
                    shift_reasons=term.shift_reasons,
                    provisional=term.shifted_from is not None
                    and term.shift is not None
                    and term.shift.provisional,
                )
            )
        for row in self.queries.commitments(
            CommitmentStatus.OPEN, include_confidential=include_confidential
        ):
            due = row.commitment.due_date
            items.append(
                dl.DeadlineItem(
                    advice_id=row.advice_id,
                    number=row.number,
                    title=row.title,
                    type=dl.DeadlineType.COMMITMENT_DUE,
                    due_date=due,
                    days_left=dl.days_left(due, today) if due is not None else None,
                    state=(
                        dl.deadline_state(due, today, settings.due_soon_days)
                        if due is not None
                        else dl.DeadlineState.NO_DATE
                    ),
                    commitment_id=row.commitment.id,
                    detail=row.commitment.text,
                    confidential=row.confidential,
                )
            )
        if within is not None:
            items = [i for i in items if i.days_left is None or i.days_left <= within]
        items = _with_reminders(
            items, self._reminders.for_advices(i.advice_id for i in items), settings
        )
        return sorted(items, key=dl.sort_key)

    def overdue_count(self, today: date | None = None) -> int:
        return sum(1 for i in self.deadlines(today) if i.state == dl.DeadlineState.OVERDUE)

    # ------------------------------------------------------------------ letters out

    def reminders(self, advice_id: int) -> list[Reminder]:
        """The reminders (and raadsbericht) sent about an advice, oldest first."""
        return self._reminders.for_advice(advice_id)

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
