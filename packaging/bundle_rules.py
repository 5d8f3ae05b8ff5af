"""What goes into the frozen bundle, and what stays out. Used by ``adviesraad.spec``.

Kept apart from the spec so that the rules are plain functions with tests
(``tests/packaging/test_bundle_rules.py``) instead of code that only runs inside PyInstaller.

The rules, in short:

* **Our code**: every module of ``adviesraad_app`` (the spec collects the submodules, because
  commands, export formats and GUI windows are imported lazily, by name).
* **Our files**: everything under ``resources/`` (fonts with their licences, icons,
  translations ``.ts`` for the CLI and ``.qm`` for Qt), except editor and OS litter.
* **Qt**: the modules the app uses (:data:`QT_MODULES_USED`); every other ``PySide6.Qt*``
  module is excluded, and of what the hooks collect only the plugins a widgets app needs on
  the desktop (:data:`QT_PLUGINS_KEPT`) and Qt's own Dutch translations stay.
* **Libraries**: the runtime dependencies listed in ``pyproject.toml`` are hidden imports,
  so that a library the app imports lazily (reportlab, openpyxl, python-docx, ...) is in the
  bundle even before the code that uses it is reached by the analysis.
* **Never**: test and development tools, Tk, the stdlib's test suites (:data:`EXCLUDED_MODULES`),
  and image formats Pillow can do without (:data:`OPTIONAL_MODULES_EXCLUDED`).
"""

from __future__ import annotations

import fnmatch
import importlib.metadata
import re
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
PYPROJECT = ROOT / "pyproject.toml"

# Qt modules the app imports: widgets, SVG icons, QLocalServer for the single instance
# (QtNetwork), printing (QtPrintSupport). Add a module here when the GUI starts using it.
QT_MODULES_USED: tuple[str, ...] = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtNetwork",
    "QtPrintSupport",
)

# Modules imported by name at run time that the analysis cannot see.
EXTRA_HIDDEN_IMPORTS: tuple[str, ...] = (
    # zoneinfo finds its data through importlib.resources in the tzdata package; Windows has
    # no system time-zone database, so without it icalendar cannot use Europe/Amsterdam.
    "tzdata",
    # The PDF builders import these lazily; listed so the bundle has them before they do.
    "reportlab.platypus",
    "reportlab.pdfbase.ttfonts",
)

EXCLUDED_MODULES: tuple[str, ...] = (
    # GUI toolkits and demos we do not use
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    # the standard library's tests, development tools and packaging machinery
    "test",
    "unittest",
    "doctest",
    "pydoc_data",
    "lib2to3",
    "ensurepip",
    "venv",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "wheel",
    # our own development tools (never imported by the app; listed so a stray import fails loudly)
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "PyInstaller",
    # optional speed-ups some libraries try to import; not in the lock file
    "numpy",
    "pandas",
)

# Pillow (which reportlab needs for images in PDFs) also brings image formats the app never
# reads; PIL loads its format plugins optionally, so leaving these out is safe. PNG and JPEG
# stay. AVIF alone is about 5 MB.
OPTIONAL_MODULES_EXCLUDED: tuple[str, ...] = (
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
)

# Qt plugin folders and the plugins kept in them (file-name patterns without the platform's
# prefix/suffix: "qxcb" matches libqxcb.so and qxcb.dll). A folder not listed is left out.
QT_PLUGINS_KEPT: dict[str, tuple[str, ...]] = {
    # windows: the desktop; offscreen/minimal: headless smoke tests and CI;
    # xcb/wayland: a Linux desktop
    "platforms": ("qwindows", "qoffscreen", "qminimal", "qxcb", "qwayland*", "qcocoa"),
    "styles": ("*",),  # the native Windows 11 / Vista look
    "iconengines": ("qsvgicon",),  # QIcon from the SVG application icon
    "imageformats": ("qsvg", "qico"),  # PNG is built into QtGui
    "printsupport": ("*",),  # Linux: CUPS (Windows prints through QtPrintSupport itself)
    # Linux only: keyboard input with dead keys (é, ë), and GL for the xcb platform
    "platforminputcontexts": ("*compose*", "*ibus*"),
    "xcbglintegrations": ("*",),
    "platformthemes": ("*xdgdesktopportal*",),  # not gtk3: it would bundle all of GTK
    "wayland-decoration-client": ("*",),
    "wayland-shell-integration": ("*",),
    "wayland-graphics-integration-client": ("*",),
}

