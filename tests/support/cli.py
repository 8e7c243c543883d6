"""Run `spravka` as a real subprocess, offline, with a chosen catalogue."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

OFFLINE = Path(__file__).resolve().parent / "offline"


def offline_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(OFFLINE), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("SPRAVKA_CATALOG", None)
    env.update(extra or {})
    return env


def run_spravka(
    *args: str | os.PathLike[str],
    catalog: Path | None = None,
    cwd: Path | None = None,
    input: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    # -P: never import from the working directory (a folder there named "catalog" would win).
    command = [sys.executable, "-P", "-m", "catalog"]
    if catalog is not None:
        command += ["--catalog", os.fspath(catalog)]
    command += [os.fspath(a) for a in args]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=input,
        cwd=cwd,
        env=offline_env(env),
        timeout=timeout,
    )
