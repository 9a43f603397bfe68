"""Command line: `handout [--project DIR] COMMAND ...`; `main(argv) -> int`, and
`entrypoint()`, which runs it as the `handout` command.

Known problems (a `HandoutError`) print one `error: ...` line and exit 1; Ctrl-C prints
one line and exits 130, and SIGTERM (in the `handout` command) 143. Commands find their
project folder as git finds its repository: the current folder or the nearest parent
holding a handout.toml (or --project); `new` and `check` need none.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import signal
import sys
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from types import FrameType
from typing import NoReturn

from . import __version__
from .errors import HandoutError
from .workers import (
    BUILD_PDFS_PER_WORKER,
    CHECK_PDFS_PER_WORKER,
    collect_less_often,
    start_build_fork_server,
    stop_fork_server,
)

Command = Callable[..., int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; 0 on success, 1 on a known problem (one `error:` line), 130 when
    interrupted (Ctrl-C), 143 when stopped by SIGTERM (`entrypoint`)."""
    args = _parser().parse_args(argv)
    collect_less_often()
    try:
        if args.command == "build":
            # The workers' fork server imports the drawing while this process imports the
            # pipeline and plans (the first PDF starts 0.1 s sooner than when `build`
            # starts the server; a build refused at once has it stopped by `entrypoint`,
            # as every command does). Of handout's modules, only this one, `errors` and
            # `workers` are imported yet.
            start_build_fork_server(args.force, args.jobs, args.check)
        from . import commands
        from .project import find_project, load_project

        command: Command = getattr(commands, f"{args.command.replace('-', '_')}_command")
        if args.needs_project:
            root = args.project.resolve() if args.project else find_project(Path.cwd())
            try:
                # The build refuses each PDF for a logo it cannot draw (`load_project`).
                project = load_project(root, for_build=args.command == "build")
                return int(command(project, args))
            except HandoutError as error:
                raise error.relative_to(root) from None
            except OSError as error:
                if error.filename is None:
                    raise
                raise _file_error(error).relative_to(root) from None
        return int(command(args))
    except HandoutError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader of the output went away (`handout stats | head`)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (the process is about to end)
        return 0
    except OSError as error:
        # Every file a command writes turns its OSError into a HandoutError naming the
        # file (`files`); one it only looks at (a name too long for the file system, a
        # folder where a file should be, a link loop) is named here, in one line.
        if error.filename is not None:
            print(f"error: {_file_error(error)}", file=sys.stderr)
            return 1
        # What is left is the output stream itself failing as it is printed
        # (unbuffered, PYTHONUNBUFFERED): a full disk, an I/O error.
        if error.errno not in _OUTPUT_FAILURES:
            raise
        _output_failed(error)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (what was left to write is lost)
        return 1
    except KeyboardInterrupt as stop:
        terminated = isinstance(stop, _Terminated)
        print(
            f"error: {'stopped (SIGTERM)' if terminated else 'interrupted'}; every file "
            "written is whole (run the command again to finish)",
            file=sys.stderr,
        )
        return 128 + (signal.SIGTERM if terminated else signal.SIGINT)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, which a CI system sends a step it cancels or times out: the command stops
    as on Ctrl-C (the pools' work cancelled, the manifest written), where by default the
    process ended as it stood and left its workers to finish on their own."""


def _terminate(signal_number: int, frame: FrameType | None) -> NoReturn:
    raise _Terminated


def entrypoint() -> NoReturn:
    """The `handout` command and `python -m handout`: `main` on this process's arguments,
    then the process ends as soon as its output is written. Python's own ending would
    first free every object the command made, one by one: 0.4 s after 22 PDFs built in
    one process (of 2.6 s), 0.04 s after `lint` (of 0.29). Nothing is left to do by
    then: each pool of workers has been shut down, their fork server is stopped
    (`workers.stop_fork_server`) and every file written is closed.
    A closed output stream (`handout build >&-`), which Python gives as None, takes
    what is printed and loses it, as a pipe whose reader went away does."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (kept to the process's end)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    signal.signal(signal.SIGTERM, _terminate)
    try:
        code = main()
    finally:  # whatever way the command ends, no process of its outlives it
        stop_fork_server()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader of the output went away: what it missed is lost
        pass
    except OSError as error:  # a full disk, say
        _output_failed(error)
        code = code or 1
    os._exit(code)


# What writing the output can fail with, apart from its reader going away.
_OUTPUT_FAILURES = frozenset({errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG})


def _file_error(error: OSError) -> HandoutError:
    """An OSError naming a file, as one line naming it."""
    return HandoutError(error.strerror or str(error), os.fsdecode(error.filename))


def _output_failed(error: OSError) -> None:
    """One `error:` line, written past Python's buffers (which may be the ones failing)."""
    with contextlib.suppress(OSError):
        os.write(2, f"error: the output could not be written: {error}\n".encode())


@cache
def _parser() -> argparse.ArgumentParser:
    """The command line's parser, made once a process: its ten commands and their
    options took 2.2 ms of CPU to make, for each `main` a program or the tests run in one
    process (the bad-inputs corpus alone runs 129). Parsing leaves it as it was: an
    `append` option's list is copied before it is added to, and an option not given is
    its default list itself, which the commands read and never change."""
    parser = argparse.ArgumentParser(
        prog="handout",
        description="Turn English patient handouts into accessible large-print, "
        "plain-language and bilingual PDFs in many languages, through gettext "
        "catalogs.",
    )
    parser.add_argument("--version", action="version", version=f"handout {__version__}")
    parser.add_argument(
        "--project",
        type=Path,
        default=None,
        metavar="DIR",
        help="the project folder holding handout.toml (default: this folder "
        "or the nearest parent folder that has one)",
    )
    subcommands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, needs_project: bool = True) -> argparse.ArgumentParser:
        """A command, run by `commands.<name>_command` (dashes as underscores)."""
        sub = subcommands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(command=name, needs_project=needs_project)
        return sub

    def select(sub: argparse.ArgumentParser, *, locales: bool = True) -> None:
        sub.add_argument(
            "--handout",
            action="append",
            default=[],
            metavar="NAME",
            help="only this handout (handouts/NAME.md); repeatable",
        )
        if locales:
            sub.add_argument(
                "--locale",
                action="append",
                default=[],
                metavar="CODE",
                help="only this locale (es, zh_Hans, pt-BR: any case); repeatable",
            )

    sub = command(
        "new",
        "create a new project folder, ready to build: settings, an "
        "example handout, a README and a CI workflow",
        needs_project=False,
    )
    sub.add_argument("folder", type=Path, metavar="DIR", help="an empty or new folder")
    select(
        command(
            "extract",
            "write the templates: locales/<handout>.pot from each "
            "English source, locales/interface.pot from the "
            "labels and handout.toml",
        ),
        locales=False,
    )
    sub = command(
        "init",
        "create a locale's catalogs (each handout's and the "
        "interface's), filled from translation memory where it can",
    )
    sub.add_argument("locale", help="locale code, e.g. es, zh_Hans, pt_BR")
    select(sub, locales=False)
    select(
        command(
            "update",
            "write the templates from the sources (as extract does), then for "
            "each locale: create missing catalogs, merge the templates (changed "
            "strings become fuzzy, removed ones obsolete), fill empty entries "
            "from translation memory; a read-only catalog is left as it is (an error)",
        )
    )
    sub = command(
        "build",
        "build the PDFs into output/<handout>/<locale>/ (those "
        "whose inputs changed) and write output/manifest.json",
    )
    select(sub)
    sub.add_argument(
        "--variant",
        action="append",
        default=[],
        help="only this variant (see handout.toml); repeatable",
    )
    sub.add_argument(
        "--strict",
        action="store_true",
        help="fail every selected PDF, built now or up to date, whose catalogs (its "
        "handout's and interface.po) are not both reviewed (X-Review-Status) or that "
        "would print any message in English for want of a usable translation (and "
        "remove it from output/): it passes a locale whose two rows in 'handout stats', "
        "its handout's and the interface's, count none fuzzy, untranslated or refused, "
        "and say reviewed",
    )
    sub.add_argument(
        "--no-check",
        dest="check",
        action="store_false",
        help="skip reading each PDF back before writing it (faster)",
    )
    _jobs_option(sub, "build", BUILD_PDFS_PER_WORKER)
    sub.add_argument(
        "--force",
        action="store_true",
        help="rebuild every PDF, even those whose inputs did not change",
    )
    sub.add_argument(
        "--shard",
        type=_shard,
        default=(1, 1),
        metavar="K/N",
        help="build only the K-th of N stable parts of the matrix (for CI); the "
        "manifest lists that part's PDFs alone, for merge-manifests to join",
    )
    sub.add_argument(
        "--min-translated",
        type=_percent,
        default=0.0,
        metavar="PERCENT",
        help="skip a handout's locale whose catalogs have less than PERCENT of the "
        "messages its PDFs print translated as they print them, the handout's and the interface's "
        "labels together (its two rows in 'handout stats', summed: a translation lint "
        "calls an error is printed in English, and not counted), and remove those "
        "PDFs from output/; each handout is judged apart (default 0)",
    )
    sub.add_argument(
        "--verbose", action="store_true", help="show the traceback of an internal error"
    )
    sub = command(
        "stats",
        "show translation progress as the PDFs print it (translated; in English: "
        "fuzzy, untranslated, or refused, a translation lint calls an error), entries "
        "from translation memory and review status per locale (each handout's "
        "catalogs, then the interface's: a locale without interface.po prints every "
        "label in English; the share translated rounded down to a tenth, so 100.0 "
        "means every message), and the reading grade of the plain-language "
        "English text; 'handout build --strict' passes a locale whose handout and "
        "interface rows both count none fuzzy, untranslated or refused, and say reviewed",
    )
    select(sub, locales=False)
    sub.add_argument("--json", action="store_true", help="print the table as JSON, for CI")
    select(
        command(
            "lint",
            "check catalogs like a compiler: file:line: level: message "
            "[check]; exit 1 on any error (the build prints such an "
            "entry in English); also each plain-language part against its "
            "<handout>.sources.toml (an error: the build refuses its "
            "plain-language PDFs) and its reading grade; a handout's catalog a "
            "locale lacks is an error (the build refuses its PDFs there), its "
            "interface.po a warning (its PDFs print the labels in English)",
        )
    )
    select(
        command(
            "compile",
            "write a .mo file beside each .po, for tools that want them",
        ),
        locales=False,
    )
    sub = command(
        "merge-manifests",
        "join shard manifests into one "
        "(output/manifest.json by default), warning of a PDF two shards built; "
        "exit 1 if the project has a PDF no shard built",
    )
    sub.add_argument(
        "manifests",
        nargs="+",
        type=Path,
        metavar="MANIFEST",
        help="the manifest.json of each shard ('handout build --shard K/N' writes one)",
    )
    sub.add_argument(
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="where to write the merged manifest",
    )
    sub.add_argument(
        "--allow-gaps",
        action="store_true",
        help="a PDF no shard built is a warning, not an error (shards built with "
        "--min-translated or --locale)",
    )
    sub = command(
        "check",
        "check built PDFs: PDF/UA-1 (page-validation), links, "
        "required notices and DOI, smallest text size, ink inside "
        "the margins, text read back in reading order (against "
        "the project found above the PDF, if any); in a project, "
        "a PDF or folder is held to the build's manifest.json of the "
        "folder given or of the nearest folder above it (the "
        "project's folder: output/manifest.json): every PDF it "
        "lists there must be there, as built",
        needs_project=False,
    )
    sub.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="a PDF or a folder of PDFs"
    )
    _jobs_option(sub, "check", CHECK_PDFS_PER_WORKER)
    return parser


def _jobs_option(sub: argparse.ArgumentParser, verb: str, least: int) -> None:
    share = f", each given {least} PDFs or more" if least > 1 else ""
    sub.add_argument(
        "--jobs",
        type=_processes,
        default=os.cpu_count() or 1,
        metavar="N",
        help=f"{verb} in up to N processes{share} (default: all cores)",
    )


def _is_whole_number(text: str) -> bool:
    """Whether `text` is written in decimal digits alone, of any script (Arabic-Indic ones
    too, as int() and `--min-translated`'s float() read them); str.isdigit also takes '²',
    which int() refuses, and argparse then named the function that failed."""
    return text.isdecimal()


def _processes(text: str) -> int:
    if not _is_whole_number(text) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return int(text)


def _percent(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 100:  # NaN too
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage from 0 to 100")
    return value


def _shard(text: str) -> tuple[int, int]:
    number, _, count = text.partition("/")
    if not (
        _is_whole_number(number) and _is_whole_number(count) and 1 <= int(number) <= int(count)
    ):
        raise argparse.ArgumentTypeError(f"{text!r} is not K/N with 1 <= K <= N")
    return int(number), int(count)
