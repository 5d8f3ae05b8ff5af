"""``adviesraad import-letter`` and ``adviesraad import-register``.

Registered through ``cli.COMMAND_MODULES``. The services (and pypdf, python-docx, openpyxl
behind them) load only when a command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adviesraad_app.cli.support import (
    CommandContext,
    Failure,
    add_json_option,
    emit_json,
    open_service,
    out,
)
from adviesraad_app.i18n import translate
from adviesraad_app.services.text.present import count_text

if TYPE_CHECKING:  # the services load when a command runs
    from adviesraad_app.services.letters.model import LetterAnalysis
    from adviesraad_app.services.sheets.import_plan import ImportPlan
    from adviesraad_app.services.sheets.register_import import ImportResult


def _emit_result(args: argparse.Namespace, data: dict[str, Any], error: str | None) -> None:
    data["ok"] = error is None
    data["error"] = error
    emit_json(data)
    args._json_done = True


def _advices_text(n: int) -> str:
    return count_text(n, translate("CLI", "1 advies"), translate("CLI", "{n} adviezen"))


def _commitments_text(n: int) -> str:
    """``zonder toezeggingen`` / ``met 1 toezegging`` / ``met 3 toezeggingen``."""
    if n == 0:
        return translate("CLI", "zonder toezeggingen")
    return count_text(
        n, translate("CLI", "met 1 toezegging"), translate("CLI", "met {n} toezeggingen")
    )


def _cmd_import_letter(ctx: CommandContext) -> int:
    from adviesraad_app.services.letters.reading import (
        LetterNotApplied,
        analyse_letter,
        apply_letter,
    )
    from adviesraad_app.services.letters.serialize import letter_dict, saved_dict

    args = ctx.args
    service = open_service(args, create=args.apply)
    analysis = analyse_letter(service, Path(args.file))
    data = letter_dict(analysis)
    saved = None
    refusal: str | None = None
    if args.apply:
        try:
            saved = apply_letter(service, analysis)
        except LetterNotApplied as exc:
            refusal = exc.message
        data["applied"] = saved_dict(saved) if saved else None
        data["not_applied_reason"] = refusal
    if args.json:
        _emit_result(args, data, refusal)
    else:
        _print_letter(analysis)
        if saved is not None:
            if saved.created_advice:
                out(
                    translate(
                        "CLI", "Opgeslagen: nieuw gevraagd advies {number} (id {id}), met de brief."
                    ).format(number=saved.number, id=saved.advice_id)
                )
            else:
                message = translate(
                    "CLI",
                    "Opgeslagen: reactie op advies {number} {commitments}; de brief is "
                    "aan het dossier toegevoegd.",
                ).format(
                    number=saved.number,
                    commitments=_commitments_text(len(saved.commitment_ids)),
                )
                if saved.reply_days_late:
                    message += " " + count_text(
                        saved.reply_days_late,
                        translate("CLI", "De reactie kwam 1 dag te laat."),
                        translate("CLI", "De reactie kwam {n} dagen te laat."),
                    )
                out(message)
    if refusal is not None:
        raise Failure(refusal)
    return 0


def _print_letter(analysis: LetterAnalysis) -> None:
    from adviesraad_app.domain.dates import format_long as long_date

    f = analysis.fields
    out(
        translate("CLI", "{name}: {kind}").format(name=analysis.path.name, kind=f.letter_type.label)
    )
    if analysis.mail is not None:
        from adviesraad_app.services.letters.mail import mail_lines

        for line in mail_lines(analysis.mail):
            out("  " + line)
    rows = [
        (translate("CLI", "Datum"), long_date(f.date)),
        (translate("CLI", "Uw brief"), long_date(f.your_letter_date)),
        (translate("CLI", "Uw kenmerk"), f.your_reference or ""),
        (translate("CLI", "Ons kenmerk"), f.our_reference or ""),
        (translate("CLI", "Zaaknummer"), f.case_number or ""),
        (translate("CLI", "Behandeld door"), f.handled_by or ""),
        (translate("CLI", "Onderwerp"), f.subject or ""),
        (translate("CLI", "Soort advies"), f.advice_kind.label if f.advice_kind else ""),
        (translate("CLI", "Advies uiterlijk"), long_date(f.requested_deadline)),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        if value:
            out(f"  {label.ljust(width)}  {value}")
    for commitment in f.commitments:
        out("  " + translate("CLI", "Toezegging: {text}").format(text=commitment.text))
    if analysis.match is not None:
        best = analysis.match
        out(
            translate(
                "CLI", "Hoort bij advies {number} ({title}), zekerheid {c:.0%}{extra}."
            ).format(
                number=best.number,
                title=best.title,
                c=best.confidence,
                extra="" if analysis.unambiguous else " " + translate("CLI", "(niet eenduidig)"),
            )
        )
        for other in analysis.alternatives[:5]:
            out(
                "  "
                + translate("CLI", "of advies {number} ({title}), zekerheid {c:.0%}").format(
                    number=other.number, title=other.title, c=other.confidence
                )
            )
    for warning in analysis.warnings:
        out(translate("CLI", "Let op: {text}").format(text=warning))


def _cmd_import_register(ctx: CommandContext) -> int:
    from adviesraad_app.services.sheets.register_import import (
        ImportRefused,
        apply_import,
        plan_dict,
        prepare_import,
        refusal_message,
        result_dict,
    )

    args = ctx.args
    service = open_service(args)
    plan = prepare_import(service, Path(args.file))
    data = plan_dict(plan)
    data["dry_run"] = bool(args.dry_run)
    result = None
    refused: str | None = None
    if not args.dry_run:
        try:
            result = apply_import(service, plan, skip_invalid=args.skip_invalid)
        except ImportRefused as exc:
            refused = exc.message
    data.update(
        result_dict(result)
        if result
        else {"imported": 0, "replies": 0, "created": [], "skipped_rows": []}
    )
    failure = refused
    if failure is None and args.dry_run and plan.problems:
        failure = refusal_message(plan)
    if args.json:
        _emit_result(args, data, failure)
    else:
        _print_plan(plan, result, args.dry_run)
    if failure is not None:
        raise Failure(failure)
    return 0


def _print_plan(plan: ImportPlan, result: ImportResult | None, dry_run: bool) -> None:
    table = plan.table
    where = translate("CLI", " (blad ‘{sheet}’)").format(sheet=table.sheet) if table.sheet else ""
    out(
        translate("CLI", "{name}{where}: kopregel in rij {row}.").format(
            name=table.path.name, where=where, row=plan.mapping.header_row
        )
    )
    for index, header in enumerate(plan.mapping.headers):
        if not header:
            continue
        column = plan.mapping.columns[index]
        target = column.label if column else translate("CLI", "(niet herkend)")
        out(f"  {plan.mapping.describe(index)} -> {target}")
    replies = sum(1 for r in plan.rows if r.reply is not None)
    out(
        translate(
            "CLI",
            "Te importeren: {advices} ({replies} met reactie). Al in het register: "
            "{existing}. Lege rijen: {empty}.",
        ).format(
            advices=_advices_text(len(plan.rows)),
            replies=replies,
            existing=len(plan.existing),
            empty=plan.empty_rows,
        )
    )
    for row in plan.rows[:200]:
        out(f"  {translate('CLI', 'rij')} {row.row}: {row.advice.number}  {row.advice.title}")
    if len(plan.rows) > 200:
        out("  " + translate("CLI", "… en nog {n}.").format(n=len(plan.rows) - 200))
    if plan.problems:
        out(translate("CLI", "Problemen:"))
        for problem in plan.problems:
            out("  " + problem.text())
    for warning in plan.warnings:
        out(translate("CLI", "Let op: {text}").format(text=warning))
    if dry_run:
        out(translate("CLI", "Proefdraai: er is niets geïmporteerd."))
    elif result is not None:
        out(
            translate("CLI", "Geïmporteerd: {advices}, {replies}.").format(
                advices=_advices_text(len(result.created)),
                replies=count_text(
                    result.replies,
                    translate("CLI", "1 reactie"),
                    translate("CLI", "{n} reacties"),
                ),
            )
        )
        if result.skipped:
            rows = sorted({p.row for p in result.skipped})
            out(
                translate("CLI", "Overgeslagen rijen (met een probleem): {rows}.").format(
                    rows=", ".join(str(r) for r in rows)
                )
            )


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import-letter",
        parents=[common],
        help=translate("CLI", "een brief van het college inlezen (.pdf, .docx, .txt, .eml, .msg)"),
    )
    p.add_argument(
        "file",
        metavar=translate("CLI", "BESTAND"),
        help=translate("CLI", "de brief, of de e-mail waarmee hij kwam (.eml, .msg)"),
    )
    add_json_option(p)
    p.add_argument(
        "--apply",
        action="store_true",
        help=translate(
            "CLI",
            "opslaan (reactie met toezeggingen, of een nieuw gevraagd advies) als het advies "
            "eenduidig is; de brief wordt aan het dossier toegevoegd",
        ),
    )
    p.set_defaults(handler=_cmd_import_letter)

    p = sub.add_parser(
        "import-register",
        parents=[common],
        help=translate("CLI", "een bestaand register inlezen (.xlsx, .csv)"),
    )
    p.add_argument(
        "file", metavar=translate("CLI", "BESTAND"), help=translate("CLI", "het spreadsheet")
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CLI", "alleen tonen wat er geïmporteerd zou worden, en alle problemen"),
    )
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate("CLI", "de goede rijen importeren en de rijen met een probleem overslaan"),
    )
    add_json_option(p)
    p.set_defaults(handler=_cmd_import_register)
