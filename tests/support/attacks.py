"""Hostile and careless files, made on the spot: shared by the tests here and by
``benchmarks/bench_attacks.py`` (which measures time and peak memory of each)."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

FORMULA_TITLE = '=HYPERLINK("http://x","klik")'
ESCAPE_TITLE = "Wissen\x1b[2J\x1b[31mrood\x07 en \u202egnipmuw"


def hostile_xlsx(path: Path, cell: str = "XFD99000") -> Path:
    """A tiny workbook whose one far-away cell claims a sheet of billions of cells."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "Onderwerp"
    sheet["A2"] = "Een advies"
    sheet[cell] = "x"
    workbook.save(str(path))
    return path


def _zeros_deflated(size: int) -> tuple[bytes, int]:
    """``size`` zero bytes, deflated (raw), and the CRC of the first 1000 of them."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    chunk = bytes(1 << 20)
    parts = []
    left = size
    while left > 0:
        parts.append(squeeze.compress(chunk[: min(left, len(chunk))]))
        left -= len(chunk)
    parts.append(squeeze.flush())
    return b"".join(parts), zlib.crc32(bytes(1000))


def lying_zip(source: Path, path: Path, member: str, real_size: int) -> Path:
    """``source`` (a .docx or .xlsx) with ``member`` replaced by ``real_size`` zero bytes
    whose headers claim 1000 bytes (with the CRC of those 1000): what a zip bomb that lies
    about its size looks like."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            if name != member:
                archive.writestr(name, data)
        archive.writestr(member, b"placeholder")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    deflated, crc = _zeros_deflated(real_size)
    local = info.header_offset
    name_length, extra_length = struct.unpack("<HH", data[local + 26 : local + 30])
    start = local + 30 + name_length + extra_length
    shift = len(deflated) - info.compress_size
    data[start : start + info.compress_size] = deflated
    struct.pack_into("<III", data, local + 14, crc, len(deflated), 1000)
    end_record = data.rfind(b"PK\x05\x06")
    count, _size, cd_offset = struct.unpack("<HII", data[end_record + 10 : end_record + 20])
    cd_offset += shift  # the member is written last: the directory moved with it
    struct.pack_into("<I", data, end_record + 16, cd_offset)
    entry = cd_offset
    for _ in range(count):
        lengths = struct.unpack("<HHH", data[entry + 28 : entry + 34])
        if data[entry + 46 : entry + 46 + lengths[0]].decode() == member:
            struct.pack_into("<III", data, entry + 16, crc, len(deflated), 1000)
        entry += 46 + sum(lengths)
    path.write_bytes(bytes(data))
    return path


def lying_docx(path: Path, real_size: int) -> Path:
    import docx

    plain = path.with_name("plain-" + path.name)
    document = docx.Document()
    document.add_paragraph("Gemeente Almelo")
    document.save(str(plain))
    return lying_zip(plain, path, "word/document.xml", real_size)


def lying_xlsx(path: Path, real_size: int) -> Path:
    plain = hostile_xlsx(path.with_name("plain-" + path.name), "B3")
    return lying_zip(plain, path, "xl/worksheets/sheet1.xml", real_size)


def big_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("Nr.;Onderwerp;Soort\r\n")
        line = "2024-01;Een onderwerp dat wat ruimte inneemt;gevraagd\r\n"
        for _ in range(rows // 1000):
            stream.write(line * 1000)
    return path


def wide_field_csv(path: Path, size: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("Nr.;Onderwerp;Soort\r\n2024-01;")
        chunk = "x" * (1 << 20)
        for _ in range(size // len(chunk)):
            stream.write(chunk)
        stream.write(";gevraagd\r\n")
    return path
