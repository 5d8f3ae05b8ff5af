"""Code signing with signtool (Authenticode, SHA-256, RFC 3161 timestamp).

    python packaging/sign.py FILE...     sign (or say clearly why not) and verify
    python packaging/sign.py --plan      only say what would happen

Configured with environment variables, so that no secret is ever in the repository or on a
command line in the build log:

    ADVIESRAAD_SIGN_CERT           a .pfx/.p12 file, or the SHA-1 thumbprint of a certificate
                                   in the current user's certificate store (a hardware token or
                                   a certificate that IT rolled out)
    ADVIESRAAD_SIGN_PASSWORD       the .pfx password (not needed for a thumbprint)
    ADVIESRAAD_SIGN_TIMESTAMP_URL  RFC 3161 timestamp server (default: DigiCert's)
    ADVIESRAAD_SIGNTOOL            full path of signtool.exe (default: PATH, then the Windows SDK)
    ADVIESRAAD_SIGN_REQUIRED=1     fail instead of skipping when no certificate is configured
                                   (for release builds)

Without a certificate the step is skipped with a notice that the files are NOT signed; it
never fails silently and never reports a signature it did not make. With a certificate but
no signtool, or on a system other than Windows, it fails. The timestamp keeps the signature
valid after the certificate expires; a timestamp server that hiccups is retried.

Exit codes: 0 signed or deliberately skipped, 1 failure, 2 wrong usage.
"""

from __future__ import annotations

import enum
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ENV_CERT = "ADVIESRAAD_SIGN_CERT"
ENV_PASSWORD = "ADVIESRAAD_SIGN_PASSWORD"
ENV_TIMESTAMP = "ADVIESRAAD_SIGN_TIMESTAMP_URL"
ENV_SIGNTOOL = "ADVIESRAAD_SIGNTOOL"
ENV_REQUIRED = "ADVIESRAAD_SIGN_REQUIRED"
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"
DESCRIPTION = "Adviesraad"
ATTEMPTS = 3
RETRY_DELAY_S = 10.0

_THUMBPRINT = re.compile(r"^[0-9A-Fa-f]{40}$")


class Action(enum.Enum):
    SIGN = "sign"
    SKIP = "skip"
    FAIL = "fail"


@dataclass(frozen=True)
class Plan:
    """What signing will do. ``command`` is signtool's arguments without the files."""

    action: Action
    message: str
    command: tuple[str, ...] = ()
    signtool: str = ""
    secret: str = ""

    def printable(self, files: Sequence[str | Path] = ()) -> str:
        """The command as it may appear in a log: the password masked."""
        shown = ["****" if self.secret and part == self.secret else part for part in self.command]
        return " ".join([self.signtool, *shown, *(str(f) for f in files)])


