"""The desktop app (PySide6). No SQL here: windows call the services."""
