"""The export use case the GUI calls: content, file names, errors, atomic writing."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest

from adviesraad_app.domain.errors import NotFoundError, UserError
from adviesraad_app.domain.filters import STATUS_OPEN, RegisterFilter, RegisterOrder, SortKey
from adviesraad_app.domain.kinds import AdviceKind
from adviesraad_app.reports.export import export_pdf, write_pdf
from adviesraad_app.services.pdf import saving as export_module
from adviesraad_app.services.pdf.content import (
    DeadlineContent,
    OverviewContent,
    PdfCancelledError,
    PdfKind,
    PdfWriteError,
)
from adviesraad_app.services.pdf.export import (
    NothingToExportError,
    default_file_name,
    prepare_pdf,
)
from adviesraad_app.services.register import RegisterService
from tests.support.pdf import TODAY, confidential_ids, read_pdf


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the PDFs (the database lives in ``tmp_path``)."""
    folder = tmp_path / "uitvoer"
    folder.mkdir()
    return folder


def test_result_reports_pages_count_and_size(demo_service: RegisterService, out: Path) -> None:
    path = out / "overzicht.pdf"
    result = export_pdf(demo_service, PdfKind.OVERZICHT, path, today=TODAY)
    assert result.path == path and path.exists()
    assert result.pages == len(read_pdf(path).reader.pages)
    assert result.count == 12
    assert result.size_bytes == path.stat().st_size
    assert result.left_out_confidential == 1
    assert result.as_dict()["kind"] == "overzicht"
    assert _files(out) == ["overzicht.pdf"]  # no temporary file left


def test_prepare_gives_the_gui_a_preview_without_writing(
    demo_service: RegisterService, out: Path
) -> None:
    content = prepare_pdf(
        demo_service, "overzicht", selection=RegisterFilter(status=STATUS_OPEN), today=TODAY
    )
    assert isinstance(content, OverviewContent)
    assert all(not row.status.is_closed for row in content.rows)
    assert content.heading.title == "Adviezenoverzicht"
    assert "alleen open adviezen" in content.heading.subtitle
    assert _files(out) == []
    result = write_pdf(content, out / "open.pdf")
    assert result.count == content.count


def test_selection_order_and_year(demo_service: RegisterService) -> None:
    content = prepare_pdf(
        demo_service,
        "overzicht",
        year=TODAY.year - 1,
        order=RegisterOrder(SortKey.NUMBER, descending=False),
        today=TODAY,
    )
    assert isinstance(content, OverviewContent)
    numbers = [r.number for r in content.rows]
    assert numbers == sorted(numbers) and all(n.startswith(str(TODAY.year - 1)) for n in numbers)
    assert content.heading.title == f"Adviezenoverzicht {TODAY.year - 1}"
    gevraagd = prepare_pdf(
        demo_service, "overzicht", selection=RegisterFilter(kind=AdviceKind.GEVRAAGD), today=TODAY
    )
    assert isinstance(gevraagd, OverviewContent)
    assert {r.kind for r in gevraagd.rows} == {AdviceKind.GEVRAAGD}


def test_gui_filter_that_includes_confidential_still_leaves_them_out_by_default(
    demo_service: RegisterService,
) -> None:
    # the register's own filter shows confidential advices; the export decides for itself
    content = prepare_pdf(
        demo_service, "overzicht", selection=RegisterFilter(include_confidential=True)
    )
    assert isinstance(content, OverviewContent)
    assert not any(r.confidential for r in content.rows)


def test_termijnen_split_overdue_and_due_soon(demo_service: RegisterService) -> None:
    content = prepare_pdf(demo_service, "termijnen", today=TODAY)
    assert isinstance(content, DeadlineContent)
    assert content.overdue and content.due_soon
    assert all(i.days_left < 0 for i in content.overdue)
    assert all(0 <= i.days_left <= demo_service.settings.due_soon_days for i in content.due_soon)
    assert content.until == date(2026, 12, 6)
    wider = prepare_pdf(demo_service, "termijnen", today=TODAY, within_days=365)
    assert isinstance(wider, DeadlineContent)
    assert wider.count >= content.count


def test_empty_termijnenlijst_is_a_document_not_an_error(
    service: RegisterService, out: Path
) -> None:
    result = export_pdf(service, "termijnen", out / "t.pdf", today=TODAY)
    assert result.count == 0
    assert "Er is niets te laat." in read_pdf(out / "t.pdf").flat


def test_empty_selection_is_a_clear_error_and_writes_nothing(
    demo_service: RegisterService, out: Path
) -> None:
    target = out / "leeg.pdf"
    with pytest.raises(NothingToExportError) as error:
        export_pdf(demo_service, "overzicht", target, year=2019, today=TODAY)
    assert "Er zijn geen adviezen in deze selectie (jaar 2019)" in error.value.message
    assert "geen PDF gemaakt" in error.value.message
    with pytest.raises(NothingToExportError):
        export_pdf(demo_service, "overzicht", target, selection=RegisterFilter(search="xyzzy"))
    assert _files(out) == []


