"""Jaaroverzicht: one year's advices, replies and recommendations, as an appendix to the
council's annual report. Every chart has its numbers in a table beside it and a text
alternative; categories are named on the chart itself, so nothing depends on colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]

from adviesraad_app.domain.dates import format_short
from adviesraad_app.i18n import translate
from adviesraad_app.reports.build import Build
from adviesraad_app.reports.fonts import BOLD, REGULAR, safe_text
from adviesraad_app.reports.style import INK, MUTED
from adviesraad_app.reports.tables import Column, RowsTable
from adviesraad_app.services.pdf.content import YearContent
from adviesraad_app.services.pdf.year_stats import YearStatistics
from adviesraad_app.services.text.present import (
    count_text,
    days_count_text,
    left_out_confidential_text,
    outcome_text,
)

BAR = colors.HexColor("#3d5a80")


def percentage(count: int, whole: int) -> int:
    """``count`` as a whole percentage of ``whole``, with one rule everywhere: half a percent
    and more rounds up (62,5 -> 63, 12,5 -> 13). Shares of one whole may then add up to 99 or
    101; the document says so under its tables rather than bend a figure."""
    if whole <= 0:
        return 0
    return (200 * count + whole) // (2 * whole)


def _shares(counts: list[int], whole: int) -> list[str]:
    """``['40%', '60%']``: each count's share of the whole."""
    if whole <= 0:
        return ["—" for _ in counts]
    return [f"{percentage(count, whole)}%" for count in counts]


