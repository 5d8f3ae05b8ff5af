"""Build Adviesraad for distribution: bundle, smoke test, signing, installer.

    python packaging/build.py [--dist DIR] [--work DIR] [--no-installer] [--probe]
                              [--test-installer]

On Windows the whole chain runs:

 1. PyInstaller builds the one-folder bundle ``DIST/adviesraad`` from ``adviesraad.spec``
    (with the version resource made from ``adviesraad_app.__version__``).
 2. With ``--probe``: the bundle's self-check (``probe.py``) runs and is removed again.
 3. ``adviesraad.exe`` and ``adviesraad-cli.exe`` are signed (``sign.py``), or a clear notice
    says they are NOT signed because no certificate is configured.
 4. Smoke test of the frozen program (``smoke.py``): --version, first start creates the
    register, demo, list --json, check, the windowed exe, selftest, export pdf.
 5. Inno Setup compiles ``installer.iss`` into ``DIST/installer/Adviesraad-<version>-setup.exe``;
    setup and uninstaller are signed through Inno's sign-tool hook when signing is configured.
 6. With ``--test-installer`` (CI or a test machine, never a user's laptop): a silent install,
    the installed program runs, a reinstall over it keeps the register, and the uninstaller
    removes the program but not the register and backups.

On Linux (and macOS) steps 1, 2 and 4 run: the same spec builds a bundle, which is tested.

OCR for scanned letters is not in the bundle: the program uses a Tesseract with the Dutch model
that is installed on the machine (``OCR_SUMMARY``; docs/IT.md, "Scanned letters (OCR)").

Prerequisites: Python 3.11 with ``requirements-dev.lock`` and the package installed
(``pip install --require-hashes -r requirements-dev.lock && pip install --no-deps -e .``);
on Windows also Inno Setup 6 (``ISCC.exe`` on PATH, in its default folder, or named by
``ADVIESRAAD_ISCC``) and, for signing, the Windows SDK's signtool. Exit code 0 when everything
asked for succeeded; otherwise 1 with the reason.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

import sign  # noqa: E402
import smoke  # noqa: E402
import version_info  # noqa: E402

SPEC = PACKAGING / "adviesraad.spec"
ISS = PACKAGING / "installer.iss"
BUNDLE_NAME = "adviesraad"
IS_WINDOWS = sys.platform == "win32"
SIGN_TOOL_NAME = "adviesraadsign"
ENV_ISCC = "ADVIESRAAD_ISCC"


class BuildError(RuntimeError):
    """A step failed; the message says which and why (in Dutch, for whoever builds)."""


class Steps:
    """Numbered, timed steps with a summary at the end."""

    def __init__(self, say: Callable[[str], None] = print) -> None:
        self.say = say
        self.number = 0
        self.timings: list[tuple[str, float]] = []

    @contextmanager
    def step(self, title: str) -> Iterator[None]:
        self.number += 1
        self.say(f"\n==> [{self.number}] {title}")
        start = time.perf_counter()
        yield
        seconds = time.perf_counter() - start
        self.timings.append((title, seconds))
        self.say(f"    klaar in {seconds:.1f} s")


def run(
    command: Sequence[str | Path], env: Mapping[str, str] | None = None, what: str = ""
) -> None:
    printable = " ".join(str(c) for c in command)
    print(f"    $ {printable}", flush=True)
    result = subprocess.run([str(c) for c in command], env=env, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise BuildError(f"{what or command[0]} is mislukt (afsluitcode {result.returncode}).")


# Said in the summary of every build. The sizes: Debian's tesseract-ocr, libtesseract5,
# liblept5 and tesseract-ocr-nld together (dpkg Installed-Size); the UB Mannheim Windows
# installer with the Dutch model was not measured here.
OCR_SUMMARY = (
    "niet meegeleverd: scans worden gelezen met Tesseract + Nederlands model als dat op de "
    "pc staat (apart te installeren, ca. 15 MB op Linux); zonder Tesseract de melding "
    "'typ de gegevens over'"
)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


# --- step 1: the bundle ------------------------------------------------------------------


def pyinstaller_command(dist: Path, work: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]


def build_bundle(dist: Path, work: Path, probe: bool = False) -> Path:
    env = dict(os.environ)
    env.pop("ADVIESRAAD_BUNDLE_UNFILTERED", None)
    env["ADVIESRAAD_BUNDLE_PROBE"] = "1" if probe else "0"
    run(pyinstaller_command(dist, work), env=env, what="PyInstaller")
    bundle = dist / BUNDLE_NAME
    check_bundle(bundle, probe)
    return bundle


def check_bundle(bundle: Path, probe: bool = False) -> None:
    """The files every bundle must have, and nothing that must never ship."""
    expected = [smoke.exe_path(bundle, smoke.WINDOWED), smoke.exe_path(bundle, smoke.CONSOLE)]
    if probe:
        expected.append(smoke.exe_path(bundle, "adviesraad-probe"))
    internal = bundle / "_internal"
    expected.append(internal / "resources" / "icons" / "adviesraad.svg")
    missing = [str(p) for p in expected if not p.exists()]
    if missing:
        raise BuildError("De bundel is onvolledig; ontbreekt: " + ", ".join(missing))
    for source in sorted((ROOT / "resources").rglob("*")):
        relative = source.relative_to(ROOT)
        litter = any(part.startswith(".") or part == "__pycache__" for part in relative.parts)
        if source.is_file() and not litter and not (internal / relative).is_file():
            raise BuildError(f"{relative} staat niet in de bundel.")


def run_probe(bundle: Path) -> None:
    exe = smoke.exe_path(bundle, "adviesraad-probe")
    with tempfile.TemporaryDirectory(prefix="adviesraad-probe-") as home:
        env = smoke.clean_environment(Path(home))
        result = subprocess.run(
            [str(exe)], env=env, cwd=home, capture_output=True, text=True, check=False
        )
    print(result.stdout)
    if result.returncode != 0:
        raise BuildError(f"De zelfcontrole van de bundel is mislukt:\n{result.stderr}")
    exe.unlink()  # never ships


# --- steps 3 and 5: signing and the installer --------------------------------------------


def find_iscc(env: Mapping[str, str]) -> Path | None:
    explicit = env.get(ENV_ISCC, "").strip()
    if explicit:
        return Path(explicit) if Path(explicit).is_file() else None
    found = shutil.which("iscc")
    if found:
        return Path(found)
    candidates = [
        Path(env.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe",
        Path(env.get("ProgramFiles", r"C:\Program Files")) / "Inno Setup 6" / "ISCC.exe",
        Path(env.get("LOCALAPPDATA", "")) / "Programs" / "Inno Setup 6" / "ISCC.exe",
    ]
    return next((c for c in candidates if c.is_file()), None)


def iscc_command(
    iscc: Path,
    version: str,
    bundle: Path,
    output: Path,
    sign_command: str | None,
    modern: bool = False,
) -> list[str]:
    """ISCC's command line. ``modern``: the ``--define=`` option style of newer Inno Setup."""
    numeric = version_info.dotted(version_info.numeric_version(version))
    defines = {
        "AppVersion": version,
        "AppVersionNumeric": numeric,
        "SourceDir": str(bundle),
        "OutputDir": str(output),
    }
    if sign_command:
        defines["SignToolName"] = SIGN_TOOL_NAME
    if modern:
        args = [f"--define={k}={v}" for k, v in defines.items()]
        if sign_command:
            args.append(f"--signtool={SIGN_TOOL_NAME}={sign_command}")
    else:
        args = [f"/D{k}={v}" for k, v in defines.items()]
        if sign_command:
            args.append(f"/S{SIGN_TOOL_NAME}={sign_command}")
    return [str(iscc), *args, str(ISS)]


