"""PyInstaller run-time hook for PySide6 that does not load Qt when the program starts.

PyInstaller's own hook (``pyi_rth_pyside6``) imports ``PySide6.QtCore`` in every process, to
register a ``qt.conf`` that points Qt at the bundle. That loads Qt and ICU (about 100 ms)
even for ``adviesraad list``, which never touches Qt, and breaks our rule that the command
line starts without Qt (tests/test_layering.py). This hook does the same work, except that
the ``qt.conf`` step waits until ``PySide6.QtCore`` is really imported (PySide6's wheels
register such a ``qt.conf`` themselves, so the step is then a no-op; it is kept for parity).
It is wired up in ``packaging/hooks/rthooks.dat`` and ``hookspath`` in the spec.
"""


def _pyi_rthook() -> None:
    import importlib.abc
    import os
    import sys

    from _pyi_rth_utils import prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    base = sys._MEIPASS  # type: ignore[attr-defined]
    if sys.platform.startswith("win"):
        qt_path = os.path.join(base, "PySide6")
        # QtNetwork looks for DLLs (OpenSSL) on PATH
        prepend_path_to_environment_variable(base, "PATH")
    else:
        qt_path = os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")

    class RegisterQtConfAfterImport(importlib.abc.Loader):
        def __init__(self, inner: importlib.abc.Loader) -> None:
            self.inner = inner

        def create_module(self, spec):  # type: ignore[no-untyped-def]
            return self.inner.create_module(spec)

        def exec_module(self, module):  # type: ignore[no-untyped-def]
            self.inner.exec_module(module)
            qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

    class WaitForQtCore(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
            if fullname != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            for finder in sys.meta_path:
                spec = finder.find_spec(fullname, path, target)
                if spec is not None and spec.loader is not None:
                    spec.loader = RegisterQtConfAfterImport(spec.loader)
                    return spec
            return None

    sys.meta_path.insert(0, WaitForQtCore())


_pyi_rthook()
del _pyi_rthook
