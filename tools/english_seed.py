"""Fill the English translation file with a first set of translations (menus, views, CLI).

The English translation is partial: it proves the machinery end to end (CLI and GUI) and is
the start for a translator working in Qt Linguist. Strings already translated are kept.

    python tools/english_seed.py && python tools/update_translations.py
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "adviesraad_en.ts"

ENGLISH: dict[str, str] = {
    # main window
    "&Bestand": "&File",
    "Be&werken": "&Edit",
    "Bee&ld": "&View",
    "E&xtra": "&Tools",
    "&Help": "&Help",
    "E&xporteren": "E&xport",
    "&Importeren": "&Import",
    "&Nieuw advies…": "&New advice…",
    "Dossier &openen": "&Open dossier",
    "Database &openen…": "&Open database…",
    "Nieuwe &database…": "New &database…",
    "&Demogegevens laden": "Load &demo data",
    "&Afsluiten": "&Quit",
    "&Zoeken": "&Find",
    "&Verwijderen": "&Delete",
    "&Terugzetten": "&Restore",
    "&Instellingen…": "&Settings…",
    "&Termijnen": "&Deadlines",
    "&Adviezen": "&Advices",
    "T&oezeggingen": "C&ommitments",
    "&Verwijderde adviezen": "&Deleted advices",
    "&Vernieuwen": "&Refresh",
    "&Over Adviesraad": "&About Adviesraad",
    "&Ongedaan maken": "&Undo",
    "Opnie&uw": "&Redo",
    "Termijnen": "Deadlines",
    "Adviezen": "Advices",
    "Toezeggingen": "Commitments",
    "Verwijderd": "Deleted",
    "Bekijken": "Show",
    "Werkbalk": "Toolbar",
    # register
    "Nr.": "No.",
    "Onderwerp": "Subject",
    "Soort": "Kind",
    "Thema": "Theme",
    "Verzonden": "Sent",
    "Reactie uiterlijk": "Reply due",
    "Reactie ontvangen": "Reply received",
    "Reactie\nuiterlijk": "Reply\ndue",
    "Reactie\nontvangen": "Reply\nreceived",
    "Verwijderd op": "Deleted on",
    "Advies uiterlijk {date}: {days}": "Advice due {date}: {days}",
    "Te laat": "Late",
    "Uitkomst": "Outcome",
    "Status": "Status",
    "Filters wissen": "Clear filters",
    "Nieuw advies…": "New advice…",
    "Dossier openen": "Open dossier",
    "Verwijderen": "Delete",
    "Terugzetten": "Restore",
    "Alle jaren": "All years",
    "Alle soorten": "All kinds",
    "Alle statussen": "All statuses",
    "Alle thema’s": "All themes",
    "{n} adviezen": "{n} advices",
    # dashboard
    "Peildatum:": "As of:",
    "Vandaag": "Today",
    "Stand": "State",
    "Dagen": "Days",
    "Uiterlijk": "Due",
    "Wat": "What",
    "Binnenkort": "Due soon",
    "Wacht op reactie": "Awaiting reply",
    # dossier
    "Advies": "Advice",
    "Aanbevelingen": "Recommendations",
    "Reactie college": "College's reply",
    "Documenten": "Documents",
    "Intern": "Internal",
    "Geschiedenis": "History",
    "Opslaan": "Save",
    "Sluiten": "Close",
    "Annuleren": "Cancel",
    # CLI
    "Fout: {message}": "Error: {message}",
    "Geen adviezen gevonden.": "No advices found.",
    "{n} adviezen.": "{n} advices.",
    "Geen openstaande termijnen.": "No open deadlines.",
    "Nieuwe database aangemaakt: {path}": "New database created: {path}",
    "De database bestaat al: {path} ({n} adviezen).": (
        "The database already exists: {path} ({n} advices)."
    ),
    "Id": "Id",
    "Reactie": "Reply",
    "Datum": "Date",
    "Soort termijn": "Kind of deadline",
    # argparse
    "gebruik: ": "usage: ",
    "argumenten": "positional arguments",
    "opties": "options",
    "toon deze hulp en stop": "show this help message and exit",
    "%(prog)s: fout: %(message)s\n": "%(prog)s: error: %(message)s\n",
    "deze argumenten ontbreken: %s": "the following arguments are required: %s",
    # model words
    "gevraagd advies": "solicited advice",
    "ongevraagd advies": "unsolicited advice",
    "signaal": "signal",
    "overgenomen": "adopted",
    "deels overgenomen": "partly adopted",
    "niet overgenomen": "not adopted",
    "kennisgenomen": "noted",
    "aanvraag ontvangen": "request received",
    "in voorbereiding": "in preparation",
    "advies verzonden": "advice sent",
    "reactie ontvangen": "reply received",
    "afgerond": "completed",
    "vervallen": "lapsed",
}


def main() -> None:
    tree = ET.parse(TS)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or source not in ENGLISH:
            continue
        if translation.get("type") == "unfinished" or not translation.text:
            translation.text = ENGLISH[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{filled} strings translated")


if __name__ == "__main__":
    main()
