"""Scanning through SANE, by running its `scanimage` program.

`scanimage` ships with SANE everywhere SANE exists (Linux, the BSDs, macOS through Homebrew),
needs no compiled Python binding, and keeps a misbehaving scanner driver out of Spravka's own
process: a driver that hangs or crashes takes down a child process that can be stopped, not
the application with its open catalogue.

Which backends SANE loads comes from its configuration (`dll.conf`), normally in /etc/sane.d.
`SANE_CONFIG_DIR` points SANE at another folder; the project's `resources/sane/` enables only
SANE's `test` backend (devices `test:0`, `test:1`), for trying scanning without a scanner and
for the tests: `SANE_CONFIG_DIR=resources/sane spravka scan --device test:0`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from catalog.errors import SpravkaError
from catalog.progress import Cancelled, CancelToken, Progress, ProgressCallback, ignore_progress

LIST_TIMEOUT = 60.0
# Longest silence from a scanner before it is considered stuck (a 600 dpi colour A4 page on
# a slow USB scanner takes a minute or two, but keeps reporting progress).
SCAN_STALL_TIMEOUT = 300.0
PREVIEW_RESOLUTION = 75


class SaneUnavailable(SpravkaError):
    """SANE is not installed here (or not on this platform): scanning cannot work at all."""

    def __init__(self, problem: str = "") -> None:
        self.problem = problem or (
            "scanning needs SANE, and its `scanimage` program was not found. On Debian or "
            "Ubuntu install it with `sudo apt install sane-utils`; on macOS with "
            "`brew install sane-backends`. Where SANE is not available (Windows), scan with "
            "the scanner's own software into a folder and import it, or watch that folder "
            "with `spravka inbox FOLDER --watch`"
        )
        super().__init__(self.problem)


class ScanFailed(SpravkaError):
    """The scanner (or its driver) refused or failed; `problem` is SANE's reason in words."""

    def __init__(self, device: str, problem: str) -> None:
        self.device = device
        self.problem = problem
        super().__init__(f"scanner {device}: {problem}")


class NoScanner(SpravkaError):
    def __init__(self) -> None:
        super().__init__(
            "no scanner found. Check that it is connected and switched on, and that SANE "
            "knows it (`scanimage -L` lists the scanners SANE can see)"
        )


@dataclass(frozen=True)
class ScannerDevice:
    name: str  # what SANE calls it, e.g. "genesys:libusb:001:004" or "test:0"
    vendor: str
    model: str
    type: str

    @property
    def label(self) -> str:
        return " ".join(part for part in (self.vendor, self.model) if part) or self.name


@dataclass(frozen=True)
class DeviceOptions:
    """What a scanner offers, as its driver describes it (empty where it says nothing)."""

    modes: tuple[str, ...]
    resolutions: tuple[int, ...]
    resolution_range: tuple[int, int] | None
    sources: tuple[str, ...]


def scanimage() -> str:
    found = shutil.which("scanimage")
    if found is None:
        raise SaneUnavailable()
    return found