def test_year_without_advices_names_the_years_there_are(
    demo_service: RegisterService, out: Path
) -> None:
    with pytest.raises(NothingToExportError) as error:
        export_pdf(demo_service, "jaaroverzicht", out / "j.pdf", year=2019)
    assert "Er zijn geen adviezen uit 2019." in error.value.message
    assert "2024, 2025, 2026" in error.value.message
    with pytest.raises(NothingToExportError) as error:
        export_pdf(demo_service, "jaaroverzicht", out / "j.pdf")
    assert "Kies het jaar" in error.value.message
    assert _files(out) == []


def test_only_confidential_ids_explain_how_to_include_them(
    demo_service: RegisterService, out: Path
) -> None:
    secret = confidential_ids(demo_service)
    with pytest.raises(NothingToExportError) as error:
        export_pdf(demo_service, "dossier", out / "d.pdf", ids=secret)
    assert "vertrouwelijk" in error.value.message
    assert "--include-confidential" in error.value.message
    with pytest.raises(NotFoundError):
        export_pdf(demo_service, "dossier", out / "d.pdf", ids=[999])
    assert _files(out) == []


def test_missing_folder_and_folder_as_target(demo_service: RegisterService, out: Path) -> None:
    with pytest.raises(PdfWriteError) as error:
        export_pdf(demo_service, "overzicht", out / "bestaat-niet" / "o.pdf")
    assert "bestaat niet" in error.value.message
    with pytest.raises(PdfWriteError) as error:
        export_pdf(demo_service, "overzicht", out)
    assert "is een map" in error.value.message
    assert _files(out) == []


