"""Checks shared by the importers and exporters: what a file really is, text encodings,
ZIP containers (.docx/.xlsx) and writing a file so that a failure leaves nothing half-written.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import secrets
import stat
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from adviesraad_app.domain.errors import UserError
from adviesraad_app.i18n import translate
from adviesraad_app.services.zip_budget import ZipBudgetExceeded, ZipSizeLie, check_unpacked_size
from adviesraad_app.storage.errors import (
    CannotOpenError,
    DiskIOError,
    ReadOnlyError,
    StorageError,
    classify_os_error,
    name_too_long,
)
from adviesraad_app.storage.win_files import hide, remove_file, replace_file


def describe_content(head: bytes) -> str:
    """A Dutch description of what a file's first bytes say it is."""
    if b"%PDF-" in head[:1024]:
        return translate("Files", "het is een PDF-bestand")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return translate(
            "Files",
            "het is een bestand in het oude Office-formaat (.doc/.xls); sla het op als "
            ".docx of .xlsx",
        )
    if head.startswith(b"PK\x03\x04"):
        return translate("Files", "het is een ander soort ZIP-bestand")
    if head.startswith(b"{\\rtf"):
        return translate("Files", "het is een RTF-bestand; sla het in Word op als .docx")
    if head[:5].lower().startswith((b"<html", b"<!doc")):
        return translate("Files", "het is een webpagina (HTML)")
    if b"\x00" not in head[:1024]:
        return translate("Files", "het is platte tekst")
    return translate("Files", "de inhoud is niet herkend")


def decode_text(data: bytes) -> tuple[str, str]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252
    (as older Windows tools write it)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))


def zip_problem(path: Path, head: bytes, member: str, max_unpacked: int) -> str | None:
    """Why ``path`` is not a sound Office file containing ``member``; ``None`` when it is."""
    if not head.startswith(b"PK\x03\x04"):
        return describe_content(head)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return translate("Files", "het bestand is beschadigd")
    if member not in names:
        return describe_content(head)
    if unpacked <= max_unpacked:  # the headers may lie: count what really comes out
        try:
            unpacked = check_unpacked_size(path, max_unpacked)
        except ZipBudgetExceeded as exc:
            unpacked = exc.unpacked
        except (ZipSizeLie, zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError):
            return translate("Files", "het bestand is beschadigd")
    if unpacked > max_unpacked:
        return translate("Files", "het bestand is uitgepakt te groot (meer dan {mb} MB)").format(
            mb=max_unpacked // (1024 * 1024)
        )
    return None


@contextlib.contextmanager
def quiet_library(logger_name: str) -> Iterator[None]:
    """Keep a file library's own (English) warnings off stderr while it reads an untrusted
    file: pypdf logs "EOF marker not found" for a damaged PDF, openpyxl warns about Excel
    features it skips. What matters reaches the user as our own Dutch message."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def file_error(exc: OSError, path: Path, *, writing: bool = False) -> StorageError:
    """A Dutch message for an operating-system error while reading or writing ``path``
    (an import or export file): :func:`classify_os_error` for a full disk and missing
    permissions, plus the errors a chosen path can run into. Never the system's own English
    text (``strerror``)."""
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM) and not writing:
        return ReadOnlyError(
            translate(
                "Files",
                "Geen toestemming om {path} te lezen. Controleer de rechten, of sluit het "
                "programma dat het bestand vergrendelt.",
            ).format(path=path),
            path,
        )
    if code in (errno.ENOSPC, errno.EACCES, errno.EPERM, errno.EROFS):
        return classify_os_error(exc, path)
    if code == errno.ENOENT:
        if writing:
            return CannotOpenError(_missing_folder(path.parent), path)
        return classify_os_error(exc, path)
    if code == errno.ENOTDIR:
        return CannotOpenError(
            translate("Files", "{path}: een deel van dit pad is geen map.").format(path=path),
            path,
        )
    if code == errno.EISDIR:
        return CannotOpenError(
            translate("Files", "{path} is een map, geen bestand.").format(path=path), path
        )
    if code == errno.ENAMETOOLONG:
        return name_too_long(path)
    if code in (errno.EBUSY, errno.ETXTBSY):
        return ReadOnlyError(
            translate(
                "Files",
                "{path} is in gebruik door een ander programma. Sluit het en probeer het opnieuw.",
            ).format(path=path),
            path,
        )
    if code == errno.EINVAL:
        return CannotOpenError(
            translate(
                "Files",
                '{path} is geen geldige bestandsnaam (tekens als : * ? " < > | mogen er niet in).',
            ).format(path=path),
            path,
        )
    return DiskIOError(
        translate(
            "Files",
            "Lezen of schrijven van {path} is mislukt (systeemfout {code}). Controleer de schijf "
            "of de netwerkverbinding en probeer het opnieuw.",
        ).format(path=path, code=errno.errorcode.get(code, code) if code else "?"),
        path,
    )


def environment_error(exc: OSError) -> StorageError:
    """An operating-system error that no code expected where it happened (a name that is too
    long, a folder where a file should be): the environment, not a bug. A Dutch message that
    names the file; the CLI and the app show it instead of a crash report."""
    return file_error(exc, Path(os.fsdecode(exc.filename)) if exc.filename else Path("?"))


def not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as a file (Dutch, to follow the file name), or ``None``
    when it is an ordinary file. A folder, a pipe (FIFO), a device or a socket is named as
    what it is, never "does not exist"; a pipe or a device is never opened (reading one
    could wait or run forever)."""
    try:
        info = path.stat()
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return translate("Files", "het bestand bestaat niet.")
        raise file_error(exc, path) from exc
    if stat.S_ISDIR(info.st_mode):
        return translate("Files", "dit is een map, geen bestand.")
    if not stat.S_ISREG(info.st_mode):
        return translate(
            "Files",
            "dit is geen gewoon bestand maar een apparaat, een pijp (FIFO) of een socket; kies "
            "een bestand.",
        )
    return None


