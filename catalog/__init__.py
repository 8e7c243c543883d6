"""Spravka's catalogue core: data model, storage, text intelligence, checks and the CLI.

This package never imports Qt; the desktop application in `desktop/` builds on it.
"""

__version__ = "0.1.0"
