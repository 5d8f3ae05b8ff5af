"""Warnings for registers on network shares and in cloud-sync folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from adviesraad_app.cli.main import main
from adviesraad_app.services.safety import location
from adviesraad_app.services.safety.location import LocationRisk, location_warning
from adviesraad_app.storage.paths import default_db_path

SUGGESTED = Path("C:/Users/secretaris/AppData/Local/Adviesraad/adviesraad.sqlite3")


def win(path: str, **kwargs: object) -> location.LocationWarning | None:
    return location_warning(
        path,
        windows=True,
        environ=kwargs.pop("environ", {}),  # type: ignore[arg-type]
        drive_type=kwargs.pop("drive_type", lambda root: 3),  # type: ignore[arg-type]
        suggested=SUGGESTED,
    )


@pytest.mark.parametrize(
    ("path", "risk", "detail"),
    [
        (
            r"\\gemeente-fs01\asd\register.sqlite3",
            LocationRisk.NETWORK_SHARE,
            r"\\gemeente-fs01\asd",
        ),
        (
            "//gemeente-fs01/asd/register.sqlite3",
            LocationRisk.NETWORK_SHARE,
            r"\\gemeente-fs01\asd",
        ),
        (r"\\?\UNC\fs01\asd\r.sqlite3", LocationRisk.NETWORK_SHARE, r"\\fs01\asd"),
        (
            r"C:\Users\secretaris\OneDrive - Gemeente Almelo\ASD\register.sqlite3",
            LocationRisk.CLOUD_SYNC,
            "OneDrive",
        ),
        (r"C:\Users\secretaris\OneDrive\register.sqlite3", LocationRisk.CLOUD_SYNC, "OneDrive"),
        (r"D:\Dropbox (ASD)\register.sqlite3", LocationRisk.CLOUD_SYNC, "Dropbox"),
        (r"C:\Users\s\Dropbox\register.sqlite3", LocationRisk.CLOUD_SYNC, "Dropbox"),
        (r"G:\My Drive\ASD\register.sqlite3", LocationRisk.CLOUD_SYNC, "Google Drive"),
        (r"G:\Mijn Drive\register.sqlite3", LocationRisk.CLOUD_SYNC, "Google Drive"),
        (r"C:\Users\s\iCloudDrive\register.sqlite3", LocationRisk.CLOUD_SYNC, "iCloud"),
    ],
)
def test_windows_places_that_get_a_warning(path: str, risk: LocationRisk, detail: str) -> None:
    warning = win(path)
    assert warning is not None
    assert (warning.risk, warning.detail) == (risk, detail)
    assert "Let op" in warning.message and str(SUGGESTED) in warning.message
    assert warning.suggested == SUGGESTED


def test_onedrive_from_the_environment_variables() -> None:
    """Known Folder Move puts Documents in OneDrive under a name we may not recognise."""
    environ = {"OneDriveCommercial": r"C:\Users\s\Gemeente Almelo"}
    warning = win(r"c:\users\S\gemeente almelo\Documenten\register.sqlite3", environ=environ)
    assert warning is not None and warning.detail == "OneDrive"
    assert win(r"C:\Users\s\Documenten\register.sqlite3", environ=environ) is None


def test_mapped_network_drive() -> None:
    remote = {"H:\\": location.DRIVE_REMOTE}
    warning = win(r"H:\ASD\register.sqlite3", drive_type=lambda root: remote.get(root, 3))
    assert warning is not None and warning.risk == LocationRisk.NETWORK_DRIVE
    assert warning.detail == "H:" and "netwerkschijf" in warning.message
    assert win(r"C:\ASD\register.sqlite3", drive_type=lambda root: remote.get(root, 3)) is None


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\secretaris\Documenten\ASD\register.sqlite3",
        r"\\?\C:\Users\secretaris\register.sqlite3",
        r"D:\Adviesraad\register.sqlite3",
        r"C:\Users\s\Documents\OneDriveNotes.txt\register.sqlite3",
    ],
)
def test_local_windows_places_are_quiet(path: str) -> None:
    assert win(path) is None


MOUNTS = """\
sysfs /sys sysfs rw 0 0
/dev/sda1 / ext4 rw,relatime 0 0
fs01:/export/asd /mnt/asd nfs4 rw,relatime 0 0
//fs01/asd /mnt/smb cifs rw 0 0
/dev/sdb1 /mnt/asd/lokaal ext4 rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw 0 0
remote: /home/s/Cloud\\040Drive fuse.rclone rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "risk", "detail"),
    [
        ("/mnt/asd/register.sqlite3", LocationRisk.NETWORK_FILE_SYSTEM, "nfs4"),
        ("/mnt/smb/sub/register.sqlite3", LocationRisk.NETWORK_FILE_SYSTEM, "cifs"),
        (
            "/run/user/1000/gvfs/smb-share/r.sqlite3",
            LocationRisk.NETWORK_FILE_SYSTEM,
            "fuse.gvfsd-fuse",
        ),
        ("/home/s/Cloud Drive/r.sqlite3", LocationRisk.CLOUD_SYNC, "rclone"),
        ("/home/s/Dropbox/r.sqlite3", LocationRisk.CLOUD_SYNC, "Dropbox"),
        ("/home/s/Nextcloud/ASD/r.sqlite3", LocationRisk.CLOUD_SYNC, "Nextcloud"),
    ],
)
def test_linux_network_mounts_and_sync_folders(path: str, risk: LocationRisk, detail: str) -> None:
    warning = location_warning(path, windows=False, environ={}, mounts=MOUNTS)
    assert warning is not None and (warning.risk, warning.detail) == (risk, detail)


def test_linux_local_places_are_quiet() -> None:
    for path in ("/home/s/register.sqlite3", "/mnt/asd/lokaal/register.sqlite3", "/mntx/r.sqlite3"):
        assert location_warning(path, windows=False, environ={}, mounts=MOUNTS) is None


def test_default_location_is_quiet_even_on_a_network_home() -> None:
    mounts = f"fs:/home {default_db_path().anchor} nfs rw 0 0\n"
    assert location_warning(default_db_path(), windows=False, environ={}, mounts=mounts) is None


def test_cli_warns_once_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = tmp_path / "Dropbox" / "register.sqlite3"
    monkeypatch.setattr(location, "_warned", set())
    assert main(["--db", str(synced), "init"]) == 0
    err = capsys.readouterr().err
    assert err.count("Let op") == 1 and "Dropbox" in err
    assert main(["--db", str(synced), "list"]) == 0
    assert "Let op" not in capsys.readouterr().err  # once per process
    local = tmp_path / "lokaal" / "register.sqlite3"
    assert main(["--db", str(local), "init"]) == 0
    assert capsys.readouterr().err == ""
