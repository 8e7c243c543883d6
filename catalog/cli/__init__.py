"""The `spravka` command line. Each command lives in `catalog.cli.commands`."""
