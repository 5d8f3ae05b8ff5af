"""The attacks of issue 12, each run as a user would (the ``adviesraad`` command in a process
of its own), with its wall time, peak memory (maximum resident set size of that process) and
outcome. Prints JSON.

* ``baseline``: ``adviesraad list`` on the same small register: what any command costs
  (Python, imports, opening the register), measured in the same run.
* ``hostile_xlsx``: 5 KB workbook with one cell at ``XFD99000``, ``import-register --dry-run``.
* ``lying_docx`` / ``lying_xlsx``: 2 GB of content whose zip headers say 1000 bytes
  (``import-letter`` / ``import-register --dry-run``).
* ``csv_million_rows`` / ``csv_50mb_field``: ``import-register --dry-run``.
* ``formula_titles``: export to .xlsx and .csv of advices titled ``=HYPERLINK(...)`` etc.
* ``search_syntax``: ``list --search`` with FTS5 syntax (``werk_plein``, ``NEAR(``, quotes).
* ``escape_title``: ``list`` with a title holding ``ESC[2J``.
* ``busy_register``: two processes add advices (checkpointing all the time) while this one
  opens, lists and backs up the register for ``--busy-seconds``; ``false_alarms`` counts
  "damaged" verdicts on the healthy file.

With ``--before PATH`` (a checkout of the code before the fixes) each file attack is run
against that code too, under a memory cap (``--cap-mb``, default 3000) and a time limit
(``--timeout``, default 120 s), so the figures can be compared; a run that hits the cap or
the limit is reported as such.

    python benchmarks/bench_attacks.py [--before /path/to/old/checkout] [--busy-seconds 10]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.attacks import (  # noqa: E402
    ESCAPE_TITLE,
    FORMULA_TITLE,
    big_csv,
    hostile_xlsx,
    lying_docx,
    lying_xlsx,
    wide_field_csv,
)

GB = 1024**3
MB = 1024**2


def run_cli(
    code_root: Path, args: list[str], *, cap_mb: int | None = None, timeout: float = 120
) -> dict[str, Any]:
    """Run ``adviesraad ARGS`` with the package from ``code_root``; time, peak RSS, outcome."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(code_root)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")

    def limit() -> None:
        if cap_mb:
            resource.setrlimit(resource.RLIMIT_AS, (cap_mb * MB, cap_mb * MB))

    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "adviesraad_app", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=limit,  # noqa: PLW1509 (the measuring process runs no threads)
        cwd=str(code_root),  # ``-m`` puts the working folder first on the path
    )
    timed_out = False
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        timed_out = True
    seconds = time.perf_counter() - start
    # Run from a fresh interpreter (:func:`measured`): the command is its only child, so the
    # children's ``ru_maxrss`` is that command's peak.
    peak_mb = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    message = (err or out).decode("utf-8", "replace").strip().splitlines()
    return {
        "seconds": round(seconds, 2),
        "peak_mb": peak_mb,
        "exit_code": process.returncode,
        "timed_out": timed_out,
        "message": (message[0][:160] if message else ""),
    }


def measured(code_root: Path, args: list[str], **kwargs: Any) -> dict[str, Any]:
    """Run in a fresh interpreter so that ``ru_maxrss`` of the children is this one only."""
    helper = (
        "import json, resource, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from benchmarks.bench_attacks import run_cli\n"
        "result = run_cli(__import__('pathlib').Path(sys.argv[2]), json.loads(sys.argv[3]),"
        " cap_mb=json.loads(sys.argv[4]), timeout=float(sys.argv[5]))\n"
        "print(json.dumps(result))\n"
    )
    output = subprocess.run(
        [
            sys.executable,
            "-c",
            helper,
            str(ROOT),
            str(code_root),
            json.dumps(args),
            json.dumps(kwargs.get("cap_mb")),
            str(kwargs.get("timeout", 120)),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(output.stdout)
    return result


def busy_register(db: Path, seconds: float) -> dict[str, Any]:
    from adviesraad_app.domain.filters import RegisterFilter
    from adviesraad_app.services.register import RegisterService
    from adviesraad_app.services.safety.backups import make_backup
    from adviesraad_app.storage.errors import DatabaseLockedError, StorageError
    from tests.services.safety.test_busy_register import WRITER

    RegisterService.open(db).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT), ADVIESRAAD_BUSY_TIMEOUT_MS="10000")
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(seconds), str(n)],
            env=env,
            stderr=subprocess.PIPE,
        )
        for n in range(2)
    ]
    rounds = alarms = busy = 0
    end = time.monotonic() + seconds - 1
    while time.monotonic() < end:
        rounds += 1
        try:
            service = RegisterService.open(db)
            try:
                service.register(RegisterFilter())
                if rounds % 5 == 0:
                    make_backup(db)
            finally:
                service.close()
        except DatabaseLockedError:
            busy += 1
        except StorageError:
            alarms += 1
    for writer in writers:
        writer.communicate()
    return {"rounds": rounds, "false_alarms": alarms, "busy_messages": busy}


