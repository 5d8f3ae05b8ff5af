from tests.services.letters.fixture import letters  # noqa: F401 (the fixture)