def iscc_is_modern(iscc: Path) -> bool:
    """Whether ISCC documents the ``--define=`` style (newer Inno Setup) in its help."""
    result = subprocess.run([str(iscc), "/?"], capture_output=True, text=True, check=False)
    return "--define" in result.stdout + result.stderr


def inno_sign_command() -> str:
    """What Inno Setup runs for each file it signs ($f: the file, $q: a quote)."""
    return f"$q{sys.executable}$q $q{PACKAGING / 'sign.py'}$q $f"


def build_installer(bundle: Path, output: Path, version: str, signing: bool) -> Path:
    iscc = find_iscc(os.environ)
    if iscc is None:
        raise BuildError(
            "Inno Setup 6 (ISCC.exe) is niet gevonden. Installeer Inno Setup 6 of wijs "
            f"ISCC.exe aan met {ENV_ISCC}."
        )
    output.mkdir(parents=True, exist_ok=True)
    sign_command = inno_sign_command() if signing else None
    command = iscc_command(iscc, version, bundle, output, sign_command, iscc_is_modern(iscc))
    run(command, what="Inno Setup")
    installer = output / f"Adviesraad-{version}-setup.exe"
    if not installer.is_file():
        raise BuildError(f"Inno Setup meldde succes, maar {installer} bestaat niet.")
    return installer


# --- step 6: the installer on this machine (CI) ------------------------------------------


