"""Property test: whatever a damaged or hostile mail holds, reading it gives a mail or a Dutch
message (a UserError), never another exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adviesraad_app.domain.errors import UserError
from adviesraad_app.services.letters.mail import read_mail_letter
from tests.support.mails import body_mail, html_mail, mail

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))


def _seeds() -> list[bytes]:
    attached = mail()
    attached.set_content("Zie bijlage.")
    attached.add_attachment(
        b"Gemeente Almelo\n\nOns kenmerk: X\n",
        maintype="text",
        subtype="plain",
        filename="brief.txt",
    )
    forwarded = mail("Fwd")
    forwarded.set_content("Doorgestuurd.")
    forwarded.add_attachment(attached)
    return [bytes(m) for m in (body_mail(), html_mail(), attached, forwarded)]


SEEDS = _seeds()
NASTY = [b"\n--", b"=?utf-8?b?", b"charset=x-\xff", b"\r\n\r\n", b'boundary="', b"\x00", b"?="]


@SETTINGS
@given(
    st.integers(0, len(SEEDS) - 1),
    st.lists(
        st.tuples(
            st.floats(0, 1),
            st.integers(0, 40),
            st.one_of(st.binary(max_size=12), st.sampled_from(NASTY)),
        ),
        max_size=6,
    ),
)
def test_a_damaged_mail_reads_or_gives_a_dutch_message(
    tmp_path_factory: object, seed: int, edits: list[tuple[float, int, bytes]]
) -> None:
    data = bytearray(SEEDS[seed])
    for where, cut, insert in edits:
        at = int(where * len(data))
        data[at : at + cut] = insert
    folder = tmp_path_factory.mktemp("mail")  # type: ignore[attr-defined]
    path = Path(folder) / "kapot.eml"
    path.write_bytes(bytes(data) or b"x")
    try:
        read_mail_letter(path)
    except UserError as exc:
        assert exc.message.startswith("kapot.eml")
