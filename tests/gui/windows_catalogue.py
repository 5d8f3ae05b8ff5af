"""Every top-level window and dialog of the app, opened on the demo register: shared by the
small-screen, keyboard and screen-reader tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from tests.conftest import TODAY

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"

Opener = Callable[[Any, Path], QWidget]


def _dossier(window: Any, _tmp: Path) -> QWidget:
    return window.open_dossier(window.service.register()[0].id)


def _new_advice(window: Any, _tmp: Path) -> QWidget:
    return window.new_advice()


def _settings(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.gui.settings.dialog import SettingsDialog

    return SettingsDialog(window, window.service.settings, str(window.service.path))


def _commitment(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.gui.common.dialogs import CommitmentDialog

    return CommitmentDialog(window, reply_id=1)


def _extension(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.domain.deadlines import Term
    from adviesraad_app.domain.extensions import TermKind
    from adviesraad_app.gui.common.dialogs import ExtensionDialog

    return ExtensionDialog(window, 1, Term(TermKind.REPLY, date(2024, 9, 23)))


def _letter(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.gui.io import actions as io_actions

    dialog = io_actions.import_letter(window, SEEDS / "000_526a42cf11afde33.txt")
    assert dialog is not None
    return dialog


def _register_import(window: Any, tmp: Path) -> QWidget:
    from adviesraad_app.gui.io import actions as io_actions

    sheet = tmp / "register.csv"
    sheet.write_text(
        "Nr.;Onderwerp;Soort advies;Verstuurd naar college\n"
        "2019-01;Huishoudelijke hulp;gevraagd;04-03-2019\n",
        encoding="utf-8",
    )
    dialog = io_actions.import_register(window, sheet)
    assert dialog is not None
    return dialog


def _export(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.gui.io import actions as io_actions

    return io_actions.options_dialog(window, io_actions.sheet_spec(window, "xlsx"))


def _pdf(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.gui.pdf.export_dialog import PdfExportDialog, PdfRequest
    from adviesraad_app.services.pdf.content import PdfKind

    return PdfExportDialog(window, window.service, PdfRequest(PdfKind.TERMIJNEN, TODAY))


def _crash(window: Any, tmp: Path) -> QWidget:
    from adviesraad_app.gui.safety.crash_dialog import CrashDialog

    return CrashDialog("Traceback ...\nValueError: x", tmp / "crash.txt", earlier=True)


def _open_problem(window: Any, tmp: Path) -> QWidget:
    from adviesraad_app.gui.safety.open_problem import OpenProblemDialog
    from adviesraad_app.services.safety.diagnosis import OpenDiagnosis, OpenProblem

    diagnosis = OpenDiagnosis(
        tmp / "x.sqlite3",
        OpenProblem.LOCKED,
        "De database is bezet.",
        "Sluit het andere programma.",
        (),
    )
    return OpenProblemDialog(diagnosis)


def _backups(window: Any, _tmp: Path) -> QWidget:
    from PySide6.QtCore import QObject

    from adviesraad_app.gui.safety.dialogs import BackupsDialog

    dialog = window.findChild(QObject, "safetyActions").show_backups()
    assert isinstance(dialog, BackupsDialog)
    return dialog


def _check(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.gui.safety.check_dialog import CheckDialog

    return CheckDialog(window.service.path)


def _manual(window: Any, _tmp: Path) -> QWidget:
    """A manual window of its own (the app's one manual stays for the other tests)."""
    from adviesraad_app.gui.common.manual import ManualWindow
    from adviesraad_app.gui.common.window_frame import prepare_window

    manual = ManualWindow(None)
    prepare_window(manual)
    return manual


def _close_commitment(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.domain.commitments import Commitment
    from adviesraad_app.domain.kinds import CommitmentStatus
    from adviesraad_app.gui.dossier.close_commitment import CloseCommitmentDialog

    commitment = Commitment(reply_id=1, text="Wij informeren u zodra er nieuws is.")
    return CloseCommitmentDialog(
        window, commitment, CommitmentStatus.DONE, date(2024, 11, 5), [], TODAY
    )


def _non_working_days(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.gui.settings.non_working_days import NonWorkingDaysDialog

    return NonWorkingDaysDialog(window, window.service.settings.own_days, 2025)


def _meeting(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.gui.meetings.dialogs import MeetingDialog

    return MeetingDialog(window, window.meetings_view.meetings, TODAY)


def _action(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.domain.meetings import Meeting
    from adviesraad_app.gui.meetings.dialogs import ActionDialog

    meetings = window.meetings_view.meetings
    meeting = meetings.add_meeting(Meeting(date=TODAY))
    return ActionDialog(window, meetings, meeting.id)


def _compose_letter(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.gui.letters.compose import ComposeLetterDialog

    late = [i for i in window.service.deadlines(TODAY) if i.next_step is not None]
    item = late[0]
    return ComposeLetterDialog(
        window,
        window.service,
        item.advice_id,
        ops=window.ops,
        commitment_id=item.commitment_id,
        step=item.next_step,
        today=lambda: TODAY,
    )


def _letter_settings(window: Any, _tmp: Path) -> QWidget:
    from adviesraad_app.gui.letters.letter_settings import LetterSettingsDialog

    return LetterSettingsDialog(window, window.service.settings)


OPENERS: dict[str, Opener] = {
    "dossier": _dossier,
    "nieuw-advies": _new_advice,
    "instellingen": _settings,
    "toezegging": _commitment,
    "verdaging": _extension,
    "brief": _letter,
    "register-importeren": _register_import,
    "exporteren": _export,
    "pdf": _pdf,
    "foutverslag": _crash,
    "database-probleem": _open_problem,
    "backups": _backups,
    "database-controleren": _check,
    "handleiding": _manual,
    "toezegging-afsluiten": _close_commitment,
    "feestdagen": _non_working_days,
    "vergadering": _meeting,
    "actie": _action,
    "brief-opstellen": _compose_letter,
    "brieven-en-sjablonen": _letter_settings,
}


def close_all(widgets: Iterator[QWidget] | list[QWidget]) -> None:
    for widget in widgets:
        if hasattr(widget, "snapshot"):
            widget._clean = widget.snapshot()  # type: ignore[attr-defined]
        widget.close()
