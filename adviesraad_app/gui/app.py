"""Start-up of the desktop app (being built; see issue 3)."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    from adviesraad_app.cli_support import Failure
    from adviesraad_app.i18n import translate

    raise Failure(translate("GUI", "Het programmavenster is nog niet beschikbaar in deze versie."))
