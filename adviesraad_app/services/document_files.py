"""The files of a dossier's documents: stored copies beside the register, and viewing copies.

A stored copy is named by its SHA-256 (``ab/abcdef….pdf`` in ``<db stem>-documenten/``), so
dossiers with the same file share it and the check can tell when it was overwritten. The
register's rows for documents are :class:`~adviesraad_app.services.register.RegisterService`'s
business; this module only handles the files.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
from pathlib import Path

from adviesraad_app.domain.documents import Document
from adviesraad_app.domain.errors import UserError
from adviesraad_app.i18n import translate
from adviesraad_app.storage.errors import classify_os_error
from adviesraad_app.storage.win_files import remove_file, replace_file

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024

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


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file (a document's fingerprint), read in blocks of 1 MB."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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


def store_copy(source: Path, documents_dir: Path) -> tuple[str, str, int]:
    """Copy ``source`` into the documents folder (once per content); returns its stored name,
    SHA-256 and size. Refuses what is not a file or is too large, in Dutch."""
    try:
        if not source.is_file():
            raise UserError(translate("Register", "{path} is geen bestand.").format(path=source))
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
        target = documents_dir / stored_name
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
    return stored_name, sha, size


def viewing_copy(source: Path, document: Document) -> Path:
    """A read-only copy of the stored copy ``source``, under the document's own name, to
    open in a viewer.

    The stored copy is the archive (checked against its SHA-256, shared by dossiers with
    the same file): a viewer that saves changes must not alter it.

    A copy made before is used again when it is still intact: on Windows it cannot be
    removed or rewritten while Word or Acrobat has it open. One that differs and cannot
    be removed (open in a viewer) is left, and the new copy gets a free name beside it.
    """
    import stat
    import tempfile

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
