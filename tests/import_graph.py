"""The import graph of briefing's modules, read with `ast` (nothing is imported), and its cycles.

An edge A -> B for every `import` or `from ... import` in A, at module level or inside a function,
that names a module B of the package: `from .render import Page` in `briefing/output/fit.py` is an
edge to `briefing.output.render`, `from . import ctranslate` in `briefing/encoder/sentences.py` to
`briefing.encoder.ctranslate`, `from .load import parse_text` to the package
`briefing.load` (its `__init__`). A parent package that Python imports on the way to a submodule
is not an edge of its own. Used by `tests/test_imports.py` and `benchmarks/import_cycles.py`.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = [root.name, *path.relative_to(root).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_edges(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Every module of the package -> the modules of the package it imports."""
    paths = {module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    edges: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            for target in _targets(node, package):
                # `from .x import y`: y is a module when there is one by that name, else a name
                # defined in x.
                found = target if target in paths else target.rpartition(".")[0]
                if found in paths and found != name:
                    edges[name].add(found)
    return edges


def _targets(node: ast.AST, package: str) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level:
        base = package.split(".")
        base = base[: len(base) - node.level + 1]
        module = ".".join(base + ([node.module] if node.module else []))
    else:
        module = node.module or ""
    # Each imported name may be a submodule; if not, the edge goes to `module` itself.
    return [f"{module}.{alias.name}" for alias in node.names]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(groups)
