"""The ``leaderdeck`` command: argument parsing and messages over the library.

Library modules are imported inside the commands so that ``--help`` stays fast.
"""

from __future__ import annotations

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
    cli(prog_name="leaderdeck")


# the commands register themselves on ``cli``
from . import deck_commands, report_commands, source_commands  # noqa: E402,F401
