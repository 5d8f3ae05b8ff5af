"""Every change the GUI makes goes through here: one place for errors and for undo.

Modelled on Anki's ``aqt.operations``: a write is a named operation; expected problems
(``UserError``: invalid input, a locked or full disk) are shown as a Dutch message and leave
the data as it was; anything else is a bug and reaches the crash dialog via ``sys.excepthook``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from adviesraad_app.domain.errors import UserError
from adviesraad_app.i18n import translate
from adviesraad_app.services.errors import StorageError

T = TypeVar("T")


class _Saved(Protocol):
    @property
    def id(self) -> int | None: ...


S = TypeVar("S", bound=_Saved)


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("GUI", "Adviesraad"))
    box.setText(message)
    box.exec()


def readonly_hint() -> str:
    """Why writing actions are disabled when the register was opened read-only."""
    return translate(
        "GUI",
        "De database is alleen-lezen geopend (het bestand of de map mag niet worden "
        "beschreven): u kunt alles bekijken, maar niets wijzigen.",
    )


class UndoCommand(QUndoCommand):
    """An undoable change that has already been done when it is pushed."""

    def __init__(
        self, runner: Operations, text: str, redo: Callable[[], object], undo: Callable[[], object]
    ) -> None:
        super().__init__(text)
        self._runner = runner
        self._redo = redo
        self._undo = undo
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if not self._runner.run(self._redo):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._runner.run(self._undo):
            self.setObsolete(True)


class Operations(QObject):
    """Runs writes for one window: shows errors, keeps the undo stack, announces changes."""

    changed = Signal()

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.widget = parent_widget
        self.undo_stack = QUndoStack(self)

    def run(self, fn: Callable[[], object], *, parent: QWidget | None = None) -> bool:
        """Run ``fn``; ``True`` when it completed, ``False`` (message shown) on a UserError."""
        try:
            fn()
        except StorageError as exc:
            show_error(parent or self.widget, exc.message, self.tr("Probleem met de database"))
            return False
        except UserError as exc:
            show_error(parent or self.widget, exc.message)
            return False
        except OSError as exc:  # the environment (a name too long, a folder), not a bug
            from adviesraad_app.services.io_files import environment_error

            show_error(parent or self.widget, environment_error(exc).message)
            return False
        self.changed.emit()
        return True

    def call(self, fn: Callable[[], T], *, parent: QWidget | None = None) -> T | None:
        """Run ``fn`` and return its result; ``None`` (message shown) on a UserError."""
        box: list[T] = []
        if self.run(lambda: box.append(fn()), parent=parent):
            return box[0]
        return None

    def undoable(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        *,
        parent: QWidget | None = None,
    ) -> bool:
        """Run ``do`` now; if it worked, Ctrl+Z runs ``undo`` (and Ctrl+Y ``do`` again)."""
        if not self.run(do, parent=parent):
            return False
        self.undo_stack.push(UndoCommand(self, text, do, undo))
        return True

    def push_done(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        """Record something already done (e.g. adding a document) so Ctrl+Z can take it back."""
        self.undo_stack.push(UndoCommand(self, text, redo, undo))

    def created(
        self,
        text: str,
        create: Callable[[], S],
        delete: Callable[[int], object],
        restore: Callable[[int], object],
        *,
        parent: QWidget | None = None,
    ) -> S | None:
        """Run ``create`` and return what it saved (``None``, message shown, on a UserError);
        Ctrl+Z then calls ``delete(id)`` of the saved thing, and Ctrl+Y ``restore(id)``."""
        saved = self.call(create, parent=parent)
        if saved is not None and saved.id is not None:
            saved_id = saved.id
            self.push_done(text, lambda: restore(saved_id), lambda: delete(saved_id))
        return saved
