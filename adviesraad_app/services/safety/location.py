"""Where the register lives: a warning for places where SQLite files get corrupted.

A network share (UNC path, mapped network drive, NFS/SMB mount) loses locks and writes when
the connection hiccups, and lets two computers open the file at once; a cloud-sync folder
(OneDrive, Dropbox, Google Drive, iCloud) copies the file — without its ``-wal`` — while the
app writes to it. Both corrupt SQLite files (GUIDE.md, lesson 2). We do not refuse such a
place, we say so and suggest the local app-data folder.

:func:`location_warning` is a pure function of the path and what it is told about the machine
(environment, Windows or not, the mount table, the drive type), so every case is testable on
Linux; the defaults read the real machine.
"""

from __future__ import annotations

import os
import posixpath
import sys
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import NamedTuple

from adviesraad_app.i18n import translate

# Re-exported (``as``): the GUI and the CLI take paths from here, not from storage/.
from adviesraad_app.storage.paths import backups_dir as backups_dir  # noqa: PLC0414
from adviesraad_app.storage.paths import data_dir as data_dir  # noqa: PLC0414
from adviesraad_app.storage.paths import default_db_path as default_db_path  # noqa: PLC0414
from adviesraad_app.storage.paths import documents_dir as documents_dir  # noqa: PLC0414
from adviesraad_app.storage.paths import resolve_db_path as resolve_db_path  # noqa: PLC0414


class LocationRisk(StrEnum):
    CLOUD_SYNC = "cloud_sync"
    NETWORK_SHARE = "network_share"  # \\server\share
    NETWORK_DRIVE = "network_drive"  # a drive letter mapped to a share
    NETWORK_FILE_SYSTEM = "network_file_system"  # nfs, cifs, sshfs ... (Linux)


class LocationWarning(NamedTuple):  # defined at every start: cheaper than a dataclass
    risk: LocationRisk
    detail: str  # the sync service, the share, the drive or the file-system type
    message: str  # Dutch, with the suggestion
    suggested: Path  # where the register had better live


# Folder names (lower case) that cloud-sync clients create, and the service's name.
_CLOUD_FOLDERS: tuple[tuple[Callable[[str], bool], str], ...] = (
    (lambda part: part == "onedrive" or part.startswith(("onedrive - ", "onedrive-")), "OneDrive"),
    (lambda part: part == "dropbox" or part.startswith("dropbox ("), "Dropbox"),
    (
        lambda part: (
            part in {"google drive", "googledrive", "my drive", "mijn drive", "shared drives"}
        ),
        "Google Drive",
    ),
    (
        lambda part: (
            part in {"icloud drive", "iclouddrive", "mobile documents"}
            or part == "com~apple~clouddocs"
        ),
        "iCloud",
    ),
    (lambda part: part == "nextcloud", "Nextcloud"),
    (lambda part: part == "owncloud", "ownCloud"),
)
_ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
_NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.davfs2",
        "fuse.sshfs",
        "fuse.gvfsd-fuse",
        "fuse.smbnetfs",
    }
)
_CLOUD_FS = {"fuse.rclone": "rclone", "fuse.onedriver": "OneDrive"}
DRIVE_REMOTE = 4  # GetDriveTypeW


def _windows_drive_type(root: str) -> int:
    """``GetDriveTypeW`` on Windows; 0 (unknown) elsewhere or when it fails."""
    if sys.platform != "win32":
        return 0
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(root))
    except (AttributeError, OSError):
        return 0


def _read_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _mount_type(path: PurePosixPath, mounts: str) -> str | None:
    """The file-system type of the longest mount point that contains ``path``."""
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePosixPath(_unescape_mount(fields[1]))
        if path == point or point in path.parents:
            depth = len(point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fields[2].lower())
    return best[1] if best else None


def _is_within(path: PurePath, folder: PurePath) -> bool:
    if isinstance(path, PureWindowsPath):
        a = [p.lower() for p in path.parts]
        b = [p.lower() for p in folder.parts]
        return len(a) >= len(b) and a[: len(b)] == b
    return path == folder or folder in path.parents


def _cloud_service(path: PurePath, environ: Mapping[str, str], windows: bool) -> str | None:
    flavour = PureWindowsPath if windows else PurePosixPath
    for name in _ONEDRIVE_VARIABLES:
        value = environ.get(name, "").strip()
        if value and _is_within(path, flavour(value)):
            return "OneDrive"
    for part in path.parts[1:]:
        lowered = part.lower()
        for matches, service in _CLOUD_FOLDERS:
            if matches(lowered):
                return service
    return None


