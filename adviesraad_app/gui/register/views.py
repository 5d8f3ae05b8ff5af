"""The main window's pages, by their old address: each page now has a module of its own
(``register_view``, ``dashboard_view``, ``commitments_view``, ``deleted_view``), so that a
page is imported when it is first shown. Importing this module loads them all."""

from __future__ import annotations

from adviesraad_app.gui.register.columns import column_menu as _column_menu
from adviesraad_app.gui.register.commitments_view import CommitmentsView
from adviesraad_app.gui.register.dashboard_view import DashboardView
from adviesraad_app.gui.register.deleted_view import DeletedView
from adviesraad_app.gui.register.register_view import RegisterView
from adviesraad_app.gui.register.tables import selected_rows

__all__ = [
    "CommitmentsView",
    "DashboardView",
    "DeletedView",
    "RegisterView",
    "_column_menu",
    "selected_rows",
]
