"""``python -m leaderdeck`` and the ``leaderdeck`` command.

Ctrl-C while Python is still importing the command line would end in a KeyboardInterrupt
traceback; until :func:`leaderdeck.cli.main` takes over, an interrupt ends the program with
the same message and exit code as later. ``_signal`` is the interpreter's built-in module:
importing it costs nothing, unlike ``signal``.
"""

import _signal
import os


def _interrupted_while_starting(signum, frame) -> None:
    os.write(2, b"Aborted!\n")
    os._exit(130)


_signal.signal(_signal.SIGINT, _interrupted_while_starting)  # this module is only imported to run the command


def run() -> None:
    from .cli import main

    main()


if __name__ == "__main__":
    run()
