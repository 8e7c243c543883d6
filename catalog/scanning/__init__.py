"""Acquiring pages from a scanner through SANE (see `catalog.scanning.sane`)."""

from catalog.scanning.sane import (
    DeviceOptions,
    NoScanner,
    SaneUnavailable,
    ScanFailed,
    ScannerDevice,
    device_options,
    list_devices,
    scan_page,
)

__all__ = [
    "DeviceOptions",
    "NoScanner",
    "SaneUnavailable",
    "ScanFailed",
    "ScannerDevice",
    "device_options",
    "list_devices",
    "scan_page",
]
