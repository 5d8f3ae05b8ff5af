"""Every change the GUI makes goes through here: one place for errors and for undo.

Modelled on Anki's ``aqt.operations`` (``CollectionOp``): a write is a named operation;
expected problems (``UserError``: invalid input, a locked or full disk; an ``OSError`` of the
environment) are shown as a Dutch message by :func:`show_failure` and leave the data as it
was; anything else is a bug and reaches the crash dialog via ``sys.excepthook``.

- ``window.ops`` (:class:`Operations`): ``run``/``call`` a change, announce it (``changed``),
  and keep the undo stack (``undoable``, ``created``, ``push_done``).
- :class:`Op`: one piece of work that may fail in an expected way, for what is not a change
  of the register (a file written, a backup restored, a register read):
  ``Op(parent, work).success(cb).failure(cb).run()``; ``invalid(cb)`` shows a
  ``ValidationError`` in the form instead of a message box; ``quiet()`` leaves the telling
  to the failure callback (a banner, a status line). :func:`attempt` is the short form.

``tests/gui/test_error_route.py`` keeps it the only way: no other GUI module catches
``UserError`` or ``StorageError`` (bar a short, justified list).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from adviesraad_app.domain.errors import UserError, ValidationError
from adviesraad_app.i18n import translate
from adviesraad_app.services.errors import StorageError

T = TypeVar("T")


class _Saved(Protocol):
    @property
    def id(self) -> int | None: ...


S = TypeVar("S", bound=_Saved)


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox  # when a message is shown, not at start-up

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("GUI", "Adviesraad"))
    box.setText(message)
    box.exec()


def failure_of(exc: BaseException) -> UserError | None:
    """The expected problem ``exc`` stands for (``None``: a bug, not ours to show)."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, OSError):  # the environment (a name too long, a folder), not a bug
        from adviesraad_app.services.io_files import environment_error

        return environment_error(exc)
    return None


def show_failure(parent: QWidget | None, error: UserError, title: str | None = None) -> None:
    """The one way an expected problem reaches the user: its Dutch message in a box."""
    if title is None and isinstance(error, StorageError):
        title = translate("Operations", "Probleem met de database")
    show_error(parent, error.message, title)


D = TypeVar("D")


class Op(Generic[T]):
    """One piece of work that may fail in an expected way (like Anki's ``CollectionOp``).

    ``run()`` does the work; on success it calls the ``success`` callback with the result and
    returns ``True``; on an expected problem it shows it (:func:`show_failure`, unless
    ``quiet()`` or an ``invalid`` callback takes a ValidationError), calls the ``failure``
    callback and returns ``False``. Anything else is a bug and propagates.
    """

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[], T],
        *,
        announce: Callable[[], object] | None = None,
    ) -> None:
        self._parent = parent
        self._work = work
        self._announce = announce  # told of a success first (``Operations.changed``)
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[UserError], object] | None = None
        self._invalid: Callable[[ValidationError], object] | None = None
        self._quiet = False
        self._title: str | None = None
        self.result: T | None = None
        self.error: UserError | None = None

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[UserError], object]) -> Op[T]:
        self._failure = callback
        return self

    def invalid(self, callback: Callable[[ValidationError], object]) -> Op[T]:
        """Show a ValidationError in the form (field by field) instead of a message box."""
        self._invalid = callback
        return self

    def quiet(self) -> Op[T]:
        """No message box: the ``failure`` callback tells the user in its own way (or the
        failure is expected and harmless: a read that gives way to a default)."""
        self._quiet = True
        return self

    def tell(self, callback: Callable[[str], object]) -> Op[T]:
        """Show the Dutch message with ``callback`` (a form's error line) instead of a box."""
        return self.quiet().failure(lambda error: callback(error.message))

    def titled(self, title: str) -> Op[T]:
        """The message box's title (what failed: "Back-up mislukt")."""
        self._title = title
        return self

    def value_or(self, default: D) -> T | D:
        """:meth:`run`, then the work's result, or ``default`` when it failed."""
        return cast(T, self.result) if self.run() else default

    def run(self) -> bool:
        try:
            result = self._work()
        except (UserError, OSError) as exc:
            error = failure_of(exc)
            assert error is not None
            self.error = error
            if isinstance(error, ValidationError) and self._invalid is not None:
                self._invalid(error)
            elif not self._quiet:
                # a file the program could not use is no database problem: no such title
                plain = isinstance(exc, OSError) and self._title is None
                title = translate("GUI", "Adviesraad") if plain else self._title
                show_failure(self._parent, error, title)
            if self._failure is not None:
                self._failure(error)
            return False
        self.result = result
        if self._announce is not None:
            self._announce()
        if self._success is not None:
            self._success(result)
        return True


def attempt(work: Callable[[], T], *, parent: QWidget | None) -> T | None:
    """Run ``work`` and return its result; ``None`` (the problem shown) when it failed."""
    return Op(parent, work).value_or(None)


def read_or(default: D, work: Callable[[], T]) -> T | D:
    """``work()``, or ``default`` when it fails in an expected way (a damaged or locked
    register while a status line or a hint is worked out: shown elsewhere, not here)."""
    return Op(None, work).quiet().value_or(default)


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
        return self.op(fn, parent=parent).run()

    def op(self, fn: Callable[[], T], *, parent: QWidget | None = None) -> Op[T]:
        """A change as an :class:`Op` (add ``success``/``failure``/``invalid``, then ``run``):
        its success is announced with ``changed`` before the ``success`` callback runs."""
        return Op(parent or self.widget, fn, announce=self.changed.emit)

    def call(self, fn: Callable[[], T], *, parent: QWidget | None = None) -> T | None:
        """Run ``fn`` and return its result; ``None`` (message shown) on a UserError."""
        return self.op(fn, parent=parent).value_or(None)

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
