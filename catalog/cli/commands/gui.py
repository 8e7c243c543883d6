"""`spravka gui`: start the desktop application.

The catalogue core never imports Qt, so the GUI is started as its own process (`python -m
desktop`), which also keeps `spravka` usable where Qt cannot run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "gui",
        help="start the desktop application",
        description="Start the desktop application on the catalogue.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    command = [sys.executable, "-m", "desktop"]
    if args.catalog:
        command += ["--catalog", os.fspath(args.catalog)]
    return subprocess.call(command)
