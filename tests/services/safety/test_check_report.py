"""services/safety/check_report.py: what the database check tells the user: one summary
sentence (singular and plural, what could not be checked, a damaged file), when the repair is
offered and when never, the report as text and as JSON."""

from __future__ import annotations

import json

from adviesraad_app.services.safety.check_report import (
    CheckReport,
    IssueCode,
    problems_found,
    table_label,
    uncertain_notes_line,
)


def test_a_clean_report() -> None:
    report = CheckReport("register.sqlite3", notes=["Integriteit in orde."])
    assert report.ok and not report.repairable and not report.damaged
    assert report.summary() == "Geen problemen gevonden."
    assert report.backup_line() == ""
    text = report.text()
    assert text.splitlines() == [
        "Controle van register.sqlite3",
        "  ✓ Integriteit in orde.",
        "Geen problemen gevonden.",
    ]


def test_summary_counts_problems_and_what_was_skipped() -> None:
    assert problems_found(1) == "1 probleem gevonden."
    assert problems_found(3) == "3 problemen gevonden."
    report = CheckReport("r.sqlite3", skipped=["De documenten (map niet leesbaar)."])
    report.add(IssueCode.DOCUMENTS_MISSING, "2 documenten ontbreken.")
    report.add(IssueCode.DERIVED, "Afgeleide gegevens kloppen niet.")
    assert report.summary() == (
        "2 problemen gevonden. Niet alles kon worden gecontroleerd (1 onderdeel)."
    )


def test_repair_is_offered_for_what_it_can_fix_and_never_after_it_failed() -> None:
    documents = CheckReport("r.sqlite3")
    documents.add(IssueCode.DOCUMENTS_MISSING, "Een document ontbreekt.", "Zet het terug.")
    assert not documents.repairable  # the repair cannot bring a file back
    assert "check --repair" not in documents.text()
    assert "    Zet het terug." in documents.text().splitlines()

    index = CheckReport("r.sqlite3")
    index.add(IssueCode.SEARCH_INDEX, "De zoekindex is niet compleet.")
    assert index.repairable
    assert "adviesraad check --repair" in index.text()
    assert "check --repair" not in index.text(suggest_repair=False)
    index.repair_failed = True
    assert not index.repairable

    unreadable = CheckReport("r.sqlite3", unreadable=["advices"])
    unreadable.add(IssueCode.INTEGRITY, "Het bestand is beschadigd.")
    assert not unreadable.repairable


def test_a_damaged_file_puts_the_other_findings_under_reserve() -> None:
    report = CheckReport("r.sqlite3", notes=["Toezeggingen in orde."])
    report.add(IssueCode.INTEGRITY, "Het bestand is beschadigd.")
    assert report.damaged and not report.notes_reliable
    lines = report.text().splitlines()
    assert "  ✓ Toezeggingen in orde." not in lines
    assert "  " + uncertain_notes_line() in lines
    assert "    · Toezeggingen in orde." in lines
    assert "er wordt niets meer in opgeslagen" in report.summary()
    assert lines[-1] == "Er is geen bruikbare back-up van dit register gevonden."


def test_the_json_report() -> None:
    report = CheckReport("r.sqlite3", details=["row 3 missing from index"])
    report.add(IssueCode.SEARCH_INDEX, "De zoekindex is niet compleet.")
    data = json.loads(json.dumps(report.as_dict()))
    assert data["ok"] is False and data["repairable"] is True
    assert data["problems"] == ["De zoekindex is niet compleet."]
    assert data["issues"] == [
        {
            "code": "search_index",
            "message": "De zoekindex is niet compleet.",
            "advice": "",
            "repairable": True,
        }
    ]
    assert data["newest_backup"] is None
    assert data["details"] == ["row 3 missing from index"]
    assert "Technische details: adviesraad check --json" in report.text()


def test_table_names_in_dutch() -> None:
    assert table_label("commitments") == "toezeggingen"
    assert table_label("reply_outcomes") == "uitkomsten per aanbeveling"
    assert table_label("meetings") == "meetings"
