"""Render the import and export dialogs with demo data to PNG, offscreen, for looking at them.

    python tools/screenshots_io.py [--out docs/images]

Uses a temporary demo register (the Werk- en Leercentrum advice without its reply, so that
the seed letter has something to match), the seed letters in ``tests/fixtures/seeds``, and a
spreadsheet written here (a title row, Dutch column names, an unknown column, a bad row).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from shots import ROOT, Shots

REQUEST_LETTER = """Gemeente Almelo

Ons kenmerk: UIT-24130077
Verzonden: 2-12-2024
Behandeld door: L. Brinkman
Betreft: Adviesaanvraag Verordening jeugdhulp 2025

Geachte leden van de adviesraad,

Hierbij vragen wij u om advies over de concept-Verordening jeugdhulp 2025.
Graag ontvangen wij uw advies uiterlijk 15 januari 2025.

Met vriendelijke groet,

L. Brinkman
"""


def write_sheet(path: Path) -> Path:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Register"
    rows = [
        ["Adviezen Adviesraad sociaal domein 2019–2021"],
        [],
        [
            "Nr.",
            "Onderwerp",
            "Soort advies",
            "Thema",
            "Verstuurd naar college",
            "Datum reactie (college)",
            "Uitkomst",
            "Opmerkingen",
        ],
        [
            "2019-01",
            "Huishoudelijke hulp na de nieuwe aanbesteding",
            "gevraagd",
            "Wmo",
            date(2019, 3, 4),
            date(2019, 4, 10),
            "overgenomen",
            "",
        ],
        [
            "2019-02",
            "Cliëntondersteuning beter bekend maken",
            "ongevraagd",
            "Wmo",
            date(2019, 6, 17),
            date(2019, 8, 30),
            "deels",
            "Reactie te laat",
        ],
        [
            "2020-01",
            "Jongeren en schulden",
            "signaal",
            "Schuldhulpverlening",
            "31-02-2020",
            None,
            None,
            "",
        ],
        [
            "2020-02",
            "Beschermd wonen: spreiding over de regio",
            "gevraagd",
            "Beschermd wonen",
            date(2020, 10, 5),
            date(2020, 11, 2),
            "niet",
            "",
        ],
        [
            None,
            "Toegang tot de Wmo voor mensen met een licht verstandelijke beperking",
            "ongevraagd",
            "Wmo",
            date(2021, 2, 8),
            None,
            None,
            "Nummer ontbrak in Excel",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = "DD-MM-YYYY"
    workbook.save(str(path))
    return path


def main() -> int:
    shots = Shots(__doc__, prefix="adviesraad-io-shots-")
    work = shots.work

    from adviesraad_app.gui.io import actions as io_actions
    from adviesraad_app.gui.main_window import PAGE_REGISTER

    seeds = ROOT / "tests" / "fixtures" / "seeds"
    service, window = shots.demo_window()
    wlc = next(r.id for r in service.register() if "Werk- en Leercentrum" in r.title)
    reply = service.dossier(wlc).reply
    assert reply is not None and reply.id is not None
    service.delete_reply(reply.id)
    window.refresh()
    grab = shots.grab

    letter = io_actions.import_letter(window, seeds / "000_526a42cf11afde33.txt")
    assert letter is not None
    grab(letter, "brief-importeren")
    letter.close()

    other = io_actions.import_letter(window, seeds / "001_351b5f451884c022.txt")
    assert other is not None
    grab(other, "brief-zonder-briefhoofd")
    other.close()

    request_path = work / "adviesaanvraag-verordening-jeugdhulp.txt"
    request_path.write_text(REQUEST_LETTER, encoding="utf-8")
    request = io_actions.import_letter(window, request_path)
    assert request is not None
    grab(request, "brief-adviesaanvraag")
    request.close()

    sheet = io_actions.import_register(window, write_sheet(work / "register-oud.xlsx"))
    assert sheet is not None
    grab(sheet, "register-importeren")
    from adviesraad_app.services.sheets.register_sheet import Column

    sheet.set_field(4, Column.SENT_DATE)
    sheet.skipInvalid.setChecked(True)
    grab(sheet, "register-importeren-gecorrigeerd")
    sheet.run_import()
    grab(sheet, "register-importeren-klaar")
    sheet.close()

    window.show_page(PAGE_REGISTER)
    view = window.register_view
    view.yearCombo.setCurrentIndex(view.yearCombo.findData(2024))
    grab(window, "register-exporteren-knop")
    export = io_actions.options_dialog(window, io_actions.sheet_spec(window, "xlsx"))
    export.show()
    grab(export, "exporteren-opties")
    export.close()
    calendar = io_actions.options_dialog(window, io_actions.calendar_spec(window))
    calendar.show()
    grab(calendar, "exporteren-agenda")
    calendar.close()

    window.close()
    service.close()
    return shots.finish()


if __name__ == "__main__":
    sys.exit(main())