# Qt's own translations (the buttons of standard dialogs): only the languages we ship.
QT_TRANSLATION_LANGUAGES: tuple[str, ...] = ("nl",)
QT_TRANSLATION_CATALOGUES: tuple[str, ...] = ("qt", "qtbase")

# Large libraries the Qt hooks add for features we do not use: the software OpenGL renderer
# (about 20 MB on Windows) and ANGLE/Direct3D shader compiler; widgets paint with the CPU.
QT_BINARIES_DROPPED: tuple[str, ...] = (
    "opengl32sw.dll",
    "d3dcompiler_*.dll",
    "libegl.dll",
    "libglesv2.dll",
)

RESOURCE_LITTER: tuple[str, ...] = (
    ".*",  # .DS_Store, .gitkeep, editor swap files
    "*~",
    "*.pyc",
    "Thumbs.db",
    "desktop.ini",
)

# Qt's files in the bundle: PySide6/Qt/plugins/... on Linux and macOS, PySide6/plugins/...
# on Windows (and the same for translations).
_QT_PLUGIN_DIR = re.compile(r"(?:^|/)PySide6/(?:Qt/)?plugins/([^/]+)/([^/]+)$", re.IGNORECASE)
_QT_TRANSLATION = re.compile(
    r"(?:^|/)PySide6/(?:Qt/)?translations/([a-z_]+?)_([a-z]{2})(?:_[a-z]{2})?\.qm$", re.IGNORECASE
)
_PLUGIN_FILE = re.compile(r"^(?:lib)?(.+?)(?:\.so(?:\.[\d.]+)?|\.dll|\.dylib)$", re.IGNORECASE)


# --- our own files -----------------------------------------------------------------------


def resource_files(resources: Path = RESOURCES) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for everything under ``resources/``.

    Destinations keep the folder structure under ``resources/`` in the bundle, which is where
    :func:`adviesraad_app.resources.resource_path` looks (``sys._MEIPASS/resources``).
    """
    pairs: list[tuple[str, str]] = []
    for path in sorted(resources.rglob("*")):
        relative = path.relative_to(resources)
        if not path.is_file() or _is_litter(relative):
            continue
        destination = PurePosixPath("resources", *relative.parent.parts)
        pairs.append((str(path), str(destination)))
    return pairs


def _is_litter(relative: Path) -> bool:
    return "__pycache__" in relative.parts or any(
        fnmatch.fnmatch(part, pattern) for part in relative.parts for pattern in RESOURCE_LITTER
    )


# --- modules -----------------------------------------------------------------------------


def runtime_dependencies(pyproject: Path = PYPROJECT) -> list[str]:
    """Distributions in ``[project].dependencies``: ``"python-docx>=1.1"`` -> ``python-docx``."""
    with pyproject.open("rb") as handle:
        project = tomllib.load(handle)["project"]
    names = []
    for requirement in project.get("dependencies", []):
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        if match:
            names.append(match.group(1))
    return names


def top_level_modules(distribution: str) -> list[str]:
    """The importable top-level names a distribution installs (``python-docx`` -> ``docx``)."""
    wanted = _canonical(distribution)
    found = sorted(
        {
            module
            for module, dists in importlib.metadata.packages_distributions().items()
            if any(_canonical(d) == wanted for d in dists) and module.isidentifier()
        }
    )
    if not found:
        raise LookupError(f"{distribution} is not installed in this environment")
    return found


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def library_hidden_imports(pyproject: Path = PYPROJECT) -> list[str]:
    """Hidden imports for the runtime dependencies (Qt is handled apart: only what we use)."""
    modules: list[str] = []
    for distribution in runtime_dependencies(pyproject):
        found = top_level_modules(distribution)
        if "PySide6" in found:
            continue
        modules.extend(m for m in found if not m.startswith("_"))
    return sorted(set(modules)) + list(EXTRA_HIDDEN_IMPORTS)


def qt_hidden_imports() -> list[str]:
    return [f"PySide6.{name}" for name in QT_MODULES_USED]


def qt_excluded_modules(available: Iterable[str]) -> list[str]:
    """``PySide6.Qt*`` modules present in the installation that the app does not use."""
    return sorted(
        f"PySide6.{name}"
        for name in set(available)
        if name.startswith("Qt") and name not in QT_MODULES_USED
    )


def installed_qt_modules() -> list[str]:
    """Names of the Qt extension modules in the installed PySide6 (``QtCore``, ``QtQml``, ...)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    names = set()
    for location in spec.submodule_search_locations:
        for path in Path(location).iterdir():
            match = re.match(r"^(Qt\w+?)\.", path.name)
            if match and path.suffix in (".so", ".pyd", ".pyi"):
                names.add(match.group(1))
    return sorted(names)