def test_installer(installer: Path, version: str) -> None:
    """Install, reinstall, uninstall for the current user; the register must survive."""
    local = Path(os.environ["LOCALAPPDATA"])
    data = local / "Adviesraad"
    program = local / "Programs" / "Adviesraad"
    if data.exists() or program.exists():
        raise BuildError(
            f"De installatietest weigert: {data} of {program} bestaat al. Draai deze test "
            "alleen op een schone testmachine of in CI, nooit op een laptop met gegevens."
        )
    log_dir = installer.parent
    cli = program / "adviesraad-cli.exe"

    def install(label: str) -> None:
        run(
            [
                installer,
                "/VERYSILENT",
                "/SUPPRESSMSGBOXES",
                "/NORESTART",
                "/CLOSEAPPLICATIONS",
                f"/LOG={log_dir / f'install-{label}.log'}",
            ],
            what=f"Installeren ({label})",
        )

    install("eerste")
    shortcut = Path(os.environ["APPDATA"]) / "Microsoft/Windows/Start Menu/Programs/Adviesraad.lnk"
    if not shortcut.is_file():
        raise BuildError(f"De snelkoppeling in het Startmenu ontbreekt: {shortcut}")
    out = subprocess.run([str(cli), "--version"], capture_output=True, text=True, check=False)
    if out.stdout.strip() != f"Adviesraad {version}":
        raise BuildError(f"Het geïnstalleerde programma gaf {out.stdout!r}{out.stderr!r}.")
    run([cli, "init"], what="Eerste start van het geïnstalleerde programma")
    register = data / "adviesraad.sqlite3"
    backup = data / "backups" / "installatietest.sqlite3"
    backup.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(register, backup)  # the app is closed: a plain copy is safe here
    before = register.read_bytes()

    install("opnieuw, over de vorige")
    if register.read_bytes() != before or not backup.is_file():
        raise BuildError("Een herinstallatie heeft het register of de back-ups veranderd.")
    run([cli, "check"], what="Controle na de herinstallatie")

    run(
        [program / "unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"],
        what="Verwijderen",
    )
    deadline = time.monotonic() + 120
    while (program / "adviesraad.exe").exists() and time.monotonic() < deadline:
        time.sleep(1)  # the uninstaller finishes from a copy of itself in %TEMP%
    if (program / "adviesraad.exe").exists():
        raise BuildError("Het programma is na het verwijderen nog aanwezig.")
    if not register.is_file() or not backup.is_file():
        raise BuildError("HET VERWIJDEREN HEEFT GEGEVENS GEWIST: register of back-ups ontbreken.")
    if shortcut.exists():
        raise BuildError("De snelkoppeling in het Startmenu is na het verwijderen nog aanwezig.")
    shutil.rmtree(data)  # our own test data, created above
    print("    installeren, opnieuw installeren en verwijderen: de gegevens bleven bewaard")


# --- the whole chain ---------------------------------------------------------------------


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="build.py", description="Adviesraad bouwen.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="uitvoermap")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="werkmap van PyInstaller")
    parser.add_argument("--no-installer", action="store_true", help="alleen de bundel (Windows)")
    parser.add_argument("--probe", action="store_true", help="ook de zelfcontrole van de bundel")
    parser.add_argument(
        "--test-installer",
        action="store_true",
        help="installeer, herinstalleer en verwijder (alleen CI of een testmachine)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    steps = Steps()
    version = version_info.read_version()
    dist, work = args.dist.resolve(), args.work.resolve()
    installer_wanted = IS_WINDOWS and not args.no_installer
    print(f"Adviesraad {version} bouwen op {sys.platform} met Python {sys.version.split()[0]}")
    signed = False
    installer: Path | None = None
    try:
        plan = sign.plan_signing(os.environ)
        if installer_wanted and plan.action is sign.Action.FAIL:
            raise BuildError(plan.message)  # before a long build, not after
        with steps.step("Bundel bouwen met PyInstaller"):
            bundle = build_bundle(dist, work, probe=args.probe)
        if args.probe:
            with steps.step("Zelfcontrole van de bundel"):
                run_probe(bundle)
        if installer_wanted:
            with steps.step("Programma ondertekenen"):
                programs = [smoke.WINDOWED, smoke.CONSOLE]
                signed = sign.sign_files([smoke.exe_path(bundle, p) for p in programs], plan)
        with steps.step("Rooktest van het bevroren programma"):
            for check in smoke.run_smoke(bundle, version):
                print(f"    {check.line()}")
        if installer_wanted:
            with steps.step("Installatieprogramma maken met Inno Setup"):
                installer = build_installer(bundle, dist / "installer", version, signed)
            if args.test_installer:
                with steps.step("Installatieprogramma testen"):
                    test_installer(installer, version)
    except (BuildError, sign.SigningError, smoke.SmokeError) as exc:
        print(f"\nMISLUKT: {exc}", file=sys.stderr)
        return 1
    print("\nKlaar.")
    print(f"  versie:      {version}")
    print(f"  bundel:      {bundle} ({folder_size(bundle) / 1e6:.1f} MB)")
    print(f"  OCR:         {OCR_SUMMARY}")
    if installer is not None:
        print(f"  installatie: {installer} ({installer.stat().st_size / 1e6:.1f} MB)")
    if installer_wanted:
        print(f"  ondertekend: {'ja' if signed else 'NEE - niet geschikt om uit te delen'}")
    elif not IS_WINDOWS:
        print("  installatie: alleen op Windows (Inno Setup)")
    for title, seconds in steps.timings:
        print(f"  {seconds:6.1f} s  {title}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