def find_signtool(env: Mapping[str, str]) -> str | None:
    """signtool.exe: ``ADVIESRAAD_SIGNTOOL``, then ``PATH``, then the newest Windows SDK."""
    explicit = env.get(ENV_SIGNTOOL, "").strip()
    if explicit:
        return explicit if Path(explicit).is_file() else None
    found = shutil.which("signtool")
    if found:
        return found
    kits = Path(env.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Windows Kits" / "10"
    candidates = sorted((kits / "bin").glob("10.*/x64/signtool.exe"), reverse=True)
    candidates.append(kits / "App Certification Kit" / "signtool.exe")
    return next((str(c) for c in candidates if c.is_file()), None)


def plan_signing(
    env: Mapping[str, str],
    platform: str = sys.platform,
    locate: Callable[[Mapping[str, str]], str | None] = find_signtool,
) -> Plan:
    """Decide, from the environment alone, whether and how to sign."""
    cert = env.get(ENV_CERT, "").strip()
    required = env.get(ENV_REQUIRED, "").strip() in ("1", "true", "ja", "yes")
    if not cert:
        if required:
            return Plan(
                Action.FAIL,
                f"Ondertekenen is verplicht ({ENV_REQUIRED}=1), maar er is geen certificaat "
                f"ingesteld ({ENV_CERT}).",
            )
        return Plan(
            Action.SKIP,
            f"LET OP: NIET ONDERTEKEND. Er is geen certificaat ingesteld ({ENV_CERT}). Voor "
            "een test is dat goed; een versie voor gebruikers moet ondertekend zijn, anders "
            "waarschuwen Windows SmartScreen en virusscanners (zie docs/IT.md).",
        )
    if platform != "win32":
        return Plan(
            Action.FAIL,
            f"Er is een certificaat ingesteld ({ENV_CERT}), maar ondertekenen met signtool kan "
            "alleen op Windows.",
        )
    signtool = locate(env)
    if signtool is None:
        return Plan(
            Action.FAIL,
            "signtool.exe is niet gevonden. Installeer de Windows SDK (onderdeel 'Signing "
            f"Tools') of wijs het programma aan met {ENV_SIGNTOOL}.",
        )
    timestamp = env.get(ENV_TIMESTAMP, "").strip() or DEFAULT_TIMESTAMP_URL
    if not re.match(r"^https?://", timestamp):
        return Plan(
            Action.FAIL, f"{ENV_TIMESTAMP} moet een http(s)-adres zijn, niet {timestamp!r}."
        )
    base = ("sign", "/fd", "SHA256", "/tr", timestamp, "/td", "SHA256", "/d", DESCRIPTION)
    compact = cert.replace(" ", "")
    if _THUMBPRINT.match(compact):
        return Plan(
            Action.SIGN,
            f"Ondertekenen met het certificaat {compact.upper()} uit het certificaatarchief.",
            (*base, "/sha1", compact.upper()),
            signtool,
        )
    pfx = Path(cert)
    if not pfx.is_file():
        return Plan(
            Action.FAIL,
            f"{ENV_CERT} is geen vingerafdruk (40 hexadecimale tekens) en geen bestaand "
            f"certificaatbestand: {cert}",
        )
    password = env.get(ENV_PASSWORD, "")
    credentials: tuple[str, ...] = ("/f", str(pfx)) + (("/p", password) if password else ())
    return Plan(
        Action.SIGN,
        f"Ondertekenen met het certificaatbestand {pfx.name}.",
        (*base, *credentials),
        signtool,
        password,
    )


Runner = Callable[[list[str]], subprocess.CompletedProcess[str]]


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


class SigningError(RuntimeError):
    pass


def sign_files(
    files: Sequence[Path],
    plan: Plan,
    runner: Runner = _run,
    attempts: int = ATTEMPTS,
    delay_s: float = RETRY_DELAY_S,
    say: Callable[[str], None] = print,
) -> bool:
    """Carry out ``plan`` for ``files``: True when signed and verified, False when skipped.

    Raises :class:`SigningError` when signing was wanted but did not succeed.
    """
    say(plan.message)
    if plan.action is Action.SKIP:
        return False
    if plan.action is Action.FAIL:
        raise SigningError(plan.message)
    missing = [str(f) for f in files if not Path(f).is_file()]
    if missing:
        raise SigningError("Te ondertekenen bestanden ontbreken: " + ", ".join(missing))
    command = [plan.signtool, *plan.command, *(str(f) for f in files)]
    say(plan.printable(files))
    for attempt in range(1, attempts + 1):
        result = runner(command)
        if result.returncode == 0:
            break
        output = (result.stdout + result.stderr).strip().replace(plan.secret or "\0", "****")
        if attempt == attempts:
            raise SigningError(f"signtool sign mislukte ({attempts} pogingen):\n{output}")
        say(f"signtool sign mislukte (poging {attempt}); opnieuw over {delay_s:.0f} s:\n{output}")
        time.sleep(delay_s)
    for path in files:
        verify = runner([plan.signtool, "verify", "/pa", "/tw", str(path)])
        if verify.returncode != 0:
            raise SigningError(
                f"De handtekening van {path} is niet geldig (signtool verify /pa):\n"
                + (verify.stdout + verify.stderr).strip()
            )
    say(f"Ondertekend en gecontroleerd: {', '.join(Path(f).name for f in files)}")
    return True


def main(argv: list[str]) -> int:
    plan = plan_signing(os.environ)
    if argv == ["--plan"]:
        print(plan.message)
        if plan.action is Action.SIGN:
            print(plan.printable(["BESTAND..."]))
        return 1 if plan.action is Action.FAIL else 0
    if not argv or any(a.startswith("-") for a in argv):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        sign_files([Path(a) for a in argv], plan)
    except SigningError as exc:
        print(f"FOUT: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
