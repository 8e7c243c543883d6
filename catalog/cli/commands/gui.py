"""`spravka gui`: start the desktop application.

The catalogue core never imports Qt, so the GUI is started as its own process (`python -m
desktop`), which also keeps `spravka` usable where Qt cannot run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "gui",
        help="start the desktop application",
        description="Start the desktop application on the catalogue.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if getattr(sys, "frozen", False):
        # A built application: `spravka-gui` sits beside this executable.
        name = "spravka-gui.exe" if sys.platform == "win32" else "spravka-gui"
        command = [str(Path(sys.executable).resolve().parent / name)]
    else:
        command = [sys.executable, "-m", "desktop"]
    if args.catalog:
        command += ["--catalog", os.fspath(args.catalog)]
    return subprocess.call(command)