def _windows_synced(
    path: PurePath,
    text: str,
    sync_roots: Sequence[tuple[str, str]] | None,
    cloud_attributes: Callable[[str], int] | None,
) -> str | None:
    """The service that synchronises ``path`` by what Windows records (a Teams or SharePoint
    library has an ordinary folder name), else ``None``."""
    from adviesraad_app.services.safety.sync_roots import cloud_file_attributes, windows_sync_roots

    roots = windows_sync_roots() if sync_roots is None else sync_roots
    for folder, service in roots:
        if _is_within(path, PureWindowsPath(folder)):
            return service
    if _unc_share(text) is not None:
        return None  # never touch a share that may not answer; it gets its own warning
    attributes = cloud_file_attributes if cloud_attributes is None else cloud_attributes
    if attributes(text):
        return translate("Location", "een synchronisatiedienst (zoals OneDrive)")
    return None


def _unc_share(text: str) -> str | None:
    r"""``\\server\share`` for a UNC path (also ``\\?\UNC\server\share``), else ``None``."""
    normal = text.replace("/", "\\")
    if normal.lower().startswith("\\\\?\\unc\\"):
        normal = "\\\\" + normal[8:]
    elif normal.startswith(("\\\\?\\", "\\\\.\\")):
        return None  # a long local path (\\?\C:\...) or a device
    if not normal.startswith("\\\\"):
        return None
    parts = [p for p in normal[2:].split("\\") if p]
    return "\\\\" + "\\".join(parts[:2]) if parts else None


def _posix_absolute(text: str) -> PurePosixPath:
    """``text`` as an absolute POSIX path, by POSIX rules whatever the host (``os.path`` is
    ``ntpath`` on Windows, where the tests of this branch also run)."""
    if posixpath.isabs(text):
        return PurePosixPath(posixpath.normpath(text))
    return PurePosixPath(posixpath.normpath(posixpath.join(os.getcwd(), text)))


def location_warning(
    path: str | os.PathLike[str],
    *,
    environ: Mapping[str, str] | None = None,
    windows: bool | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
    suggested: Path | None = None,
    sync_roots: Sequence[tuple[str, str]] | None = None,
    cloud_attributes: Callable[[str], int] | None = None,
) -> LocationWarning | None:
    """A warning when the register at ``path`` lives where SQLite files get corrupted.

    ``None`` for an ordinary local folder, and always for the default location (the local
    app-data folder): there is no better place to suggest.
    """
    environ = os.environ if environ is None else environ
    windows = (os.name == "nt") if windows is None else windows
    suggested = suggested if suggested is not None else default_db_path()
    text = os.fspath(path)
    pure: PurePath = PureWindowsPath(text) if windows else PurePosixPath(text)
    home = PureWindowsPath(str(data_dir())) if windows else PurePosixPath(str(data_dir()))
    if _is_within(pure, home):
        return None

    service = _cloud_service(pure, environ, windows)
    if service is None and windows:
        service = _windows_synced(pure, text, sync_roots, cloud_attributes)
    if service is None and not windows:
        mounts = _read_mounts() if mounts is None else mounts
        fstype = _mount_type(_posix_absolute(text), mounts)
        if fstype in _CLOUD_FS:
            service = _CLOUD_FS[fstype]
        elif fstype in _NETWORK_FS or (fstype or "").startswith("nfs"):
            return _network(LocationRisk.NETWORK_FILE_SYSTEM, fstype or "", text, suggested)
    if service is not None:
        return LocationWarning(
            LocationRisk.CLOUD_SYNC,
            service,
            translate(
                "Location",
                "Let op: het register {path} staat in een map die {service} synchroniseert. "
                "Zo'n programma kopieert het bestand terwijl Adviesraad erin schrijft; daardoor "
                "raken databasebestanden beschadigd. Zet het register liever in de lokale "
                "programmamap ({suggested}). Een back-up naar {service} maken is wel veilig "
                "(adviesraad backup --to MAP).",
            ).format(path=text, service=service, suggested=suggested),
            suggested,
        )
    if windows:
        share = _unc_share(text)
        if share is not None:
            return _network(LocationRisk.NETWORK_SHARE, share, text, suggested)
        drive = PureWindowsPath(text).drive
        if len(drive) == 2 and drive[1] == ":":
            lookup = drive_type if drive_type is not None else _windows_drive_type
            if lookup(drive + "\\") == DRIVE_REMOTE:
                return _network(LocationRisk.NETWORK_DRIVE, drive, text, suggested)
    return None


def _network(risk: LocationRisk, detail: str, text: str, suggested: Path) -> LocationWarning:
    return LocationWarning(
        risk,
        detail,
        translate(
            "Location",
            "Let op: het register {path} staat op een netwerkschijf ({detail}). Als de "
            "verbinding hapert of twee computers het bestand tegelijk openen, kan het "
            "beschadigd raken. Zet het register liever in de lokale programmamap "
            "({suggested}).",
        ).format(path=text, detail=detail, suggested=suggested),
        suggested,
    )


_warned: set[str] = set()


def warning_once(path: Path) -> str | None:
    """The warning text for ``path`` the first time it is asked in this process, else ``None``.

    For the CLI, which prints it on stderr for every command that opens the register.
    """
    key = os.path.normcase(os.path.abspath(path))
    if key in _warned:
        return None
    _warned.add(key)
    warning = location_warning(path)
    return warning.message if warning is not None else None
