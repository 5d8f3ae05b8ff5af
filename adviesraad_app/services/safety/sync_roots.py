"""The folders Windows knows to be synchronised by OneDrive, Teams/SharePoint and the like.

A SharePoint or Teams library that OneDrive synchronises lives in a folder named after the
organisation (``C:\\Users\\u\\Gemeente Almelo\\ASD - Documenten``), beside ``OneDrive -
Gemeente Almelo``, not inside it: its name says nothing. Windows records such folders in
two places, both read here:

* the Cloud Files API's sync roots, for every provider (OneDrive, Dropbox, Google Drive,
  iCloud ...): ``HKLM\\...\\Explorer\\SyncRootManager\\<provider>!<sid>!<account>\\UserSyncRoots``
  (value: the folder);
* OneDrive's own list: ``HKCU\\Software\\Microsoft\\OneDrive\\Accounts\\<account>`` (value
  ``UserFolder``) and its ``Tenants\\<organisation>`` subkeys, whose value *names* are the
  synchronised library folders.

A file or folder inside a Cloud Files folder also carries marks of its own (the attributes
pinned, unpinned, recall on access; a cloud reparse tag) that an ordinary local file never
has: :func:`cloud_file_attributes`.

Off Windows every function returns nothing; the tests pass a fake registry.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any

SYNC_ROOT_MANAGER = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer\SyncRootManager"
ONEDRIVE_ACCOUNTS = r"Software\Microsoft\OneDrive\Accounts"
# FILE_ATTRIBUTE_RECALL_ON_OPEN, _PINNED, _UNPINNED, _RECALL_ON_DATA_ACCESS
CLOUD_ATTRIBUTES = 0x00040000 | 0x00080000 | 0x00100000 | 0x00400000
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
IO_REPARSE_TAG_CLOUD = 0x9000001A  # and its variants 0x9000101A ... 0x9000F01A
CLOUD_TAG_MASK = 0xFFFF0FFF


def _service(provider: str) -> str:
    lowered = provider.lower()
    for prefix, name in (
        ("onedrive", "OneDrive"),
        ("sharepoint", "OneDrive"),
        ("dropbox", "Dropbox"),
        ("google", "Google Drive"),
        ("drivefs", "Google Drive"),
        ("icloud", "iCloud"),
        ("nextcloud", "Nextcloud"),
    ):
        if lowered.startswith(prefix):
            return name
    return provider


def _subkeys(registry: Any, key: Any) -> Iterator[str]:
    for index in range(10_000):
        try:
            yield str(registry.EnumKey(key, index))
        except OSError:
            return


def _values(registry: Any, key: Any) -> Iterator[tuple[str, object]]:
    for index in range(10_000):
        try:
            name, data, _kind = registry.EnumValue(key, index)
        except OSError:
            return
        yield str(name), data


def _cloud_files_roots(registry: Any) -> list[tuple[str, str]]:
    found = []
    root = registry.HKEY_LOCAL_MACHINE
    with contextlib.suppress(OSError), registry.OpenKey(root, SYNC_ROOT_MANAGER) as manager:
        for name in _subkeys(registry, manager):
            sub = name + r"\UserSyncRoots"
            with contextlib.suppress(OSError), registry.OpenKey(manager, sub) as roots:
                for _sid, folder in _values(registry, roots):
                    if isinstance(folder, str) and folder.strip():
                        found.append((folder, _service(name.split("!")[0])))
    return found


def _tenant_libraries(registry: Any, tenants: Any) -> list[str]:
    r"""The folder names recorded under ``Accounts\<account>\Tenants\<organisation>``."""
    found = []
    for tenant in _subkeys(registry, tenants):
        with contextlib.suppress(OSError), registry.OpenKey(tenants, tenant) as libraries:
            found += [folder for folder, _data in _values(registry, libraries) if folder.strip()]
    return found


def _onedrive_roots(registry: Any) -> list[tuple[str, str]]:
    found = []
    root = registry.HKEY_CURRENT_USER
    with contextlib.suppress(OSError), registry.OpenKey(root, ONEDRIVE_ACCOUNTS) as accounts:
        for account in _subkeys(registry, accounts):
            with contextlib.suppress(OSError), registry.OpenKey(accounts, account) as key:
                folder, _kind = registry.QueryValueEx(key, "UserFolder")
                if isinstance(folder, str) and folder.strip():
                    found.append((folder, "OneDrive"))
            tenants_key = account + r"\Tenants"
            with contextlib.suppress(OSError), registry.OpenKey(accounts, tenants_key) as tenants:
                found += [(folder, "OneDrive") for folder in _tenant_libraries(registry, tenants)]
    return found


def windows_sync_roots(registry: Any | None = None) -> list[tuple[str, str]]:
    """``(folder, service)`` for every folder Windows records as synchronised; ``[]`` off
    Windows or when the registry cannot be read."""
    if registry is None:
        if sys.platform != "win32":
            return []
        try:
            import winreg as registry
        except ImportError:
            return []
    try:
        return _cloud_files_roots(registry) + _onedrive_roots(registry)
    except Exception:  # a registry that answers oddly never stops the program
        return []


def cloud_file_attributes(path: str) -> int:
    """The Cloud Files attributes of ``path`` or, when it does not exist yet, of the nearest
    folder above it that does; 0 off Windows."""
    current = path
    for _level in range(64):
        try:
            info = os.lstat(current)
        except OSError:
            parent = os.path.dirname(current)
            if not parent or parent == current:
                return 0
            current = parent
            continue
        attributes = int(getattr(info, "st_file_attributes", 0)) & CLOUD_ATTRIBUTES
        tag = int(getattr(info, "st_reparse_tag", 0))
        if tag & CLOUD_TAG_MASK == IO_REPARSE_TAG_CLOUD:
            attributes |= FILE_ATTRIBUTE_REPARSE_POINT
        return attributes
    return 0