# --- filtering what the hooks collected --------------------------------------------------


def keep_entry(destination: str) -> bool:
    """Whether a collected file (by its destination inside the bundle) stays in the bundle."""
    dest = destination.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1].lower()
    plugin = _QT_PLUGIN_DIR.search(dest)
    if plugin is not None:
        return _keep_plugin(plugin.group(1), plugin.group(2))
    translation = _QT_TRANSLATION.search(dest)
    if translation is not None:
        catalogue, language = translation.group(1).lower(), translation.group(2).lower()
        return catalogue in QT_TRANSLATION_CATALOGUES and language in QT_TRANSLATION_LANGUAGES
    return not any(fnmatch.fnmatch(name, pattern) for pattern in QT_BINARIES_DROPPED)


def _keep_plugin(folder: str, file_name: str) -> bool:
    patterns = QT_PLUGINS_KEPT.get(folder)
    if patterns is None:
        return False
    match = _PLUGIN_FILE.match(file_name)
    stem = (match.group(1) if match else file_name).lower()
    return any(fnmatch.fnmatch(stem, pattern) for pattern in patterns)


def install_qt_plugin_filter() -> None:
    """Make PyInstaller's Qt hooks collect only the plugins :func:`keep_entry` keeps.

    Filtering the finished analysis is not enough for plugins: by then the analysis has also
    collected the libraries a left-out plugin links to (CUPS' crypto stack, EGL device
    integration, ...). So the hooks' plugin collection is wrapped before the analysis runs.
    Written against PyInstaller 6 (``QtLibraryInfo.collect_plugins``); if that changes, the
    build stops here instead of silently collecting everything.
    """
    from PyInstaller.utils.hooks import qt

    original = qt.QtLibraryInfo.collect_plugins
    if getattr(original, "adviesraad_filter", False):
        return

    def collect_plugins(self: object, plugin_type: str) -> list[tuple[str, str]]:
        collected: list[tuple[str, str]] = original(self, plugin_type)
        return [
            (source, destination)
            for source, destination in collected
            if keep_entry(f"{destination}/{Path(source).name}")
        ]

    collect_plugins.adviesraad_filter = True  # type: ignore[attr-defined]
    qt.QtLibraryInfo.collect_plugins = collect_plugins


def filter_toc(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A PyInstaller TOC (``binaries``, ``datas``) without what :func:`keep_entry` rejects."""
    return [entry for entry in entries if keep_entry(entry[0])]


def dropped(entries: Iterable[tuple[str, str, str]]) -> Iterator[str]:
    """Destinations :func:`filter_toc` would drop (for the build log)."""
    return (entry[0] for entry in entries if not keep_entry(entry[0]))
