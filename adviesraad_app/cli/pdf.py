"""``adviesraad export pdf``: the PDF documents from the command line.

    adviesraad export pdf --kind {overzicht,dossier,jaaroverzicht,termijnen,agenda,vergaderstukken}
        [--year N] [--ids 1,2,3] [--today DATUM] [--include-confidential]
        [--status S] [--search TEKST] [--advice-kind K] [--order SLEUTEL] [--descending]
        [--within DAGEN] [--meeting ID] --output FILE [--json]

``--kind`` names the document; the shared selection option for the kind of advice is
therefore called ``--advice-kind`` here. reportlab is only loaded when the command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from adviesraad_app.cli.export import add_selection_options, selection_from_args
from adviesraad_app.cli.support import (
    CommandContext,
    Failure,
    add_json_option,
    add_today_option,
    add_within_option,
    emit_json,
    open_service,
    out,
    today_and_within,
)
from adviesraad_app.domain.filters import RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.i18n import translate
from adviesraad_app.services.io_files import EXTENSION

DOCUMENT_KINDS = ("overzicht", "dossier", "jaaroverzicht", "termijnen", "agenda", "vergaderstukken")

# ``--order`` values: Dutch words a secretary would type (listed in the help and in the error
# message), and the English keys of the API (accepted too; "status" is both).
ORDER_WORDS: dict[str, SortKey] = {
    "urgentie": SortKey.URGENCY,
    "nummer": SortKey.NUMBER,
    "onderwerp": SortKey.TITLE,
    "soort": SortKey.KIND,
    "thema": SortKey.THEME,
    "verzonden": SortKey.SENT,
    "reactie-uiterlijk": SortKey.REPLY_DUE,
    "reactie": SortKey.REPLY_DATE,
    "uitkomst": SortKey.OUTCOME,
    "status": SortKey.STATUS,
    "te-laat": SortKey.DAYS_LATE,
}
ORDER_KEYS: dict[str, SortKey] = {**ORDER_WORDS, **{key.value: key for key in SortKey}}


def order_words() -> str:
    """The Dutch ``--order`` values, for the help and the error message alike."""
    return ", ".join(ORDER_WORDS)


def _document_kind(value: str) -> str:
    """``--kind``: which document; a wrong one is wrong usage (argparse, exit code 2)."""
    kind = value.strip().lower()
    if kind not in DOCUMENT_KINDS:
        raise argparse.ArgumentTypeError(
            translate("CLI", "Onbekend soort PDF: ‘{value}’. Kies uit: {choices}.").format(
                value=value, choices=", ".join(DOCUMENT_KINDS)
            )
        )
    return kind


def _output_path(value: str) -> Path:
    """``--output``: a name without an extension gets ``.pdf``; another extension is refused."""
    path = Path(value)
    suffix = path.suffix
    if suffix.lower() == ".pdf" or not path.name.strip(" ."):
        return path  # an empty name is the service's error
    if EXTENSION.fullmatch(suffix):  # not ".2026" in "Termijnenlijst 22.11.2026"
        raise Failure(
            translate(
                "CLI",
                "--output moet een PDF-bestand zijn: ‘{name}’ eindigt op {suffix}. Gebruik een "
                "naam die eindigt op .pdf, zoals {example}.",
            ).format(name=path.name, suffix=suffix, example=path.stem + ".pdf")
        )
    return path.with_name(path.name + ".pdf")


def _order(args: argparse.Namespace) -> RegisterOrder | None:
    if args.order is None:
        return RegisterOrder(SortKey.URGENCY, descending=True) if args.descending else None
    key = ORDER_KEYS.get(args.order.strip().lower())
    if key is None:
        raise Failure(
            translate("CLI", "Onbekende volgorde: ‘{value}’. Kies uit: {choices}.").format(
                value=args.order,
                choices=order_words(),
            )
        )
    return RegisterOrder(key, descending=bool(args.descending))


def _selection(args: argparse.Namespace) -> RegisterFilter:
    # the shared options read ``--kind`` as the kind of advice; here that is ``--advice-kind``
    shared = argparse.Namespace(**vars(args))
    shared.kind = args.advice_kind
    return selection_from_args(shared)


def _cmd_export_pdf(ctx: CommandContext) -> int:
    from adviesraad_app.reports.export import export_pdf
    from adviesraad_app.services.pdf.content import PdfKind
    from adviesraad_app.services.text.present import count_text

    a = ctx.args
    kind = PdfKind(a.kind)
    output = _output_path(a.output)
    today, within = today_and_within(a)
    selection = _selection(a)
    order = _order(a)
    if kind == PdfKind.JAAROVERZICHT:
        if a.year is None:
            raise Failure(
                translate("CLI", "Geef met --year aan over welk jaar het jaaroverzicht gaat.")
            )
        narrowed = RegisterFilter(year=a.year, include_confidential=selection.include_confidential)
        if selection != narrowed:
            raise Failure(
                translate(
                    "CLI",
                    "Een jaaroverzicht gaat over een heel jaar: --ids, --status, --search en "
                    "--advice-kind horen er niet bij.",
                )
            )
    meeting = None
    if a.meeting is not None:
        if kind not in (PdfKind.AGENDA, PdfKind.VERGADERSTUKKEN):
            raise Failure(
                translate("CLI", "--meeting hoort bij --kind agenda en --kind vergaderstukken.")
            )
        if not str(a.meeting).strip().isdigit():
            raise Failure(
                translate("CLI", "--meeting: geef het id van de vergadering (een getal).")
            )
        meeting = int(a.meeting)
    service = open_service(a, create=False)
    result = export_pdf(
        service,
        kind,
        output,
        selection=selection,
        ids=selection.ids,
        year=a.year,
        today=today,
        include_confidential=selection.include_confidential,
        order=order,
        within_days=within,
        meeting=meeting,
    )
    if a.json:
        emit_json(result.as_dict())
        return 0
    what = (
        count_text(result.count, translate("CLI", "{n} termijn"), translate("CLI", "{n} termijnen"))
        if kind == PdfKind.TERMIJNEN
        else count_text(
            result.count,
            translate("CLI", "{n} agendapunt"),
            translate("CLI", "{n} agendapunten"),
        )
        if kind in (PdfKind.AGENDA, PdfKind.VERGADERSTUKKEN)
        else count_text(
            result.count, translate("CLI", "{n} advies"), translate("CLI", "{n} adviezen")
        )
    )
    pages = count_text(
        result.pages, translate("CLI", "{n} pagina"), translate("CLI", "{n} pagina’s")
    )
    out(
        translate("CLI", "PDF opgeslagen: {path} ({pages}, {what}).").format(
            path=result.path, pages=pages, what=what
        )
    )
    if result.include_confidential:
        out(translate("CLI", "Let op: deze PDF is VERTROUWELIJK en mag niet openbaar worden."))
    elif result.left_out_confidential and kind == PdfKind.TERMIJNEN:
        out(
            count_text(
                result.left_out_confidential,
                translate(
                    "CLI",
                    "1 termijn van een vertrouwelijk advies is weggelaten "
                    "(--include-confidential).",
                ),
                translate(
                    "CLI",
                    "{n} termijnen van vertrouwelijke adviezen zijn weggelaten "
                    "(--include-confidential).",
                ),
            )
        )
    elif result.left_out_confidential:
        out(
            count_text(
                result.left_out_confidential,
                translate("CLI", "1 vertrouwelijk advies is weggelaten (--include-confidential)."),
                translate(
                    "CLI", "{n} vertrouwelijke adviezen zijn weggelaten (--include-confidential)."
                ),
            )
        )
    for warning in result.warnings:
        out(translate("CLI", "Let op: {text}").format(text=warning.message))
    return 0


def register(formats: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    parser = formats.add_parser(
        "pdf",
        parents=[common],
        conflict_handler="resolve",
        help=translate("CLI", "overzicht, dossier, jaaroverzicht of termijnenlijst als PDF"),
        description=translate(
            "CLI",
            "Maak een PDF voor de leden: het overzicht van een selectie (meest urgent eerst), "
            "het dossier van een of meer adviezen, het jaaroverzicht of de termijnenlijst. "
            "Vertrouwelijke adviezen en interne notities blijven weg, tenzij "
            "--include-confidential.",
        ),
    )
    add_selection_options(parser)
    # replaces the shared --kind (kind of advice): here --kind names the document
    parser.add_argument(
        "--kind",
        required=True,
        type=_document_kind,
        metavar="{" + ",".join(DOCUMENT_KINDS) + "}",
        help=translate("CLI", "welke PDF"),
    )
    parser.add_argument(
        "--advice-kind",
        metavar="K",
        help=translate("CLI", "alleen deze soort advies (gevraagd, ongevraagd, signaal)"),
    )
    parser.add_argument(
        "--output",
        required=True,
        metavar=translate("CLI", "BESTAND"),
        help=translate("CLI", "waar de PDF komt (zonder extensie: .pdf erbij)"),
    )
    add_today_option(parser)
    parser.add_argument(
        "--order",
        metavar=translate("CLI", "SLEUTEL"),
        help=translate("CLI", "volgorde van het overzicht: {keys} (standaard: urgentie)").format(
            keys=order_words()
        ),
    )
    parser.add_argument(
        "--descending", action="store_true", help=translate("CLI", "aflopend sorteren")
    )
    add_within_option(
        parser,
        translate(
            "CLI", "termijnenlijst: zoveel dagen vooruit (standaard: de instelling ‘binnenkort’)"
        ),
    )
    parser.add_argument(
        "--meeting",
        metavar="ID",
        help=translate(
            "CLI", "agenda en vergaderstukken: de vergadering (standaard: de eerstvolgende)"
        ),
    )
    add_json_option(parser)
    parser.set_defaults(handler=_cmd_export_pdf)
