"""handout: English patient handouts -> gettext catalogs -> accessible PDFs per language.

The pipeline, one module (or package) per stage: `source` (read the English
handout) -> `catalog` (.pot/.po, translation memory) -> `translate` (one
`document.Document` per locale and variant, checked by `rules`) -> `layout`
(flowables, laid out by `text`: bidi, line breaking, shaping) -> `pdf` (pages,
structure tree, metadata) -> `verify` (read the PDF back). `plan` and `build`
run it over the matrix (in the processes `workers` starts); `cli` is the command
line.

As a library::

    from handout import Selection, build_project, check_pdf_file
    outcomes = build_project("path/to/project", Selection(locales=("es",)))
    problems = check_pdf_file("output/x/es/x.es.large-print.pdf")
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

__version__ = "0.3.0"
__all__ = ["Selection", "__version__", "build_project", "check_pdf_file"]

if TYPE_CHECKING:
    from .plan import Selection


def _isolate_reportlab() -> None:
    """Keep a user's personal ReportLab settings out of the PDFs. When first imported,
    ReportLab runs `~/.reportlab_mods`, reads `~/.reportlab_settings` and takes any `RL_*`
    environment variable as a default: `RL_pageCompression=0` changed every PDF's bytes
    (a build is to give the same bytes on every machine), and a home that is a file, or
    a broken setting, stopped the worker processes with a traceback. Both modules are
    given as empty (ReportLab then looks no further) and the variables are dropped, here,
    the first module any process of handout imports, before ReportLab is."""
    if "reportlab" in sys.modules:  # imported already by the program using handout
        return
    for name in ("reportlab_mods", "reportlab_settings"):
        sys.modules.setdefault(name, ModuleType(name))
    for variable in [name for name in os.environ if name.startswith("RL_")]:
        del os.environ[variable]


_isolate_reportlab()


def __getattr__(name: str) -> object:
    """`Selection`, imported when first asked for: importing the package (as the command
    line does) then costs nothing, and the command line starts a build's workers sooner."""
    if name == "Selection":
        from .plan import Selection

        return Selection
    raise AttributeError(f"module 'handout' has no attribute {name!r}")


def build_project(
    folder: str | Path, selection: Selection | None = None, report: object = print
) -> list[object]:
    """Build a project's PDFs (all of them by default) as `handout build` does; return one
    outcome per PDF. `report` gets each line the command would print."""
    from .build import build
    from .plan import Selection
    from .project import load_project

    project = load_project(Path(folder).resolve(), for_build=True)
    return list(build(project, selection or Selection(), report))  # type: ignore[arg-type]


def check_pdf_file(path: str | Path) -> list[str]:
    """Check one built PDF as `handout check` does; return its problems (none: it passes)."""
    from .check import check_file

    return check_file(Path(path)).problems
