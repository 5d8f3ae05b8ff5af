"""One app per user: a second start hands its arguments to the first and stops.

Modelled on qutebrowser's ``misc/ipc.py``. The first instance listens on a
:class:`QLocalServer`; a later start connects with a :class:`QLocalSocket`, sends one JSON
line (its arguments and the register it was asked to open), waits for ``ok`` and exits 0. The
first instance brings its window to the front (and switches register when another one was
asked for).

The server name is per user and per data folder: on Windows a local server is a named pipe,
visible to every user of the machine, so the name contains a hash of the user name; on Linux
and macOS it is a socket file in the temporary folder. A socket file left behind by a crashed
instance answers no one: when connecting fails and listening says "address in use", the stale
name is removed (``QLocalServer.removeServer``) and listening is tried once more.

What stays unproven here (Linux only): whether Windows refuses a second listener on the same
pipe name. The order "connect first, listen only when no one answers" avoids that case except
when two starts race within milliseconds; then both open the register, which SQLite allows.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QCryptographicHash, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from adviesraad_app.services.safety.location import data_dir

log = logging.getLogger("adviesraad.instance")

PROTOCOL = 1
CONNECT_TIMEOUT_MS = 500
REPLY_TIMEOUT_MS = 3000
MAX_MESSAGE = 64 * 1024
ACK = b"ok\n"


#: Where ``getpass.getuser`` looks first, in its order (read here: getpass and what it loads
#: cost about half a millisecond of every start).
_USER_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")


def _user_name() -> str:
    for variable in _USER_VARIABLES:
        if user := os.environ.get(variable):
            return user
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no USERNAME/LOGNAME and no pwd module (a stripped Windows session)
        return "onbekend"


def server_name(folder: Path | None = None, user: str | None = None) -> str:
    """The local server name of this user's app (per data folder, so tests do not meet)."""
    folder = folder if folder is not None else data_dir()
    key = f"{user if user is not None else _user_name()}\n{os.path.normcase(str(folder))}"
    # SHA-256 by Qt (hashlib would load OpenSSL, 2-3 ms of every start): the same name.
    digest = QCryptographicHash.hash(
        QByteArray(key.encode("utf-8")), QCryptographicHash.Algorithm.Sha256
    )
    return "adviesraad-" + bytes(digest.toHex().data()).decode("ascii")[:24]


class StartRequest(NamedTuple):
    """What a second start asks of the first: its arguments and the register it wants. (A
    named tuple: made at every start, and a dataclass costs about a millisecond to define.)"""

    argv: Sequence[str] = ()
    db: str | None = None  # an explicitly chosen register (``--db``), resolved
    cwd: str = ""

    def encode(self) -> bytes:
        data = {"protocol": PROTOCOL, "argv": list(self.argv), "db": self.db, "cwd": self.cwd}
        return json.dumps(data).encode("utf-8") + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> StartRequest | None:
        try:
            data = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("protocol") != PROTOCOL:
            return None
        argv = data.get("argv")
        db = data.get("db")
        if not isinstance(argv, list) or not (db is None or isinstance(db, str)):
            return None
        return cls([str(a) for a in argv], db, str(data.get("cwd") or ""))


def _allow_foreground() -> None:
    """Windows only lets the foreground process give the focus away: let the first take it."""
    if sys.platform == "win32":
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]


def send_to_running(name: str, request: StartRequest) -> bool:
    """Hand ``request`` to a running instance; ``True`` when one is there and answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    _allow_foreground()
    socket.write(request.encode())
    socket.waitForBytesWritten(REPLY_TIMEOUT_MS)
    answered = False
    while socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
        if socket.canReadLine():
            answered = bytes(socket.readLine().data()) == ACK
            break
        if not socket.waitForReadyRead(REPLY_TIMEOUT_MS):
            break
    if not answered:
        log.warning("Het lopende programma antwoordde niet op %s", name)
    socket.disconnectFromServer()
    # Connected means an instance is running: even without an answer, do not open twice.
    return True


class InstanceServer(QObject):
    """Listens for later starts; emits :attr:`request_received` with each valid request."""

    request_received = Signal(object)  # StartRequest

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        if sys.platform == "win32":
            # Only this user may connect (on Unix the socket file lives in a private folder
            # or gets its permissions from the umask; see qutebrowser's QTBUG-48635 note).
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def is_listening(self) -> bool:
        return self._server.isListening()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                return
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _forget(self, socket: QLocalSocket) -> None:
        # No deleteLater(): the socket is a child of the server and goes with it (a handful
        # per session). Deleting it here while the server may be collected by Python
        # crashed PySide in the tests.
        self._buffers.pop(socket, None)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                socket.abort()
                self._forget(socket)
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        request = StartRequest.decode(line)
        if request is None:
            log.warning("Ongeldig bericht van een tweede start genegeerd: %r", line[:200])
            socket.disconnectFromServer()
            return
        socket.write(ACK)
        socket.flush()
        self.request_received.emit(request)


def claim(name: str, request: StartRequest) -> InstanceServer | None:
    """Become the one instance, or hand ``request`` to the one that runs.

    Returns the listening server, or ``None`` when another instance took the request (this
    start should then exit 0). When no server can be set up at all (an odd temporary folder),
    the app still starts, without the single-instance guard: better two windows than none.
    """
    if send_to_running(name, request):
        return None
    server = InstanceServer(name)
    if server.listen():
        return server
    # Someone may have started listening in between, or the name is stale after a crash.
    if send_to_running(name, request):
        return None
    QLocalServer.removeServer(name)
    if server.listen():
        log.info("Verouderde servernaam %s opgeruimd", name)
        return server
    log.warning("Kan niet luisteren op %s; het programma start zonder die bescherming", name)
    return server


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` on top: restore it when minimised, raise and activate it."""
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(
            (state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
    window.show()
    window.raise_()
    window.activateWindow()