def bar_chart(
    title: str, items: list[tuple[str, int]], width: float, *, bar_height: float = 16
) -> Drawing:
    """A horizontal bar chart: the category names on the axis, the number at each bar."""
    label_width = 150.0
    plot_height = max(1, len(items)) * (bar_height + 8)
    height = plot_height + 34
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, safe_text(title), fontName=BOLD, fontSize=10, fillColor=INK))
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 8
    chart.width = width - label_width - 40
    chart.height = plot_height
    # reportlab draws the first category at the bottom: reverse, so the list reads top-down
    chart.data = [[value for _, value in reversed(items)]]
    chart.categoryAxis.categoryNames = [safe_text(name) for name, _ in reversed(items)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    top = max((value for _, value in items), default=0)
    chart.valueAxis.valueMax = max(1, top) * 1.1
    chart.valueAxis.visible = False
    chart.valueAxis.visibleGrid = 0
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_height
    chart.groupSpacing = 8
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 9
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    return drawing


def _alt(title: str, items: list[tuple[str, int]]) -> str:
    values = "; ".join(f"{name}: {value}" for name, value in items)
    return translate("Reports", "Staafdiagram {title}. {values}.").format(
        title=title, values=values
    )


def _height(flowables: Sequence[Any], width: float) -> float:
    """The room ``flowables`` take one after another (spacing included)."""
    total = 0.0
    for flowable in flowables:
        total += float(flowable.wrap(width, 10_000)[1])
        total += float(flowable.getSpaceBefore()) + float(flowable.getSpaceAfter())
    return total


def _chart_with_table(
    build: Build,
    title: str,
    items: list[tuple[str, int]],
    whole: int,
    what: str,
    *,
    lead: Sequence[Any] = (),
) -> list[Any]:
    """The chart and its table, kept on one page together with ``lead`` (the section's heading
    and introduction), so a heading is never left at the foot of a page without its chart."""
    drawing = bar_chart(title, items, min(build.width, 460))
    columns = [
        Column(what, build.width - 160),
        Column(translate("Reports", "Aantal"), 70, align="RIGHT"),
        Column(translate("Reports", "Aandeel"), 90, align="RIGHT"),
    ]
    shares = _shares([value for _, value in items], whole)
    rows = [[name, str(value), share] for (name, value), share in zip(items, shares, strict=True)]
    rows.append([translate("Reports", "Totaal"), str(whole), "100%" if whole else "—"])
    table = build.table(columns, rows)
    return [
        build.keep_room(_height(lead, build.width) + drawing.height + 6 + table.total_height + 12),
        *lead,
        build.figure(drawing, _alt(title, items)),
        build.space(6),
        table,
    ]


def _key_figures(stats: YearStatistics) -> list[tuple[str, str]]:
    rows = [
        (translate("Reports", "Adviezen en signalen"), str(stats.total)),
        (translate("Reports", "waarvan gevraagd advies"), str(stats.solicited)),
        (translate("Reports", "waarvan ongevraagd advies"), str(stats.unsolicited)),
        (translate("Reports", "waarvan signalen"), str(stats.signals)),
        (
            translate("Reports", "Reacties binnen de termijn"),
            f"{stats.replies_on_time} / {stats.replies_expected}",
        ),
        (
            translate("Reports", "Reacties te laat"),
            f"{stats.replies_late} / {stats.replies_expected}",
        ),
        (
            translate("Reports", "Reactie ontbreekt (termijn verstreken)"),
            f"{stats.replies_missing} / {stats.replies_expected}",
        ),
        (
            translate("Reports", "Reactietermijn loopt nog"),
            f"{stats.replies_pending} / {stats.replies_expected}",
        ),
        (
            translate("Reports", "Gemiddelde reactietijd"),
            _days(stats.average_reply_days) if stats.average_reply_days is not None else "—",
        ),
        (
            translate("Reports", "Langste reactietijd"),
            translate("Reports", "{days} (advies {number})").format(
                days=days_count_text(stats.longest_reply_days),
                number=stats.longest_reply_number,
            )
            if stats.longest_reply_days is not None
            else "—",
        ),
        (translate("Reports", "Aanbevelingen"), str(stats.recommendations)),
    ]
    outcomes = stats.outcome_counts()
    shares = _shares([count for _, count in outcomes], stats.recommendations)
    for (outcome, count), share in zip(outcomes, shares, strict=True):
        rows.append(
            (
                translate("Reports", "waarvan {outcome}").format(outcome=outcome_text(outcome)),
                f"{count} ({share})",
            )
        )
    return rows


def _number(value: float) -> str:
    """Dutch decimal comma: ``12,5``; whole numbers without decimals."""
    if value == int(value):
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def _days(value: float) -> str:
    """``1 dag``, ``12,5 dagen``."""
    number = _number(value)
    if number == "1":
        return translate("Reports", "1 dag")
    return translate("Reports", "{n} dagen").format(n=number)


def _on_time_text(stats: YearStatistics) -> str:
    """``3 van 4 (75%)``: replies within the term of those whose term has passed."""
    judged = stats.replies_on_time + stats.replies_late + stats.replies_missing
    if judged == 0:
        return "—"
    return translate("Reports", "{n} van {of} ({share}%)").format(
        n=stats.replies_on_time, of=judged, share=percentage(stats.replies_on_time, judged)
    )


def _comparison(build: Build, years: Sequence[YearStatistics]) -> list[Any]:
    """The year beside the ones before it: counts, replies in time, average reply time."""
    label_width = build.width - 95 * len(years)
    columns = [
        Column(translate("Reports", "Cijfer"), label_width),
        *(Column(str(stats.year), 95, align="RIGHT") for stats in years),
    ]

    def row(label: str, value: Any) -> list[str]:
        return [label, *(value(stats) for stats in years)]

    rows = [
        row(translate("Reports", "Adviezen en signalen"), lambda s: str(s.total)),
        row(translate("Reports", "waarvan gevraagd advies"), lambda s: str(s.solicited)),
        row(translate("Reports", "waarvan ongevraagd advies"), lambda s: str(s.unsolicited)),
        row(translate("Reports", "waarvan signalen"), lambda s: str(s.signals)),
        row(translate("Reports", "Reacties binnen de termijn"), _on_time_text),
        row(
            translate("Reports", "Gemiddelde reactietijd"),
            lambda s: _days(s.average_reply_days) if s.average_reply_days is not None else "—",
        ),
    ]
    table = RowsTable(columns, rows, row_headers=True, max_lines=build.max_cell_lines)
    return [
        build.h2(
            translate("Reports", "{year} naast {first} en {second}").format(
                year=years[-1].year, first=years[0].year, second=years[1].year
            )
        ),
        table,
        build.p(
            translate(
                "Reports",
                "Reacties binnen de termijn: van de adviezen waarvan de reactietermijn op de "
                "peildatum verstreken was. Een jaar zonder adviezen heeft geen gemiddelde (—).",
            ),
            "note",
        ),
    ]


def story(build: Build, content: YearContent) -> list[Any]:
    stats = content.stats
    body: list[Any] = []

    body += [build.h2(translate("Reports", "Kerncijfers")), build.facts(_key_figures(stats), 230)]
    body.append(
        build.p(
            translate(
                "Reports",
                "Percentages zijn afgerond op hele procenten, een half procent naar boven; "
                "opgeteld kunnen ze daardoor 99% of 101% zijn.",
            ),
            "note",
        )
    )
    if len(content.earlier) == 2:
        body += _comparison(build, [*content.earlier, stats])

    kinds = [
        (translate("Reports", "gevraagd advies"), stats.solicited),
        (translate("Reports", "ongevraagd advies"), stats.unsolicited),
        (translate("Reports", "signaal"), stats.signals),
    ]
    lead = [
        build.h2(translate("Reports", "Adviezen en signalen")),
        build.p(
            translate(
                "Reports",
                "In {year} bracht de adviesraad {total} uit: {solicited} gevraagd, "
                "{unsolicited} ongevraagd en {signals}.",
            ).format(
                year=stats.year,
                total=count_text(
                    stats.total,
                    translate("Reports", "1 advies of signaal"),
                    translate("Reports", "{n} adviezen en signalen"),
                ),
                solicited=stats.solicited,
                unsolicited=stats.unsolicited,
                signals=count_text(
                    stats.signals,
                    translate("Reports", "1 signaal"),
                    translate("Reports", "{n} signalen"),
                ),
            )
        ),
    ]
    body += _chart_with_table(
        build,
        translate("Reports", "Adviezen per soort"),
        kinds,
        stats.total,
        translate("Reports", "Soort"),
        lead=lead,
    )
    body.append(build.h3(translate("Reports", "Onderwerpen")))
    confidential = " " + translate("Reports", "(vertrouwelijk)")
    subject_rows = [
        [
            s.number,
            s.title + (confidential if s.confidential else ""),
            s.kind.label,
            s.theme or "—",
            format_short(s.sent_date) or translate("Reports", "nog niet"),
        ]
        for s in stats.subjects
    ]
    subject_headers = [
        translate("Reports", "Nr."),
        translate("Reports", "Onderwerp"),
        translate("Reports", "Soort"),
        translate("Reports", "Thema"),
        translate("Reports", "Verzonden"),
    ]
    body.append(build.fitted_table(subject_headers, subject_rows, fill=1, flexible=(2, 3)))

    replies = [
        (translate("Reports", "binnen de termijn"), stats.replies_on_time),
        (translate("Reports", "te laat"), stats.replies_late),
        (translate("Reports", "ontbreekt (termijn verstreken)"), stats.replies_missing),
        (translate("Reports", "termijn loopt nog"), stats.replies_pending),
    ]
    heading = build.h2(translate("Reports", "Reacties van het college"))
    text = translate(
        "Reports",
        "Op {expected} moest het college schriftelijk reageren. {received}: {on_time} binnen "
        "de termijn en {late} te laat.",
    ).format(
        expected=count_text(
            stats.replies_expected,
            translate("Reports", "1 advies"),
            translate("Reports", "{n} adviezen"),
        ),
        received=count_text(
            stats.replies_received,
            translate("Reports", "1 reactie is ontvangen"),
            translate("Reports", "{n} reacties zijn ontvangen"),
        ),
        on_time=stats.replies_on_time,
        late=stats.replies_late,
    )
    if stats.average_reply_days is not None and stats.longest_reply_days is not None:
        text += " " + translate(
            "Reports",
            "De gemiddelde reactietijd was {average}, de langste {longest} (advies {number}).",
        ).format(
            average=_days(stats.average_reply_days),
            longest=days_count_text(stats.longest_reply_days),
            number=stats.longest_reply_number,
        )
    if stats.average_days_late is not None:
        text += " " + translate(
            "Reports", "Reacties die te laat kwamen, waren gemiddeld {days} over de termijn."
        ).format(days=_days(stats.average_days_late))
    body += _chart_with_table(
        build,
        translate("Reports", "Reacties van het college"),
        replies,
        stats.replies_expected,
        translate("Reports", "Reactie"),
        lead=[heading, build.p(text)],
    )

    outcomes = [(outcome_text(o), n) for o, n in stats.outcome_counts()]
    lead = [
        build.h2(translate("Reports", "Aanbevelingen")),
        build.p(
            translate(
                "Reports",
                "De adviezen van {year} bevatten {n} aanbevelingen. Per aanbeveling legt het "
                "college in zijn reactie vast of het die overneemt.",
            ).format(year=stats.year, n=stats.recommendations)
        ),
    ]
    body += _chart_with_table(
        build,
        translate("Reports", "Aanbevelingen naar uitkomst"),
        outcomes,
        stats.recommendations,
        translate("Reports", "Uitkomst"),
        lead=lead,
    )

    head: list[Any] = [*build.title()]
    note = left_out_confidential_text(stats.left_out_confidential)
    if note:
        head.append(build.p(note, "note"))
    return [*head, *build.contents(), *body, *build.colophon()]
