"""The register's insides, for tests that must look at or tamper with SQLite itself.

Application code reaches the register only through ``RegisterService``'s public methods.
A test that sets a PRAGMA to simulate a full disk, counts rows of a table no list shows, or
makes a write fail halfway reaches in here, in one named place.
"""

from __future__ import annotations

from adviesraad_app.services.register import RegisterService
from adviesraad_app.storage.database import Store
from adviesraad_app.storage.queries import Queries
from adviesraad_app.storage.repository import Repository


def store_of(service: RegisterService) -> Store:
    """The open database (connection, transactions) behind ``service``."""
    return service._store


def repo_of(service: RegisterService) -> Repository:
    return service._repo


def queries_of(service: RegisterService) -> Queries:
    return service._queries