def _run(args: list[str], *, timeout: float) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [scanimage(), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise ScanFailed("", f"SANE did not answer within {timeout:.0f} seconds") from None
    except OSError as exc:
        raise SaneUnavailable(f"the `scanimage` program cannot be run: {exc}") from None


def list_devices(*, timeout: float = LIST_TIMEOUT) -> list[ScannerDevice]:
    """The scanners SANE can see now (searching the network may take some seconds)."""
    result = _run(["--formatted-device-list=%d\t%v\t%m\t%t%n"], timeout=timeout)
    devices = []
    for line in result.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[0]:
            devices.append(ScannerDevice(*parts))
    return devices


def device_options(device: str, *, timeout: float = LIST_TIMEOUT) -> DeviceOptions:
    result = _run(["--device-name", device, "--all-options"], timeout=timeout)
    if result.returncode != 0:
        raise ScanFailed(device, _reason(result.stderr))
    modes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    resolutions: tuple[int, ...] = ()
    resolution_range = None
    for line in result.stdout.splitlines():
        match = re.match(r"\s+--(mode|source|resolution)\s+(.+?)\s*(\[.*\])?\s*$", line)
        if not match:
            continue
        name, values = match.group(1), match.group(2)
        if name == "resolution":
            span = re.match(r"(\d+)\.\.(\d+)", values)
            if span:
                resolution_range = (int(span.group(1)), int(span.group(2)))
            else:
                resolutions = tuple(int(v) for v in re.findall(r"\d+", values.split("dpi")[0]))
        elif name == "mode":
            modes = tuple(values.split("|"))
        else:
            sources = tuple(values.split("|"))
    return DeviceOptions(modes, resolutions, resolution_range, sources)


def _reason(stderr: str) -> str:
    lines = [line.strip() for line in re.split(r"[\r\n]+", stderr) if line.strip()]
    lines = [line for line in lines if not line.startswith("Progress:")]
    text = lines[-1] if lines else "the scan failed for an unknown reason"
    text = re.sub(r"^scanimage: ", "", text)
    if "open of device" in text:
        return (
            "the scanner cannot be opened: it is not connected, switched off, busy with "
            f"another program, or the name is wrong ({text})"
        )
    if "setting of option" in text:
        return f"the scanner does not accept this setting ({text})"
    return text


def scan_page(
    device: str,
    *,
    resolution: int = 300,
    mode: str = "Gray",
    preview: bool = False,
    options: Mapping[str, str] | None = None,
    out_dir: Path | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> Path:
    """Scan one page to a PNG file (lossless) and return its path, in `out_dir` or a new
    temporary folder that the caller removes. `preview` scans quickly at 75 dpi. `options`
    are the driver's own settings by name (e.g. {"source": "ADF"}). Cancelling stops the
    scanner and raises `Cancelled`."""
    if not 1 <= resolution <= 9600:
        raise ScanFailed(device, f"a resolution of {resolution} dpi is not possible")
    if out_dir is None:
        out_dir = Path(tempfile.mkdtemp(prefix="spravka-scan-"))
    folder = Path(out_dir)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"scan-{re.sub(r'[^A-Za-z0-9]+', '-', device).strip('-')}-{stamp}.png"
    args = [
        scanimage(),
        "--device-name",
        device,
        "--format=png",
        "--progress",
        f"--output-file={target}",
        "--resolution",
        str(PREVIEW_RESOLUTION if preview else resolution),
        "--mode",
        mode,
    ]
    for name, value in (options or {}).items():
        args.append(f"--{name.lstrip('-')}={value}")
    try:
        _acquire(device, args, progress=progress, cancel=cancel)
    except ScanFailed as failure:
        raise _explained(failure, mode=mode) from None
    if not target.is_file() or target.stat().st_size == 0:
        target.unlink(missing_ok=True)
        raise ScanFailed(device, "the scanner sent no image")
    return target


def _explained(failure: ScanFailed, *, mode: str) -> ScanFailed:
    """Name the choices the scanner offers when it refused a mode."""
    if "option --mode" not in failure.problem:
        return failure
    try:
        offered = device_options(failure.device).modes
    except SpravkaError:
        return failure
    if not offered or mode in offered:
        return failure
    return ScanFailed(
        failure.device, f"the scanner has no mode {mode!r}; it offers {', '.join(offered)}"
    )


def _acquire(
    device: str,
    args: list[str],
    *,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> None:
    # stderr goes to a file rather than a pipe: nothing to drain, no deadlock, and the
    # progress lines can still be read as they arrive.
    with tempfile.TemporaryFile("w+b") as errors:
        process = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors
        )
        last_change = time.monotonic()
        seen = 0
        try:
            while process.poll() is None:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()
                time.sleep(0.1)
                size = os.fstat(errors.fileno()).st_size
                if size != seen:
                    seen, last_change = size, time.monotonic()
                    _report(errors, progress)
                elif time.monotonic() - last_change > SCAN_STALL_TIMEOUT:
                    raise ScanFailed(device, "the scanner stopped responding")
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    if process.returncode != 0:
        raise ScanFailed(device, _reason(stderr))
    progress(Progress(100, 100, "scanned"))


def _report(errors, progress: ProgressCallback) -> None:  # type: ignore[no-untyped-def]
    errors.seek(0)
    text = errors.read().decode("utf-8", "replace")
    found = re.findall(r"Progress: ([\d.]+)%", text)
    if found:
        progress(Progress(min(100, int(float(found[-1]))), 100, "scanning"))
