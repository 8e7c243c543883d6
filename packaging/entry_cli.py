"""Entry point of the frozen `spravka` command (PyInstaller)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Import and OCR workers are spawned processes: in a frozen build they start this very
    # executable, which must hand them over to multiprocessing before doing anything else.
    multiprocessing.freeze_support()
    from catalog.cli.main import main

    sys.exit(main())
