"""The separate demo register (``demo.sqlite3`` in the application-data folder): what
*Demo bekijken* opens, never the user's own register."""

from __future__ import annotations

from pathlib import Path

from adviesraad_app.services.register import RegisterService
from adviesraad_app.services.safety.location import data_dir

DEMO_DB_NAME = "demo.sqlite3"  # the separate demo register, beside the user's own


def demo_register_path() -> Path:
    return data_dir() / DEMO_DB_NAME


def is_demo_register(path: Path) -> bool:
    try:
        return path.resolve() == demo_register_path().resolve()
    except OSError:
        return False


def open_demo_register() -> RegisterService:
    """Open the demo register, filled with sample data when it is empty."""
    from adviesraad_app.services.demo import load_demo

    path = demo_register_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    service = RegisterService.open(path)
    try:
        if service.count() == 0:
            load_demo(service)
    except BaseException:
        service.close()
        raise
    return service