def make_register(code_root: Path, db: Path) -> None:
    """A small register with hostile titles, made by the version under test."""
    env = dict(os.environ, PYTHONPATH=str(code_root))
    commands = [["init"]] + [
        ["add-advice", "--kind", "ongevraagd", f"--title={title}"]
        for title in (FORMULA_TITLE, "-x", "@SUM(A1)", ESCAPE_TITLE, "Werk_plein")
    ]
    for args in commands:
        subprocess.run(
            [sys.executable, "-m", "adviesraad_app", "--db", str(db), *args],
            env=env,
            cwd=str(code_root),
            capture_output=True,
            check=True,
        )


def attack_commands(db: Path, files: dict[str, Path], out: Path) -> dict[str, list[str]]:
    base = ["--db", str(db)]

    def dry_run(name: str) -> list[str]:
        return [*base, "import-register", str(files[name]), "--dry-run"]

    return {
        "baseline": [*base, "list"],
        "hostile_xlsx": dry_run("hostile_xlsx"),
        "lying_docx": [*base, "import-letter", str(files["lying_docx"])],
        "lying_xlsx": dry_run("lying_xlsx"),
        "csv_million_rows": dry_run("csv_million_rows"),
        "csv_50mb_field": dry_run("csv_50mb_field"),
        "formula_titles_xlsx": [*base, "export", "xlsx", "--output", str(out / "f.xlsx")],
        "formula_titles_csv": [*base, "export", "csv", "--output", str(out / "f.csv")],
        "search_underscore": [*base, "list", "--search=werk_plein"],
        "search_syntax": [*base, "list", '--search=NEAR(werk "x -y'],
        "escape_title": [*base, "list"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="checkout of the code before the fixes")
    parser.add_argument("--cap-mb", type=int, default=3000)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--busy-seconds", type=float, default=10)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        files = {
            "hostile_xlsx": hostile_xlsx(tmp / "ver.xlsx"),
            "lying_docx": lying_docx(tmp / "bom.docx", 2 * GB),
            "lying_xlsx": lying_xlsx(tmp / "bom.xlsx", 2 * GB),
            "csv_million_rows": big_csv(tmp / "lang.csv", 1_000_000),
            "csv_50mb_field": wide_field_csv(tmp / "breed.csv", 50 * MB),
        }
        sizes = {name: path.stat().st_size for name, path in files.items()}
        results: dict[str, Any] = {"file_bytes": sizes, "after": {}, "before": {}}
        sides = [("after", ROOT)] + ([("before", options.before)] if options.before else [])
        for side, code_root in sides:
            db = tmp / f"register-{side}.sqlite3"  # each version makes its own register
            make_register(code_root, db)
            out = tmp / side
            out.mkdir()
            for name, args in attack_commands(db, files, out).items():
                results[side][name] = measured(
                    code_root, args, cap_mb=options.cap_mb, timeout=options.timeout
                )
            csv_text = (out / "f.csv").read_text("utf-8-sig") if (out / "f.csv").exists() else ""
            results[side]["formula_titles_csv"]["escaped"] = "'=HYPERLINK" in csv_text
            if (out / "f.xlsx").exists():
                with zipfile.ZipFile(out / "f.xlsx") as archive:
                    sheet = archive.read("xl/worksheets/sheet1.xml")
                results[side]["formula_titles_xlsx"]["formula_cells"] = sheet.count(b"<f>")
        results["busy_register"] = busy_register(tmp / "busy.sqlite3", options.busy_seconds)
        results["peak_memory_is"] = "max RSS of the command's process (ru_maxrss)"
        results["cap_mb"] = options.cap_mb
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
