"""Saving a drawn PDF: the target checked first, the file written atomically, and every
failure of the operating system told in Dutch (:class:`PdfWriteError`), never half a file."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import file_mode
from adviesraad_app.services.pdf.content import PdfWriteError
from adviesraad_app.storage.win_files import hide, remove_file, replace_file


def _write_error(path: Path, exc: OSError) -> PdfWriteError:
    folder = path.parent
    if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not folder.is_dir():
        return PdfWriteError(
            translate(
                "Export",
                "De map {folder} bestaat niet. Kies een andere plek om de PDF op te slaan.",
            ).format(folder=folder)
        )
    if exc.errno == errno.ENOSPC:
        return PdfWriteError(
            translate(
                "Export",
                "De schijf is vol: {path} kon niet worden opgeslagen. Er is niets achtergebleven.",
            ).format(path=path)
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY, errno.ETXTBSY):
        if path.exists():
            return PdfWriteError(
                translate(
                    "Export",
                    "{name} kan niet worden overschreven: het bestand is geopend in een ander "
                    "programma (bijvoorbeeld een PDF-lezer) of is alleen-lezen. Sluit het en "
                    "probeer het opnieuw, of kies een andere naam.",
                ).format(name=path.name)
            )
        return PdfWriteError(
            translate(
                "Export",
                "Geen schrijfrechten in de map {folder}. Kies een andere plek om de PDF op te "
                "slaan.",
            ).format(folder=folder)
        )
    return PdfWriteError(  # the error code, never the system's (English) text
        translate("Export", "{path} kon niet worden opgeslagen (systeemfout {code}).").format(
            path=path, code=errno.errorcode.get(exc.errno or 0, "?")
        )
    )


def check_target(path: Path) -> None:
    """Refuse, before anything is drawn, a target that cannot be a PDF file."""
    if path.is_dir():
        raise PdfWriteError(
            translate(
                "Export", "{path} is een map; geef een bestandsnaam op, zoals {name}."
            ).format(path=path, name="overzicht.pdf")
        )
    if not path.name.strip(" ."):
        raise PdfWriteError(translate("Export", "Geef een bestandsnaam op voor de PDF."))
    if not path.parent.is_dir():
        raise PdfWriteError(
            translate(
                "Export",
                "De map {folder} bestaat niet. Kies een andere plek om de PDF op te slaan.",
            ).format(folder=path.parent)
        )


def save_pdf(data: bytes, path: Path) -> None:
    """Save the bytes of a finished PDF at ``path`` (replacing a file that is there).

    They are written to a temporary file in the same folder and moved into place when
    complete; on any error that file is removed, an existing PDF stays as it was and a
    :class:`PdfWriteError` says why in Dutch.
    """
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.stem[:40]}-", suffix=".pdf.part", dir=path.parent
        )
        temporary = Path(name)
        hide(temporary)  # the dot hides it on Linux only
        mode = file_mode(path)
        with contextlib.suppress(OSError):
            # mkstemp makes it private (0600); kept writable while it is ours, because
            # Windows cannot remove a read-only leftover
            os.chmod(temporary, mode | stat.S_IWUSR)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        replace_file(temporary, path)
        temporary = None
        if not mode & stat.S_IWUSR:
            with contextlib.suppress(OSError):
                os.chmod(path, mode)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                remove_file(temporary)
