"""Generate large registers for benchmarks: 1,000 / 10,000 / 100,000 advices.

Rows are written in bulk (one transaction, ``executemany``), but every value goes through the
same domain objects, column mapping and derivation rules as the application, so the result is
a register the app would have written itself (``adviesraad check`` passes on it).

    python benchmarks/datagen.py 10000 [--out PATH]
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adviesraad_app.domain.advices import Advice, format_number, renumber, with_terms_in_force  # noqa: E402
from adviesraad_app.domain.derived import derive  # noqa: E402
from adviesraad_app.domain.kinds import AdviceKind, ManualStatus, Outcome  # noqa: E402
from adviesraad_app.domain.replies import RecommendationOutcome, Reply  # noqa: E402
from adviesraad_app.domain.settings import DEFAULT_THEMES, Settings  # noqa: E402
from adviesraad_app.storage.database import open_database  # noqa: E402
from adviesraad_app.storage.repository import Repository, now  # noqa: E402

DATA_DIR = Path(__file__).resolve().parent / "_data"

SUBJECTS = [
    "Werk- en Leercentrum voor inwoners met een psychische beperking",
    "Integrale ketenaanpak maatschappelijke opvang",
    "Uitvoeringsmodel sociale werkvoorziening en Ontplooj",
    "Inclusieve arbeidsmarkt en garantiebanen",
    "Beleidsregels bijzondere bijstand",
    "Vroegsignalering van schulden",
    "Inkoop specialistische jeugdhulp",
    "Regionale visie beschermd wonen",
    "Verordening maatschappelijke ondersteuning",
    "Cliëntondersteuning en onafhankelijke toegang",
    "Mantelzorgondersteuning en respijtzorg",
    "Toegankelijkheid van het Werkplein",
    "Armoedebeleid en kindpakket",
    "Dak- en thuislozen in de winterperiode",
]
# A vocabulary with the shape of real Dutch policy text: a few function words in nearly every
# advice, domain terms of middling frequency, and a long tail of rare words (Zipf-like).
STOPWORDS = [
    "de",
    "het",
    "een",
    "en",
    "van",
    "in",
    "op",
    "voor",
    "met",
    "aan",
    "te",
    "is",
    "dat",
    "die",
    "wij",
    "u",
    "zijn",
    "om",
    "bij",
    "ook",
    "als",
    "worden",
    "wordt",
    "niet",
    "of",
    "door",
    "naar",
    "dit",
    "over",
    "zij",
    "hun",
    "kan",
]
DOMAIN = [
    "inwoners",
    "gemeente",
    "college",
    "adviesraad",
    "ondersteuning",
    "zorg",
    "jeugd",
    "wonen",
    "werk",
    "inkomen",
    "schulden",
    "toegang",
    "wijkteam",
    "mantelzorg",
    "participatie",
    "begeleiding",
    "dagbesteding",
    "voorziening",
    "beleid",
    "evaluatie",
    "uitvoering",
    "regio",
    "centrumgemeente",
    "aanbieder",
    "kwaliteit",
    "wachttijd",
    "communicatie",
    "ervaringsdeskundige",
    "preventie",
    "armoede",
    "bijstand",
    "woningcorporatie",
    "huisvesting",
    "werkplein",
    "leerwerkplek",
    "jobcoach",
    "indicatie",
    "maatwerk",
    "eigen",
    "bijdrage",
    "vervoer",
    "hulpmiddelen",
    "huishoudelijke",
    "hulp",
    "cliëntondersteuning",
    "beschermd",
    "opvang",
    "verslaving",
    "ggz",
    "veiligheid",
    "signalering",
]


def _rare_words(rng: random.Random, count: int) -> list[str]:
    consonants, vowels = "bdfghjklmnprstvwz", "aeiou"
    words = set()
    while len(words) < count:
        length = rng.randrange(2, 5)
        words.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(length)))
    return sorted(words)


_VOCAB_RNG = random.Random(1)
RARE = _rare_words(_VOCAB_RNG, 5000)


def _word(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return rng.choice(STOPWORDS)
    if roll < 0.75:
        return DOMAIN[min(len(DOMAIN) - 1, int(rng.paretovariate(1.2)) - 1)]
    return RARE[min(len(RARE) - 1, int(rng.paretovariate(0.6)) - 1)]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(_word(rng) for _ in range(words)).capitalize() + "."


def generate(count: int, path: Path, seed: int = 7) -> Path:
    """Write a register of ``count`` advices to ``path`` (replacing it)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    store = open_database(path)
    repo = Repository(store)
    settings = Settings()
    years = max(1, count // 400)
    first_year = 2026 - years + 1
    per_year: dict[int, int] = {}
    at = now().isoformat()
    today = date(2026, 11, 22)
    advice_rows: list[dict[str, object]] = []
    rec_rows: list[tuple[object, ...]] = []
    reply_rows: list[tuple[object, ...]] = []
    outcome_rows: list[tuple[object, ...]] = []
    history_rows: list[tuple[object, ...]] = []
    for advice_id in range(1, count + 1):
        year = first_year + (advice_id - 1) * years // count
        per_year[year] = per_year.get(year, 0) + 1
        kind = rng.choice(
            [AdviceKind.GEVRAAGD, AdviceKind.GEVRAAGD, AdviceKind.ONGEVRAAGD, AdviceKind.SIGNAAL]
        )
        start = date(year, 1, 1) + timedelta(days=rng.randrange(0, 330))
        received = start if kind == AdviceKind.GEVRAAGD else None
        sent = start + timedelta(days=rng.randrange(20, 50))
        if sent > today and rng.random() < 0.5:
            sent = None
        # About 2 KB of text per advice: a 1.2 KB summary and 0.8 KB of recommendations.
        recs = renumber(_text(rng, rng.randrange(25, 55)) for _ in range(rng.randrange(2, 5)))
        advice = Advice(
            id=advice_id,
            number=format_number(year, per_year[year]),
            kind=kind,
            title=f"{rng.choice(SUBJECTS)} ({advice_id})",
            theme=rng.choice(DEFAULT_THEMES),
            portfolio_holder=rng.choice(["wethouder J. Smits", "wethouder A. Hofman"]),
            working_group=rng.choice(["Werkgroep Jeugd", "Werkgroep Wmo", ""]),
            request_received=received,
            sent_date=sent,
            summary=_text(rng, rng.randrange(150, 230)),
            recommendations=recs,
            manual_status=ManualStatus.AFGEROND if year < 2025 and rng.random() < 0.9 else None,
        )
        reply = None
        if sent is not None and kind != AdviceKind.SIGNAAL and sent + timedelta(days=60) < today:
            reply = Reply(
                id=advice_id,
                advice_id=advice_id,
                date=sent + timedelta(days=rng.randrange(20, 90)),
                our_reference=f"UIT - {rng.randrange(10**7, 10**8)}",
                outcomes=tuple(
                    RecommendationOutcome(r.number, rng.choice(list(Outcome))) for r in recs
                ),
            )
        advice = with_terms_in_force(advice, settings)
        derived = derive(advice, reply, [], settings)
        columns = Repository._advice_columns(advice)
        columns.update(
            id=advice_id,
            created_at=at,
            updated_at=at,
            status=derived.status.value,
            advice_due=_iso(derived.advice_due),
            reply_due=_iso(derived.reply_due),
            reply_date=_iso(derived.reply_date),
            outcome=derived.outcome.value if derived.outcome else None,
            reply_days_late=derived.reply_days_late,
            next_due=_iso(derived.next_due),
        )
        advice_rows.append(columns)
        rec_rows.extend((advice_id, r.number, r.text) for r in recs)
        if reply is not None:
            reply_rows.append(
                (advice_id, advice_id, reply.date.isoformat(), reply.our_reference, at, at)
            )
            outcome_rows.extend(
                (advice_id, o.recommendation_number, o.outcome.value, "") for o in reply.outcomes
            )
        columns["search_extra"] = reply.our_reference if reply else ""
        history_rows.append((at, advice_id, "advice", advice_id, "created", advice.number))
    names = list(advice_rows[0])
    # Recommendations before their advices (foreign keys off for the load): the search index
    # triggers then index each advice once, complete, instead of once per recommendation.
    store.conn.execute("PRAGMA foreign_keys = OFF")
    with store.write():
        store.conn.executemany(
            "INSERT INTO recommendations (advice_id, number, text) VALUES (?, ?, ?)", rec_rows
        )
        store.conn.executemany(
            f"INSERT INTO advices ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [[row[n] for n in names] for row in advice_rows],
        )
        store.conn.executemany(
            "INSERT INTO replies (id, advice_id, date, our_reference, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            reply_rows,
        )
        store.conn.executemany(
            "INSERT INTO reply_outcomes (reply_id, recommendation_number, outcome, reasons) "
            "VALUES (?, ?, ?, ?)",
            outcome_rows,
        )
        store.conn.executemany(
            "INSERT INTO history (at, advice_id, entity, entity_id, action, new_value) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            history_rows,
        )
    store.conn.execute("PRAGMA foreign_keys = ON")
    assert not store.query("PRAGMA foreign_key_check")
    with store.write():
        store.conn.execute("INSERT INTO advice_search (advice_search) VALUES ('optimize')")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.conn.execute("PRAGMA optimize")
    assert repo.load_settings() == settings
    store.close()
    return path


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def dataset(count: int) -> Path:
    """The cached register of ``count`` advices (generated on first use)."""
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / f"register-{count}.sqlite3"
    if not path.exists():
        generate(count, path)
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    target = generate(args.count, args.out) if args.out else dataset(args.count)
    print(target)
