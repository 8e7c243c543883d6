import sys

from catalog.cli.main import main

sys.exit(main())