def test_unwritable_folder_leaves_nothing_behind(
    demo_service: RegisterService, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # root ignores permissions, so the refusal of the operating system is simulated
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(export_module.tempfile, "mkstemp", refuse)
    with pytest.raises(PdfWriteError) as error:
        export_pdf(demo_service, "overzicht", out / "o.pdf")
    assert "Geen schrijfrechten in de map" in error.value.message
    assert _files(out) == []


def test_file_open_in_another_program_keeps_the_old_pdf(
    demo_service: RegisterService, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "overzicht.pdf"
    target.write_bytes(b"%PDF-1.4 the old one")
    real_replace = os.replace

    def locked(source: object, destination: object) -> None:
        # what Windows says when a PDF reader holds the file open
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(export_module.os, "replace", locked)
    with pytest.raises(PdfWriteError) as error:
        export_pdf(demo_service, "overzicht", target)
    assert "geopend in een ander programma" in error.value.message
    assert target.read_bytes() == b"%PDF-1.4 the old one"
    assert _files(out) == ["overzicht.pdf"]
    monkeypatch.setattr(export_module.os, "replace", real_replace)
    export_pdf(demo_service, "overzicht", target)
    assert target.read_bytes().startswith(b"%PDF-1.4\n") or target.read_bytes()[:5] == b"%PDF-"
    assert target.stat().st_size > 1000


def test_a_failure_while_drawing_leaves_no_file(
    demo_service: RegisterService, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adviesraad_app.reports import build

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("reportlab fell over")

    monkeypatch.setattr(build, "_one_pass", broken)
    with pytest.raises(RuntimeError):
        export_pdf(demo_service, "overzicht", out / "o.pdf")
    assert _files(out) == []


def test_progress_is_reported_and_cancel_stops(demo_service: RegisterService, out: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_pdf(
        demo_service,
        "dossier",
        out / "d.pdf",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(0 <= done <= total for done, total in seen)
    with pytest.raises(PdfCancelledError) as error:
        export_pdf(demo_service, "dossier", out / "stop.pdf", progress=lambda d, t: False)
    assert "afgebroken" in error.value.message
    assert _files(out) == ["d.pdf"]


def test_errors_are_user_errors(demo_service: RegisterService, out: Path) -> None:
    for error_type in (NothingToExportError, PdfWriteError, PdfCancelledError):
        assert issubclass(error_type, UserError)


@pytest.mark.parametrize(
    ("kind", "options", "name"),
    [
        ("overzicht", {"year": 2024}, "Adviezenoverzicht 2024.pdf"),
        ("overzicht", {"selection": RegisterFilter(year=2025)}, "Adviezenoverzicht 2025.pdf"),
        ("overzicht", {"today": date(2026, 11, 22)}, "Adviezenoverzicht 22-11-2026.pdf"),
        ("dossier", {"number": "2024-07"}, "Dossier 2024-07.pdf"),
        ("dossier", {"today": date(2026, 11, 22)}, "Dossiers 22-11-2026.pdf"),
        ("jaaroverzicht", {"year": 2024}, "Jaaroverzicht 2024.pdf"),
        ("termijnen", {"today": date(2026, 11, 22)}, "Termijnenlijst 22-11-2026.pdf"),
        (
            "overzicht",
            {"year": 2024, "include_confidential": True},
            "Adviezenoverzicht 2024 (VERTROUWELIJK).pdf",
        ),
    ],
)
def test_default_file_names(kind: str, options: dict[str, object], name: str) -> None:
    assert default_file_name(kind, **options) == name  # type: ignore[arg-type]


def _advice_with_title(service: RegisterService, title: str) -> str:
    from adviesraad_app.domain.advices import Advice

    advice = service.create_advice(Advice(kind=AdviceKind.SIGNAAL, title=title))
    return advice.number


def test_characters_the_fonts_lack_are_reported_with_their_advices(
    demo_service: RegisterService, out: Path
) -> None:
    number = _advice_with_title(demo_service, "Wachtlijst 👍 jeugdhulp 中文")
    result = export_pdf(
        demo_service,
        PdfKind.OVERZICHT,
        out / "o.pdf",
        selection=RegisterFilter(search="Wachtlijst"),
        today=TODAY,
    )
    (warning,) = result.warnings
    assert warning.kind == "missing_characters"
    assert warning.characters == ("👍", "中", "文")  # in the order they occur
    assert warning.advices == (number,)
    assert "👍 (U+1F44D)" in warning.message and f"advies {number}" in warning.message
    assert "\ufffd" in warning.message  # says what the reader sees instead
    assert result.as_dict()["warnings"] == [
        {
            "kind": "missing_characters",
            "characters": ["👍", "中", "文"],
            "code_points": ["U+1F44D", "U+4E2D", "U+6587"],
            "advices": [number],
            "message": warning.message,
        }
    ]
    assert "Wachtlijst \ufffd jeugdhulp \ufffd\ufffd" in read_pdf(out / "o.pdf").flat


@pytest.mark.parametrize("kind", [PdfKind.OVERZICHT, PdfKind.DOSSIER])
def test_an_emoji_beyond_the_basic_plane_is_replaced_and_reported(
    demo_service: RegisterService, out: Path, kind: PdfKind
) -> None:
    """DejaVu can draw 😀, but its text layer would read back as a wrong character (ὠ)."""
    number = _advice_with_title(demo_service, "Blije gezichten 😀 bij de inloop 中中中中")
    advice_id = next(r.id for r in demo_service.register() if r.number == number)
    path = out / "e.pdf"
    result = export_pdf(demo_service, kind, path, ids=[advice_id], today=TODAY)
    (warning,) = result.warnings
    assert warning.kind == "missing_characters"
    assert warning.characters == ("😀", "中")
    assert "😀 (U+1F600)" in warning.message and warning.advices == (number,)
    text = read_pdf(path).text
    assert "ὠ" not in text and "😀" not in text
    assert all(ord(c) <= 0xFFFF for c in text)
    flat = " ".join(text.split())
    # one replacement per missing character: the reader sees that four are missing
    assert "Blije gezichten \ufffd bij de inloop \ufffd\ufffd\ufffd\ufffd" in flat


def test_right_to_left_text_is_reported_as_unsupported(
    demo_service: RegisterService, out: Path
) -> None:
    number = _advice_with_title(demo_service, "Inloop voor nieuwkomers: שלום")
    advice_id = next(r.id for r in demo_service.register() if r.number == number)
    result = export_pdf(demo_service, PdfKind.DOSSIER, out / "d.pdf", ids=[advice_id])
    (warning,) = result.warnings
    assert warning.kind == "right_to_left"
    assert set(warning.characters) == set("שלום")
    assert warning.advices == (number,)
    assert "rechts naar links" in warning.message


@pytest.mark.parametrize("kind", list(PdfKind))
def test_plain_dutch_gives_no_warnings(
    demo_service: RegisterService, out: Path, kind: PdfKind
) -> None:
    result = export_pdf(demo_service, kind, out / f"{kind}.pdf", year=2025, today=TODAY)
    assert result.warnings == () and result.as_dict()["warnings"] == []


def test_dossiers_picked_by_id_are_named_by_number(demo_service: RegisterService) -> None:
    rows = {r.number: r.id for r in demo_service.register()}
    content = prepare_pdf(
        demo_service, PdfKind.DOSSIER, ids=[rows["2024-03"], rows["2025-02"]], today=TODAY
    )
    assert content.heading.subtitle.startswith("2 adviezen: 2024-03, 2025-02.\n")
    by_filter = prepare_pdf(demo_service, PdfKind.DOSSIER, year=2025, today=TODAY)
    assert by_filter.heading.subtitle.startswith("4 adviezen: jaar 2025.\n")


def test_overview_of_one_chosen_advice_says_advies_not_adviezen(
    demo_service: RegisterService, out: Path
) -> None:
    content = prepare_pdf(
        demo_service, "overzicht", selection=RegisterFilter(ids=(1,)), today=TODAY
    )
    assert isinstance(content, OverviewContent)
    assert content.heading.subtitle.startswith("Selectie: 1 gekozen advies. 1 advies, ")
    pair = tuple(sorted(set(range(1, 6)) - set(confidential_ids(demo_service)))[:2])
    two = prepare_pdf(demo_service, "overzicht", selection=RegisterFilter(ids=pair), today=TODAY)
    assert two.heading.subtitle.startswith("Selectie: 2 gekozen adviezen. 2 adviezen, ")
    path = out / "een.pdf"
    write_pdf(content, path)
    text = " ".join(read_pdf(path).text.split())
    assert "1 gekozen advies." in text and "adviezen" not in text.split("Peildatum")[0]
