"""The layers hold: the catalogue core never loads Qt (the CLI and tests run where no Qt can),
and every folder imports only what docs/architecture.md allows it, with no import loops."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

WALK_ALL_MODULES = """
import importlib, pkgutil, sys
import catalog
for module in pkgutil.walk_packages(catalog.__path__, "catalog."):
    if ".migrations" in module.name or module.name.endswith("__main__"):
        continue
    importlib.import_module(module.name)
gui = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "desktop"))
print(len([m for m in sys.modules if m.startswith("catalog")]))
print(",".join(gui))
"""


def test_importing_every_catalog_module_loads_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", WALK_ALL_MODULES], capture_output=True, text=True, check=True
    )
    count, loaded = result.stdout.splitlines()
    assert int(count) > 20  # the walk really imported the package's modules
    assert loaded == ""


# -- the import rules of docs/architecture.md, read from the source (every import statement,
# -- inside functions and `if TYPE_CHECKING:` blocks too, since those are loops and layers as well)

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {
    # folder: the modules (with their submodules) it may not import
    "catalog": ("desktop", "PySide6", "shiboken6"),
    "catalog.text": (
        "catalog.models",
        "catalog.db",
        "catalog.store",
        "catalog.services",
        "catalog.io",
        "catalog.importing",
    ),
    "catalog.imaging": (
        "catalog.models",
        "catalog.db",
        "catalog.store",
        "catalog.services",
        "catalog.importing",
    ),
}


def _source_modules() -> dict[str, Path]:
    found = {}
    for top in ("catalog", "desktop"):
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


MODULES = _source_modules()


def _imports(name: str, path: Path) -> set[str]:
    """Every module `name` imports; `from package import module` counts as the module."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: package.count(".") + 2 - node.level]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                whole = f"{base}.{alias.name}"
                found.add(whole if whole in MODULES else base)
    return found


IMPORTS = {name: _imports(name, path) for name, path in MODULES.items()}


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def test_the_source_walk_sees_the_layers() -> None:
    assert len(MODULES) > 150
    assert "catalog.models" in IMPORTS["catalog.services.records"]
    assert "desktop.controllers.window" in IMPORTS["desktop.main_window"]


def test_no_folder_imports_what_its_layer_forbids() -> None:
    broken = sorted(
        f"{name} imports {target}"
        for folder, forbidden in FORBIDDEN.items()
        for name, targets in IMPORTS.items()
        if _within(name, folder)
        for target in targets
        if any(_within(target, rule) for rule in forbidden)
    )
    assert broken == []


def test_no_import_loops() -> None:
    """No module of catalog or desktop reaches itself through its imports (the loops once were
    imaging/pdf <-> imaging/prepare, views/workspace <-> views/image_tools, and main_window <->
    the controllers <-> app)."""
    graph = {
        name: {target for target in targets if target in MODULES and target != name}
        for name, targets in IMPORTS.items()
    }
    loops = []
    for start in sorted(graph):
        # depth-first from `start`, looking for a path back to it; one loop per module is enough
        seen: set[str] = set()
        stack = [(start, (start,))]
        while stack and not (loops and loops[-1].startswith(start + " ")):
            name, path = stack.pop()
            for target in sorted(graph[name]):
                if target == start:
                    loops.append(" -> ".join([*path, start]))
                    break
                if target not in seen:
                    seen.add(target)
                    stack.append((target, (*path, target)))
    assert loops == []
