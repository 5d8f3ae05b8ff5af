"""Hostile mails against ``import-letter FILE --apply --json``, each run as a user would (the
``adviesraad`` command in a process of its own): wall time, peak memory (max RSS of that
process), exit code, the first line of the message. Prints JSON.

* ``baseline``: ``import-letter`` of a plain ``.txt`` letter, measured in the same run.
* ``deep_multipart``: 500 nested multiparts; ``deep_rfc822``: 20,000 nested forwarded mails
  (``message/rfc822`` needs no boundary line).
* ``many_parts``: 24 MB of tiny parts; ``parts_under_scan``: 990 parts (under the boundary
  pre-scan, over the part limit).
* ``base64_24mb``: a 24 MB base64 attachment (decodes to 18 MB) named ``.pdf``.
* ``huge_header``: a 20 MB Subject of encoded words.
* ``broken_charset``: 20 MB body in an unknown charset with invalid bytes.
* ``garbage_msg``: 20 MB of OLE-looking garbage named ``.msg``.

    python benchmarks/bench_mail.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HEAD = (
    b"From: x@y.nl\r\nSubject: s\r\nDate: Wed, 06 Nov 2024 09:15:00 +0100\r\nMIME-Version: 1.0\r\n"
)


def run_one(db: Path, path: Path) -> dict[str, Any]:
    code = (
        "import resource, subprocess, sys, time, json\n"
        "start = time.perf_counter()\n"
        "p = subprocess.run([sys.executable, '-m', 'adviesraad_app', '--db', sys.argv[1],\n"
        "    'import-letter', sys.argv[2], '--apply', '--json'], capture_output=True, text=True)\n"
        "wall = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'exit': p.returncode, 'seconds': round(wall, 2),\n"
        "    'peak_mb': round(peak, 1),\n"
        "    'message': (p.stderr.strip().splitlines() or [''])[-1][:160]}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code, str(db), str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return dict(json.loads(out.stdout))


def build(folder: Path) -> dict[str, Path]:
    files: dict[str, bytes] = {}
    files["baseline.txt"] = b"Gemeente Almelo\n\nGeachte leden,\n\nDank voor uw advies.\n" * 3
    deep = [HEAD]
    deep += [
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
        for i in range(500)
    ]
    deep.append(b"Content-Type: text/plain\r\n\r\nx\r\n")
    files["deep_multipart.eml"] = b"".join(deep)
    files["deep_rfc822.eml"] = HEAD + b"Content-Type: message/rfc822\r\n\r\n" * 20000 + b"x\r\n"
    part = b"--b\r\n\r\nx\r\n"
    files["many_parts.eml"] = (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        + part * (24 * 1024 * 1024 // len(part))
    )
    files["parts_under_scan.eml"] = (
        HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + part * 990 + b"--b--\r\n"
    )
    import base64

    blob = base64.encodebytes(os.urandom(18 * 1024 * 1024))
    files["base64_24mb.eml"] = (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b'Content-Type: application/pdf; name="brief.pdf"\r\n'
        + b"Content-Transfer-Encoding: base64\r\n"
        + b'Content-Disposition: attachment; filename="brief.pdf"\r\n\r\n'
        + blob
        + b"\r\n--b--\r\n"
    )
    words = b" ".join(b"=?utf-8?q?w=C3=A9rk?=" for _ in range(20 * 1024 * 1024 // 21))
    files["huge_header.eml"] = (
        b"From: x@y.nl\r\nDate: Wed, 06 Nov 2024 09:15:00 +0100\r\nSubject: "
        + words
        + b"\r\n\r\nx\r\n"
    )
    files["broken_charset.eml"] = (
        HEAD
        + b"Content-Type: text/plain; charset=x-kapot\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + (b"Geachte \xff\xfe\x81 leden,\r\n" * (20 * 1024 * 1024 // 24))
    )
    files["garbage_msg.msg"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(20 * 1024 * 1024)
    paths = {}
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths[name.rsplit(".", 1)[0]] = path
    return paths


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "r.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "adviesraad_app", "--db", str(db), "init"],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        results = {name: run_one(db, path) for name, path in build(folder).items()}
    results["_note"] = {"peak_mb": "max RSS of the import-letter process (ru_maxrss)"}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
