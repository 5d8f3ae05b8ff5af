"""The demo register's contents, based on the subjects of the seed documents.

Thirteen advices over three years: solicited and unsolicited, a signal, replies on time and
late, recommendations adopted and not, open commitments and one extension. The recent items
are dated relative to today, so the deadlines dashboard always has something to show; the
real case from the seed letter (Werk- en Leercentrum, 2024, reply 43 days late) is kept as it
happened. All people's names are invented, except the civil servant named in the seed letter.
:mod:`~adviesraad_app.services.demo` loads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from adviesraad_app.domain.advices import Advice, renumber
from adviesraad_app.domain.kinds import AdviceKind, CommitmentStatus, Outcome


@dataclass
class DemoReply:
    on: date
    outcomes: list[tuple[Outcome, str]]
    our_reference: str = ""
    case_number: str = ""
    handled_by: str = ""
    summary: str = ""
    commitments: list[tuple[str, date | None, CommitmentStatus]] = field(default_factory=list)


@dataclass
class DemoAdvice:
    advice: Advice
    reply: DemoReply | None = None
    closed: bool = False
    extension: tuple[date, str, str] | None = None


def demo_items(today: date) -> list[DemoAdvice]:
    y1 = today.year - 1
    d = today  # recent items relative to today

    def ago(days: int) -> date:
        return d - timedelta(days=days)

    return [
        DemoAdvice(
            Advice(
                kind=AdviceKind.ONGEVRAAGD,
                title="Continuering van het Werk- en Leercentrum (Dimence) voor inwoners met "
                "een psychische beperking",
                theme="Wmo",
                portfolio_holder="wethouder J. Smits",
                civil_servant="M. van Brink",
                working_group="Werkgroep Wmo en GGZ",
                sent_date=date(2024, 8, 12),
                reference="ASD 2024-031",
                summary="Na de aankondiging van Dimence om de activiteiten van het Werk- en "
                "Leercentrum te beëindigen vraagt de adviesraad het college alles in het werk te "
                "stellen om deze voorziening goed en verantwoord voort te zetten.",
                recommendations=renumber(
                    [
                        "Stel alles in het werk om het Werk- en Leercentrum op de huidige plek in "
                        "Almelo voort te zetten, met behoud van kwaliteit.",
                        "Betrek deelnemers en hun naasten bij de keuze voor een nieuwe aanbieder.",
                        "Informeer de adviesraad over de voortgang van de gesprekken met Dimence.",
                    ]
                ),
                internal_notes="Voorzitter heeft op 20-08 telefonisch contact gehad met de "
                "wethouder; reactie toegezegd vóór de zomer- en herfstvakantie.",
            ),
            DemoReply(
                on=date(2024, 11, 5),
                our_reference="UIT - 24117125",
                case_number="DCS - 2490169",
                handled_by="M. van Brink",
                summary="Het college deelt de mening van de adviesraad en is in overleg met "
                "Dimence over overdracht aan een aanbieder die de activiteiten voortzet.",
                outcomes=[
                    (Outcome.OVERGENOMEN, ""),
                    (Outcome.KENNISGENOMEN, ""),
                    (Outcome.OVERGENOMEN, ""),
                ],
                commitments=[
                    (
                        "De gemeente wordt bij nieuwe ontwikkelingen zo spoedig mogelijk door "
                        "Dimence geïnformeerd over de gesprekken met de overnemende aanbieder, en "
                        "informeert de adviesraad daarover.",
                        None,
                        CommitmentStatus.OPEN,
                    )
                ],
            ),
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.GEVRAAGD,
                title="Integrale ketenaanpak maatschappelijke opvang (centrumgemeente Almelo)",
                theme="Maatschappelijke opvang",
                portfolio_holder="wethouder E. van Mierlo",
                civil_servant="S. Oude Wesselink",
                working_group="Werkgroep Wonen en Opvang",
                request_received=date(2024, 1, 15),
                request_reference="UIT - 24004410",
                sent_date=date(2024, 2, 20),
                reference="ASD 2024-004",
                summary="Advies over de samenwerking van gemeente, zorgpartijen (Humanitas onder "
                "Dak, Tactus, Dimence, Leger des Heils, RIBW) en de woningcorporaties om dak- en "
                "thuisloosheid te voorkomen.",
                recommendations=renumber(
                    [
                        "Maak preventie van huisuitzetting het eerste deelproject.",
                        "Leg vast hoe ervaringsdeskundigen bij de uitvoering worden betrokken.",
                    ]
                ),
            ),
            DemoReply(
                on=date(2024, 3, 25),
                our_reference="UIT - 24031877",
                case_number="DCS - 2400512",
                handled_by="S. Oude Wesselink",
                outcomes=[(Outcome.OVERGENOMEN, ""), (Outcome.OVERGENOMEN, "")],
            ),
            closed=True,
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.GEVRAAGD,
                title="Beleidsregels bijzondere bijstand 2025",
                theme="Participatiewet",
                portfolio_holder="wethouder A. Hofman",
                civil_servant="R. Kamphuis",
                request_received=date(2024, 9, 2),
                request_reference="UIT - 24098133",
                requested_deadline=date(2024, 10, 11),
                sent_date=date(2024, 10, 9),
                reference="ASD 2024-036",
                summary="De adviesraad vraagt ruimere regels voor duurzame gebruiksgoederen en "
                "een hogere inkomensgrens.",
                recommendations=renumber(
                    [
                        "Verhoog de inkomensgrens naar 130% van het sociaal minimum.",
                        "Maak een witgoedregeling zonder lening mogelijk.",
                        "Communiceer de regeling in eenvoudige taal.",
                    ]
                ),
            ),
            DemoReply(
                on=date(2024, 12, 2),
                our_reference="UIT - 24129004",
                case_number="DCS - 2491120",
                handled_by="R. Kamphuis",
                outcomes=[
                    (Outcome.NIET, "De financiële ruimte in de begroting laat dit niet toe."),
                    (
                        Outcome.DEELS,
                        "Een witgoedregeling komt er voor huishoudens met "
                        "schulden; voor anderen blijft de lening.",
                    ),
                    (Outcome.OVERGENOMEN, ""),
                ],
            ),
            closed=True,
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.SIGNAAL,
                title="Signaal: lange wachttijden specialistische jeugdhulp",
                theme="Jeugd",
                portfolio_holder="wethouder J. Smits",
                sent_date=date(2024, 6, 3),
                summary="Ouders melden wachttijden van meer dan een half jaar.",
                internal_notes="Twee meldingen van ouders met naam en toenaam in het dossier; "
                "niet delen.",
                confidential=True,
            ),
            closed=True,
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.GEVRAAGD,
                title="Toekomstbestendig uitvoeringsmodel Wsw: van Soweco naar Ontplooj",
                theme="Participatiewet",
                portfolio_holder="wethouder A. Hofman",
                civil_servant="T. Nijhuis",
                working_group="Werkgroep Werk en Inkomen",
                request_received=date(y1, 1, 13),
                request_reference=f"UIT - {y1 % 100}00871",
                sent_date=date(y1, 2, 17),
                reference=f"ASD {y1}-003",
                summary="Advies over het plan op hoofdlijnen van de zes gemeenten voor de lokale "
                "uitvoering van de Wsw.",
                recommendations=renumber(
                    [
                        "Zorg dat er voor SW-medewerkers in hun werksituatie zo min mogelijk "
                        "verandert.",
                        "Borg de kennis van de stafmedewerkers van Soweco.",
                        "Rapporteer jaarlijks over de voortgang aan de adviesraad.",
                    ]
                ),
            ),
            DemoReply(
                on=date(y1, 3, 24),
                our_reference=f"UIT - {y1 % 100}03112",
                case_number=f"DCS - {y1 % 100}90233",
                handled_by="T. Nijhuis",
                outcomes=[
                    (Outcome.OVERGENOMEN, ""),
                    (Outcome.OVERGENOMEN, ""),
                    (Outcome.DEELS, "Rapportage loopt via de jaarlijkse raadsbrief."),
                ],
                commitments=[
                    (
                        "Het college stuurt de adviesraad de jaarlijkse raadsbrief over de "
                        "inclusieve arbeidsmarkt.",
                        date(y1, 6, 30),
                        CommitmentStatus.DONE,
                    )
                ],
            ),
            closed=True,
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.ONGEVRAAGD,
                title="Inclusieve arbeidsmarkt: meer garantiebanen en beschut werk",
                theme="Participatiewet",
                portfolio_holder="wethouder A. Hofman",
                civil_servant="T. Nijhuis",
                working_group="Werkgroep Werk en Inkomen",
                sent_date=date(y1, 5, 12),
                reference=f"ASD {y1}-011",
                summary="Met 151 inwoners in een garantiebaan en 40 in beschut werk (2021) blijft "
                "Almelo achter bij de ambitie van de motie ‘Samen voor een inclusieve "
                "arbeidsmarkt’.",
                recommendations=renumber(
                    [
                        "Stel een streefcijfer voor garantiebanen bij de gemeente zelf.",
                        "Zet jobcoaching structureel in, ook na het eerste jaar.",
                    ]
                ),
                internal_notes="Cijfers nagevraagd bij het Werkplein; T. Nijhuis bevestigt.",
            ),
            DemoReply(
                on=date(y1, 7, 14),
                our_reference=f"UIT - {y1 % 100}07745",
                case_number=f"DCS - {y1 % 100}90571",
                handled_by="T. Nijhuis",
                outcomes=[
                    (
                        Outcome.NIET,
                        "Het college kiest voor afspraken met werkgevers in plaats "
                        "van een eigen streefcijfer.",
                    ),
                    (Outcome.OVERGENOMEN, ""),
                ],
                commitments=[
                    (
                        "Wij zullen u vóór het einde van het jaar informeren over de evaluatie van "
                        "de jobcoaching.",
                        date(y1, 12, 31),
                        CommitmentStatus.OPEN,
                    )
                ],
            ),
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.GEVRAAGD,
                title=f"Verordening maatschappelijke ondersteuning {y1 + 1}",
                theme="Wmo",
                portfolio_holder="wethouder J. Smits",
                civil_servant="L. Brinkman",
                request_received=date(y1, 8, 25),
                request_reference=f"UIT - {y1 % 100}09012",
                requested_deadline=date(y1, 10, 3),
                sent_date=date(y1, 9, 29),
                reference=f"ASD {y1}-020",
                recommendations=renumber(
                    ["Neem de cliëntondersteuning expliciet op in de verordening."]
                ),
            ),
            DemoReply(
                on=date(y1, 11, 3),
                our_reference=f"UIT - {y1 % 100}11390",
                case_number=f"DCS - {y1 % 100}91002",
                handled_by="L. Brinkman",
                outcomes=[(Outcome.OVERGENOMEN, "")],
            ),
            closed=True,
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.GEVRAAGD,
                title="Vroegsignalering van schulden",
                theme="Schuldhulpverlening",
                portfolio_holder="wethouder A. Hofman",
                civil_servant="R. Kamphuis",
                working_group="Werkgroep Werk en Inkomen",
                request_received=date(y1, 10, 6),
                request_reference=f"UIT - {y1 % 100}10230",
                sent_date=date(y1, 11, 14),
                reference=f"ASD {y1}-024",
                recommendations=renumber(
                    [
                        "Neem binnen vijf werkdagen contact op na een signaal van een "
                        "woningcorporatie of energieleverancier.",
                        "Maak de eerste afspraak bij de inwoner thuis mogelijk.",
                    ]
                ),
            ),
            DemoReply(
                on=date(y1 + 1, 1, 26),
                our_reference=f"UIT - {(y1 + 1) % 100}00914",
                case_number=f"DCS - {(y1 + 1) % 100}90077",
                handled_by="R. Kamphuis",
                outcomes=[
                    (Outcome.OVERGENOMEN, ""),
                    (Outcome.DEELS, "Huisbezoek alleen waar de inwoner daarom vraagt."),
                ],
                commitments=[
                    (
                        "Afgesproken is dat de adviesraad de eerste evaluatie van de "
                        "vroegsignalering ontvangt.",
                        today + timedelta(days=9),
                        CommitmentStatus.OPEN,
                    )
                ],
            ),
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.GEVRAAGD,
                title="Regionale visie beschermd wonen en de doordecentralisatie",
                theme="Beschermd wonen",
                portfolio_holder="wethouder E. van Mierlo",
                civil_servant="S. Oude Wesselink",
                working_group="Werkgroep Wonen en Opvang",
                request_received=ago(50),
                request_reference=f"UIT - {today.year % 100}1{today.month:02d}07",
                summary="Conceptvisie van de regio Twente op beschermd wonen en het wonen in de "
                "wijk.",
            ),
            extension=(
                today + timedelta(days=10),
                "De regionale visie verscheen later dan gepland; de portefeuillehouder stemt in "
                "met twee weken extra.",
                "wethouder E. van Mierlo",
            ),
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.GEVRAAGD,
                title=f"Inkoop jeugdhulp {today.year + 1}",
                theme="Jeugd",
                portfolio_holder="wethouder J. Smits",
                civil_servant="L. Brinkman",
                working_group="Werkgroep Jeugd",
                request_received=ago(60),
                request_reference=f"UIT - {today.year % 100}0{today.month:02d}55",
                requested_deadline=ago(12),
                summary="Aanbesteding van specialistische jeugdhulp in de regio.",
            ),
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.ONGEVRAAGD,
                title="Toegankelijkheid van het Werkplein voor inwoners met een beperking",
                theme="Participatiewet",
                portfolio_holder="wethouder A. Hofman",
                working_group="Werkgroep Werk en Inkomen",
                sent_date=ago(58),
                reference=f"ASD {today.year}-017",
                recommendations=renumber(
                    [
                        "Laat de fysieke toegankelijkheid toetsen door ervaringsdeskundigen.",
                        "Bied alle brieven ook in eenvoudige taal aan.",
                    ]
                ),
            ),
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.GEVRAAGD,
                title="Armoedebeleid en minimaregelingen",
                theme="Schuldhulpverlening",
                portfolio_holder="wethouder A. Hofman",
                civil_servant="R. Kamphuis",
                request_received=ago(70),
                request_reference=f"UIT - {today.year % 100}0{today.month:02d}21",
                sent_date=ago(23),
                reference=f"ASD {today.year}-019",
                recommendations=renumber(
                    [
                        "Vereenvoudig de aanvraag van het kindpakket.",
                        "Stem de minimaregelingen af met de schuldhulpverlening.",
                    ]
                ),
            ),
        ),
        DemoAdvice(
            Advice(
                kind=AdviceKind.ONGEVRAAGD,
                title="Ondersteuning van mantelzorgers",
                theme="Wmo",
                working_group="Werkgroep Wmo en GGZ",
                summary="Eerste verkenning; gesprekken met het steunpunt mantelzorg.",
            ),
        ),
    ]
