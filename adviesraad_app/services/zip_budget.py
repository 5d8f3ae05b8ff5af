"""Unpacking a ZIP container (.docx, .xlsx) within a byte budget, whatever its headers say.

A ZIP archive states each member's unpacked size in its headers, and a hostile one lies: a
2 MB file that claims a few kilobytes but unpacks to gigabytes. Python's ``zipfile`` trusts
the stated size only at the end (and ``read()`` of a whole member may decompress up to 2 GB in
one call), and Word and Excel libraries read whole members. So before a library gets the file,
every member is decompressed here in small steps and counted: more than the budget in all,
or a member that unpacks to another size than its header states, and the file is refused.
Memory stays at one step (64 KB) whatever the file holds; a member that passes unpacks to
exactly its stated size, so the library's own reading is bounded too.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

STEP = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # signature ... file name length, extra length


class ZipBudgetExceeded(ValueError):
    """The archive unpacks to more than the budget (``unpacked`` bytes counted so far)."""

    def __init__(self, unpacked: int) -> None:
        super().__init__(unpacked)
        self.unpacked = unpacked


class ZipSizeLie(ValueError):
    """A member unpacks to another size than its header states."""


def _data_offset(handle: BinaryIO, info: zipfile.ZipInfo) -> int:
    """Where a member's compressed data starts (after its local header)."""
    handle.seek(info.header_offset)
    header = handle.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(info.filename)
    name_length, extra_length = (int(n) for n in _LOCAL_HEADER.unpack(header)[-2:])
    return info.header_offset + _LOCAL_HEADER.size + name_length + extra_length


def _member_size(handle: BinaryIO, info: zipfile.ZipInfo, left: int, budget: int) -> int:
    """The real unpacked size of one member, stopping as soon as it exceeds ``left``."""
    if info.flag_bits & 0x1:
        raise ZipSizeLie(info.filename)  # encrypted: no Office file has such a member
    if info.compress_type == zipfile.ZIP_STORED:
        return info.compress_size  # stored: what is there is what it holds
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise ZipSizeLie(info.filename)  # Office files use deflate; others are not unpacked
    handle.seek(_data_offset(handle, info))
    remaining = info.compress_size
    inflate = zlib.decompressobj(-zlib.MAX_WBITS)
    total = 0
    pending = b""
    while not inflate.eof:
        if not pending:
            if remaining <= 0:
                break
            pending = handle.read(min(STEP, remaining))
            if not pending:
                break
            remaining -= len(pending)
        total += len(inflate.decompress(pending, STEP))
        pending = inflate.unconsumed_tail
        if total > left:
            raise ZipBudgetExceeded(budget - left + total)
    return total


def check_unpacked_size(path: Path, budget: int) -> int:
    """The real unpacked size of the archive at ``path``: every member decompressed in steps
    and counted. Raises :class:`ZipBudgetExceeded` past ``budget``, :class:`ZipSizeLie` when
    a header lies, and ``zipfile.BadZipFile``/``OSError`` for a damaged or unreadable file."""
    total = 0
    with zipfile.ZipFile(path) as archive, Path(path).open("rb") as handle:
        for info in archive.infolist():
            if info.is_dir():
                continue
            size = _member_size(handle, info, budget - total, budget)
            if size != info.file_size:
                raise ZipSizeLie(info.filename)
            total += size
            if total > budget:
                raise ZipBudgetExceeded(total)
    return total
