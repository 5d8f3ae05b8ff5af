"""``adviesraad letter``: the council's letters from Word templates (docs/LETTERS.md)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from adviesraad_app.cli.support import (
    CommandContext,
    Failure,
    add_json_option,
    emit_json,
    open_service,
    out,
    parse_advice_ref,
    parse_optional_cli_date,
)
from adviesraad_app.domain.dates import format_long
from adviesraad_app.domain.reminders import LetterKind
from adviesraad_app.i18n import translate

KINDS = tuple(k.value for k in LetterKind)


def _kind(value: str) -> LetterKind:
    try:
        return LetterKind(value.strip().lower())
    except ValueError:
        raise Failure(
            translate("CLI", "Onbekende soort brief: ‘{value}’. Kies uit: {choices}.").format(
                value=value, choices=", ".join(KINDS)
            )
        ) from None


def _commitment(text: str | None) -> int | None:
    if text is None:
        return None
    if not text.strip().isdigit():
        raise Failure(
            translate("CLI", "--commitment verwacht het id van een toezegging (een getal).")
        )
    return int(text)


def _cmd_letter(ctx: CommandContext) -> int:
    from adviesraad_app.reports.letter import write_letter
    from adviesraad_app.services.letters.eml_draft import check_draft_name, write_draft
    from adviesraad_app.services.letters.fields import LetterRequest
    from adviesraad_app.services.letters.writing import output_format

    a = ctx.args
    kind = _kind(a.kind)
    on = parse_optional_cli_date(a.date, "--date") or date.today()
    commitment_id = _commitment(a.commitment)
    output = Path(a.output)
    output_format(output)
    if a.eml is not None:
        check_draft_name(Path(a.eml))
    service = open_service(a, create=False)
    advice_id = parse_advice_ref(service, a.advice_id)
    written = write_letter(
        service,
        LetterRequest(kind, advice_id, on, commitment_id),
        output,
        template=Path(a.template) if a.template else None,
        record=a.record,
    )
    draft = None
    if a.eml is not None:
        draft = write_draft(
            Path(a.eml),
            written.subject,
            written.path,
            service.settings,
            to_council=kind == LetterKind.RAADSBERICHT,
        )
    if a.json:
        emit_json(
            {
                "kind": kind.value,
                "advice_id": advice_id,
                "date": on.isoformat(),
                "commitment_id": commitment_id,
                "output": str(written.path),
                "format": written.path.suffix.lower().lstrip("."),
                "subject": written.subject,
                "template": str(written.template),
                "recorded": written.document is not None,
                "document_id": written.document.id if written.document else None,
                "eml": str(draft) if draft else None,
            }
        )
        return 0
    out(
        translate("CLI", "Brief geschreven: {path} ({subject}, {date}).").format(
            path=written.path, subject=written.subject, date=format_long(on)
        )
    )
    if written.document is not None:
        out(translate("CLI", "Vastgelegd in het dossier als brief van de raad."))
    if draft is not None:
        out(translate("CLI", "E-mailconcept: {path}").format(path=draft))
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "letter",
        parents=[common],
        help=translate("CLI", "een brief van de raad opstellen uit een Word-sjabloon"),
    )
    p.add_argument(
        "kind", metavar="{" + ",".join(KINDS) + "}", help=translate("CLI", "soort brief")
    )
    p.add_argument("advice_id", metavar="ADVIES", help=translate("CLI", "id of nummer (2024-07)"))
    p.add_argument(
        "--output",
        required=True,
        metavar=translate("CLI", "BESTAND"),
        help=translate("CLI", "de brief: .docx (Word) of .pdf"),
    )
    p.add_argument(
        "--template",
        metavar="FILE.docx",
        help=translate("CLI", "dit Word-sjabloon (standaard: uit Instellingen, anders het eigen)"),
    )
    p.add_argument(
        "--date",
        metavar=translate("CLI", "DATUM"),
        help=translate("CLI", "datum van de brief (standaard: vandaag)"),
    )
    p.add_argument(
        "--commitment",
        metavar="ID",
        help=translate("CLI", "herinnering aan deze toezegging in plaats van aan de reactie"),
    )
    p.add_argument(
        "--record",
        action="store_true",
        help=translate("CLI", "als verstuurd vastleggen in het dossier"),
    )
    p.add_argument(
        "--eml",
        metavar=translate("CLI", "BESTAND"),
        help=translate("CLI", "ook een e-mailconcept (.eml) met de brief als bijlage"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_letter)
