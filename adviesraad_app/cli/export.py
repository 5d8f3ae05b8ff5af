"""``adviesraad export FORMAT ...``: one command, a sub-command per format.

Each format lives in its own module (listed in ``EXPORT_FORMATS``) with
``register(formats, common)`` adding its sub-parser to ``formats``. The shared options for a
selection of the register (``--year``, ``--kind``, ``--status``, ``--search``, ``--ids``,
``--include-confidential``) come from :func:`add_selection_options` and
:func:`selection_from_args`, so every export selects the same way.
"""

from __future__ import annotations

import argparse

from adviesraad_app.cli.support import Failure, parse_kind, parse_status
from adviesraad_app.domain.filters import RegisterFilter
from adviesraad_app.i18n import translate

# Modules that add an export format: each has ``register(formats, common)``.
EXPORT_FORMATS: list[str] = [
    "adviesraad_app.cli.pdf",
    "adviesraad_app.cli.io_export",
]


def add_selection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, metavar="N", help=translate("CLI", "jaar"))
    parser.add_argument("--kind", metavar="K", help=translate("CLI", "soort advies"))
    parser.add_argument("--status", metavar="S", help=translate("CLI", "status, of ‘open’"))
    parser.add_argument(
        "--search", metavar=translate("CLI", "TEKST"), help=translate("CLI", "zoeken in alle tekst")
    )
    parser.add_argument(
        "--ids",
        metavar="1,2,3",
        help=translate("CLI", "alleen deze adviezen (id's, komma's ertussen)"),
    )
    parser.add_argument(
        "--include-confidential",
        action="store_true",
        help=translate("CLI", "ook vertrouwelijke adviezen en interne notities opnemen"),
    )


def parse_ids(text: str | None) -> tuple[int, ...] | None:
    if text is None:
        return None
    try:
        ids = tuple(int(part) for part in text.replace(" ", "").split(",") if part)
    except ValueError:
        raise Failure(
            translate("CLI", "--ids verwacht getallen met komma's ertussen, zoals 1,2,3.")
        ) from None
    if not ids:
        raise Failure(translate("CLI", "--ids bevat geen adviezen."))
    return ids


def selection_from_args(args: argparse.Namespace) -> RegisterFilter:
    """The register selection an export's options describe (privacy by default)."""
    return RegisterFilter(
        year=getattr(args, "year", None),
        kind=parse_kind(args.kind) if getattr(args, "kind", None) else None,
        status=parse_status(args.status) if getattr(args, "status", None) else None,
        search=getattr(args, "search", None) or "",
        ids=parse_ids(getattr(args, "ids", None)),
        include_confidential=bool(getattr(args, "include_confidential", False)),
    )


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    import importlib

    parser = sub.add_parser(
        "export", parents=[common], help=translate("CLI", "exporteren (pdf, xlsx, csv, ics)")
    )
    formats = parser.add_subparsers(dest="format", metavar=translate("CLI", "FORMAAT"))
    formats.required = True
    for name in EXPORT_FORMATS:
        importlib.import_module(name).register(formats, common)
