"""Messages dragged straight from Outlook on Windows: virtual files, not paths.

Outlook offers a dragged message as ``FileGroupDescriptorW`` (the file names, as
``FILEDESCRIPTORW`` records) and ``FileContents`` (the bytes of the first file); Qt on
Windows shows them as ``application/x-qt-windows-mime;value="..."`` formats. The first file
is written to a temporary folder (removed when the app ends) and handled like a dropped
path. Built from Microsoft's documentation of the structures and tested with mime data
built in the tests; not tried with a real Outlook here.
"""

from __future__ import annotations

import atexit
import shutil
import struct
import tempfile
from pathlib import Path

from PySide6.QtCore import QMimeData

from adviesraad_app.domain.errors import UserError
from adviesraad_app.i18n import translate

DESCRIPTOR_FORMAT = 'application/x-qt-windows-mime;value="FileGroupDescriptorW"'
CONTENTS_FORMAT = 'application/x-qt-windows-mime;value="FileContents"'
RECORD_SIZE = 592  # FILEDESCRIPTORW: flags, clsid, sizel, pointl, attributes, 3 times, size
NAME_OFFSET = 72  # cFileName: WCHAR[260]
NAME_CHARS = 260
MAX_DROPPED_BYTES = 25 * 1024 * 1024


def has_virtual_files(mime: QMimeData) -> bool:
    return mime.hasFormat(DESCRIPTOR_FORMAT)


def descriptor_names(data: bytes) -> list[str]:
    """The file names in a ``FILEGROUPDESCRIPTORW`` (a count, then 592-byte records)."""
    if len(data) < 4:
        return []
    (count,) = struct.unpack_from("<I", data, 0)
    names: list[str] = []
    for i in range(min(count, (len(data) - 4) // RECORD_SIZE)):
        start = 4 + i * RECORD_SIZE + NAME_OFFSET
        raw = data[start : start + NAME_CHARS * 2].decode("utf-16-le", errors="replace")
        name = raw.split("\x00", 1)[0].strip()
        if name:
            names.append(name)
    return names


def _cannot(reason: str) -> UserError:
    return UserError(
        translate(
            "MailDrop",
            "Het bericht uit Outlook kon niet worden overgenomen: {reason} Sla het bericht in "
            "Outlook op met Bestand → Opslaan als en sleep of kies dat bestand.",
        ).format(reason=reason)
    )


def save_virtual_files(mime: QMimeData) -> list[Path]:
    """The first virtual file of an Outlook drop, written to a temporary folder. Raises
    :class:`UserError` (Dutch) when the drop holds no usable file."""
    from adviesraad_app.services.letters.mail.choose import safe_name

    names = descriptor_names(bytes(mime.data(DESCRIPTOR_FORMAT).data()))
    contents = bytes(mime.data(CONTENTS_FORMAT).data()) if mime.hasFormat(CONTENTS_FORMAT) else b""
    if not names or not contents:
        raise _cannot(translate("MailDrop", "Outlook gaf de inhoud van het bericht niet mee."))
    if len(contents) > MAX_DROPPED_BYTES:
        raise _cannot(
            translate("MailDrop", "het bericht is te groot (meer dan {mb} MB).").format(
                mb=MAX_DROPPED_BYTES // (1024 * 1024)
            )
        )
    folder = Path(tempfile.mkdtemp(prefix="adviesraad-outlook-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / safe_name(names[0], "bericht.msg")
    try:
        path.write_bytes(contents)
    except OSError as exc:
        from adviesraad_app.services.io_files import file_error

        raise file_error(exc, path, writing=True) from exc
    return [path]
