"""What a document is: its title, council, date and paper, shown on every page and written
into its metadata. Shared by the build (``build.py``) and the page decoration (``page.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4, landscape  # type: ignore[import-untyped]

from adviesraad_app.i18n import translate
from adviesraad_app.reports.style import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MARGIN_X_LANDSCAPE


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    """What a document is: shown on every page and written into its metadata."""

    title: str  # "Adviezenoverzicht 2024"
    subject: str  # one sentence for the metadata
    council: str
    municipality: str
    made_on: date
    landscape: bool = False
    confidential: bool = False
    subtitle: str = ""  # under the title on page 1: selection, reference date
    keywords: tuple[str, ...] = ()
    reference_date: date | None = None  # the peildatum: the register as of this date
    selection: str = ""  # what was selected, in words (the colophon)

    @property
    def metadata_title(self) -> str:
        """The title a viewer's title bar and a file list show: it says VERTROUWELIJK when
        confidential content is included, so the file is not taken for a public one."""
        if not self.confidential:
            return self.title
        return translate("Reports", "{title} (VERTROUWELIJK)").format(title=self.title)

    @property
    def pagesize(self) -> tuple[float, float]:
        size: tuple[float, float] = landscape(A4) if self.landscape else A4
        return size

    @property
    def frame_width(self) -> float:
        return float(self.pagesize[0] - 2 * self.margin_x)

    @property
    def margin_x(self) -> float:
        return float(MARGIN_X_LANDSCAPE if self.landscape else MARGIN_X)

    @property
    def frame_height(self) -> float:
        return float(self.pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM)