def read_head(path: Path, size: int = 2048) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise file_error(exc, path) from exc


class NothingToExportError(UserError):
    """The selection, the year or the ids hold nothing to export: no file is made."""


def nothing_to_export(*parts: str) -> NothingToExportError:
    """The refusal, from its sentences (empty ones left out)."""
    return NothingToExportError(" ".join(part for part in parts if part))


class ExportTargetError(UserError):
    """The place an export should be written to cannot be used (no such folder, a folder
    instead of a file name, the wrong extension)."""


def _missing_folder(folder: Path) -> str:
    return translate(
        "Export", "De map {folder} bestaat niet. Kies een andere plek om het bestand op te slaan."
    ).format(folder=folder)


def check_folder(path: Path) -> None:
    """Refuse to write ``path`` when its folder does not exist: an export never creates
    folders (a typing error in the path should not leave new folders behind)."""
    folder = path.parent
    if not folder.is_dir():
        raise ExportTargetError(_missing_folder(folder))


# What counts as a file extension: ".xlsx", ".csv", ".pdf"; not ".2024" in "register.2024"
# or ".2 definitief" in "versie 1.2 definitief" (those names get the extension added).
EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,5}")  # also export pdf's --output


def export_target(path: Path | str, suffix: str) -> Path:
    """The file an export of type ``suffix`` (``".xlsx"``) writes when ``path`` is asked for.

    A name without an extension gets ``suffix``; another extension is refused (an Excel file
    called ``.csv`` would not open), as are a folder and a folder that does not exist.
    """
    path = Path(path).expanduser()
    example = ("termijnen" if suffix == ".ics" else "register") + suffix
    if path.is_dir() or not path.name.strip(" ."):
        raise ExportTargetError(
            translate(
                "Export", "{path} is een map; geef een bestandsnaam op, zoals {name}."
            ).format(path=path, name=example)
        )
    found = path.suffix
    if found.lower() != suffix.lower():
        if EXTENSION.fullmatch(found):
            raise ExportTargetError(
                translate(
                    "Export",
                    "‘{name}’ eindigt op {found}, maar dit wordt een {expected}-bestand. "
                    "Gebruik een naam die eindigt op {expected}, zoals {example}.",
                ).format(name=path.name, found=found, expected=suffix, example=path.stem + suffix)
            )
        path = path.with_name(path.name + suffix)
    check_folder(path)
    return path


def _existing_mode(path: Path) -> int | None:
    """The permissions of the file that ``path`` replaces; ``None`` for a new file."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return None


def file_mode(path: Path) -> int:
    """The permissions an export written to ``path`` gets: those of the file it replaces,
    else the usual ones (0666 less the umask), never the private 0600 of a temporary file."""
    mode = _existing_mode(path)
    if mode is not None:
        return mode
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _create_temporary(path: Path) -> Path:
    """An empty file next to ``path`` with a name of its own, created with mode 0666 so
    that the umask decides (``tempfile.mkstemp`` would make it private: 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        candidate = path.with_name(f".{path.stem[:40]}.{secrets.token_hex(4)}{path.suffix}")
        try:
            handle = os.open(candidate, flags, 0o666)
        except FileExistsError:
            continue
        os.close(handle)
        hide(candidate)  # the dot hides it on Linux only
        return candidate
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path))


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` produce the file at a temporary path (for libraries that take a path),
    then move it into place.

    The folder must exist. A file that is replaced keeps its permissions; a new one gets the
    usual ones (the umask applies).
    """
    path = Path(path)
    check_folder(path)
    try:
        mode = _existing_mode(path)
        temporary = _create_temporary(path)
    except OSError as exc:
        raise file_error(exc, path, writing=True) from exc
    try:
        if mode is not None:
            # Writable while it is ours: a read-only temporary could not be removed again on
            # Windows. A read-only mode is put on the file once it is in place.
            with contextlib.suppress(OSError):
                os.chmod(temporary, mode | stat.S_IWUSR)
        write(temporary)
        replace_file(temporary, path)
        if mode is not None and not mode & stat.S_IWUSR:
            with contextlib.suppress(OSError):
                os.chmod(path, mode)
    except OSError as exc:
        with contextlib.suppress(OSError):
            remove_file(temporary)
        raise file_error(exc, path, writing=True) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            remove_file(temporary)
        raise
