"""The ``leaderdeck`` command: argument parsing and messages over the library.

Library modules are imported inside the commands so that ``--help`` stays fast.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="leaderdeck")
@click.option("--taxonomy", type=click.Path(exists=True, dir_okay=False),
              help="Levels and topics file to use instead of the built-in one.")
def cli(taxonomy: str | None) -> None:
    """Turn interview-preparation notes in YAML into Anki decks.

    \b
    Quick start:
      leaderdeck validate          # check source/*.yaml
      leaderdeck build             # build every deck manifest in decks/
      leaderdeck stats             # notes per topic and level
    """


def main() -> None:
    """The console entry point: the command, with the failures no command can report itself
    (Ctrl-C, a deleted working folder, standard output that cannot be written) as messages."""
    # A run makes many long-lived objects (a large deck's notes) and few cycles (under 7,000
    # unreachable objects in a cold 10,000-note build): each pass of the collector re-reads the
    # notes and finds nothing. A pass every million new objects leaves a 10,000-note sync with
    # none, and still bounds what cycles (parsed HTML, when pulling) can hold to under 200 MB.
    gc.set_threshold(1_000_000, 20, 100)
    try:
        signal.signal(signal.SIGINT, _interrupt)  # inside the try: an interrupt from here on is a message
        _check_folder()
        cli.main(prog_name="leaderdeck", standalone_mode=False)
        sys.stdout.flush()
    except click.ClickException as exc:
        exc.show()
        _quit(exc.exit_code)
    except (KeyboardInterrupt, click.Abort):
        _fail("Aborted!", 130)
    except OSError as exc:  # standard output or error closed, full or gone
        _fail(f"cannot write output: {exc.strerror or exc}", 1)
    except Exception:
        if not _interrupted:
            raise
        # Ctrl-C inside code that wraps what it raises: Python 3.11 turns an interrupt while a
        # class is made (a dataclass's fields, as a module is imported) into a RuntimeError
        _fail("Aborted!", 130)
    _quit(0)


_interrupted = False  # whether Ctrl-C has been pressed since main() took it over


def _interrupt(signum, frame) -> None:
    """Ctrl-C: one interrupt ends the run; another while its message is written must not cut
    the message short with a traceback."""
    global _interrupted
    _interrupted = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise KeyboardInterrupt


def _check_folder() -> None:
    try:
        os.getcwd()
    except OSError:
        _fail("the current folder no longer exists; change to a folder that does and run again", 1)


def _fail(message: str, code: int) -> None:
    try:
        click.echo(f"Error: {message}" if code != 130 else message, err=True)
    except OSError:
        pass
    _quit(code)


def _quit(code: int) -> None:
    """Exit without a second flush of an output that already failed, and without a traceback
    if Ctrl-C arrives while the interpreter shuts down.

    Every file the run wrote is closed by now, and the collection too. Tearing the interpreter
    down would only free the run's objects one by one (a sixth of a second after a
    10,000-note sync), so the process ends once its output is flushed, as mypy's does."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        sys.stdout.flush()
    except OSError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    if "logging" in sys.modules:  # a library's log handlers, flushed as at a normal exit
        sys.modules["logging"].shutdown()
    if "leaderdeck.patterncache" in sys.modules:  # patterns compiled this run, kept for the next
        sys.modules["leaderdeck.patterncache"].save()
    os._exit(code)


# the commands register themselves on ``cli``
from . import deck_commands, report_commands, source_commands, sync_commands, workspace_commands  # noqa: E402,F401
