"""What every screenshot script shares: offscreen Qt with fresh settings, a fixed 'today',
the demo register, and grabbing widgets to PNG.

    shots = Shots(__doc__, prefix="adviesraad-shots-")   # parses --out, sets up the environment
    service, window = shots.demo_window()
    shots.grab(window, "termijnen")
    ...
    return shots.finish()
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The pictures do not change with the day they are made.
TODAY = date(2026, 11, 22)


class Shots:
    def __init__(self, description: str | None, prefix: str) -> None:
        parser = argparse.ArgumentParser(description=description)
        parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
        self.out: Path = parser.parse_args().out
        self.out.mkdir(parents=True, exist_ok=True)
        self.work = Path(tempfile.mkdtemp(prefix=prefix))
        # An offscreen screen of 1920x1080 (Qt's default is 800x800): windows are fitted to
        # their screen when shown, and the pictures are 1280x720 or 1024x600.
        screen = self.work / "screen.json"
        screen.write_text(
            '{"screens": [{"name": "Scherm", "x": 0, "y": 0, "width": 1920, "height": 1080, '
            '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
            encoding="utf-8",
        )
        if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
        os.environ["XDG_CONFIG_HOME"] = str(self.work / "config")  # fresh window settings
        os.environ["XDG_DATA_HOME"] = str(self.work / "data")
        os.environ["LOCALAPPDATA"] = str(self.work / "local")
        self.taken: list[Path] = []
        from adviesraad_app.gui.app import create_application

        create_application()

    @staticmethod
    def window(service: Any, size: tuple[int, int], today: Callable[[], date] = date.today) -> Any:
        """A main window on ``service`` with fresh settings that it does not save (not shown)."""
        from adviesraad_app.gui.main_window import MainWindow

        window = MainWindow(service, today=today, restore_state=False)
        window.save_window = lambda: None  # keep the user's settings out of it
        window.resize(*size)
        return window

    def demo_window(self, size: tuple[int, int] = (1280, 720)) -> tuple[Any, Any]:
        """The demo register (as of TODAY) in a main window with fresh settings."""
        from adviesraad_app.services.demo import load_demo
        from adviesraad_app.services.register import RegisterService

        service = RegisterService.open(self.work / "demo.sqlite3")
        load_demo(service, today=TODAY)
        window = self.window(service, size, today=lambda: TODAY)
        window.show()
        return service, window

    @staticmethod
    def settle(seconds: float = 0.0) -> None:
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + seconds
        while True:
            for _ in range(5):
                QApplication.processEvents()
            if time.monotonic() >= end:
                break
            time.sleep(0.02)

    def grab(self, widget: Any, name: str) -> Path:
        widget.show()
        self.settle()
        target = self.out / f"{name}.png"
        widget.grab().save(str(target))
        self.taken.append(target)
        return target

    def finish(self) -> int:
        for shot in self.taken:
            print(shot.relative_to(ROOT) if shot.is_relative_to(ROOT) else shot)
        return 0
