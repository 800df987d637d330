"""The house rules on imports, read from the source (AST), so that they hold without anyone remembering:
nothing outside gui/ imports Qt, no module imports itself round a cycle, and the window's pages, dialogs
and widgets reach the core only through gui/operations (they may import its types, never its functions)."""

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "oms_desktop"
QT = ("PySide6", "shiboken6")
# Pure functions with no database behind them: calendar arithmetic for "today", and reading "3*code".
# Cycles that were there when this test came (each broken by a function-level import); they are to go. The
# test fails on any other cycle, and when one of these is gone, so that this list only ever shrinks.
KNOWN_CYCLES = [
    {"oms_desktop.db.backup", "oms_desktop.db.migrate"},
]
PURE_HELPERS = {
    "oms_desktop.services.analytics.presets": {"local_today", "period_for"},
    "oms_desktop.services.sale": {"parse_scan"},
    "oms_desktop.services.periods": {"computer_zone_name", "zone_names"},
}


def modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def _nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node, except under `if TYPE_CHECKING:` (imports for type hints only, never run)."""
    for node in ast.iter_child_nodes(tree):
        test = node.test if isinstance(node, ast.If) else None
        if test is not None and "TYPE_CHECKING" in ast.unparse(test):
            yield from (n for child in node.orelse for n in [child, *_nodes(child)])
            continue
        yield node
        yield from _nodes(node)


def imports(name: str, path: Path) -> Iterator[tuple[str, list[str], int]]:
    """(module imported, names taken from it, line) for every import in the file, at any depth (imports
    for type checking only are left out: they never run)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in _nodes(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            yield base, [alias.name for alias in node.names], node.lineno


def test_nothing_outside_gui_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
        for name, path in modules()
        if not name.startswith("oms_desktop.gui")
        for module, _names, line in imports(name, path)
        if module.split(".")[0] in QT
    ]
    assert offenders == [], "only oms_desktop/gui may import Qt:\n" + "\n".join(offenders)


def import_graph() -> dict[str, set[str]]:
    known = {name for name, _ in modules()}
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in modules():
        for module, names, _line in imports(name, path):
            if not module.startswith("oms_desktop"):
                continue
            # "from package import module" imports the module; "from module import name" the module itself.
            targets = {f"{module}.{n}" for n in names if f"{module}.{n}" in known} or {module}
            graph[name] |= {t for t in targets if t in known and t != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as [a, b, ..., a], or None (a depth-first search that remembers its path)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycles_among_our_modules() -> None:
    # Packages import their own modules in __init__ (re-exports); an edge from a package to its children and
    # back through the package is not a cycle of the modules, so package nodes are left out.
    graph = import_graph()
    packages = {name for name, path in modules() if path.name == "__init__.py"}
    pruned = {n: {t for t in ts if t not in packages} for n, ts in graph.items() if n not in packages}
    for known in KNOWN_CYCLES:
        a, b = sorted(known)
        assert b in pruned[a] and a in pruned[b], f"{a} <-> {b} is gone: take it off KNOWN_CYCLES"
        pruned[a].discard(b)
    cycle = find_cycle(pruned)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_pages_dialogs_and_widgets_reach_the_core_only_through_operations() -> None:
    offenders = []
    for name, path in modules():
        if not name.startswith(
            ("oms_desktop.gui.pages", "oms_desktop.gui.dialogs", "oms_desktop.gui.widgets")
        ):
            continue
        for module, names, line in imports(name, path):
            if not module.startswith("oms_desktop.services"):
                continue
            allowed = PURE_HELPERS.get(module, set())
            # Types (records, requests, Changes) and constants start with a capital; functions and modules do not.
            calls = [n for n in names if not n[:1].isupper() and n not in allowed] or (
                [] if names else [module]
            )
            if calls:
                offenders.append(
                    f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}: {', '.join(calls)}"
                )
    assert offenders == [], "call gui/operations instead:\n" + "\n".join(offenders)
