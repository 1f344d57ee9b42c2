"""The extractor's stages import one another in one direction, through public names only."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "claims" / "extraction"


def _modules() -> dict[str, ast.Module]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = ast.parse(path.read_text(encoding="utf-8"))
    return found


MODULES = _modules()


def _imports(tree: ast.AST) -> list[tuple[str, list[str]]]:
    """(module, names) for every `from claims.extraction… import names` that runs: imports
    only for type checkers (`if TYPE_CHECKING:`) load nothing."""
    out = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            continue
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "claims.extraction"):
            out.append((node.module, [alias.name for alias in node.names]))
        out += _imports(node)
    return out


def _targets(module: str, names: list[str]) -> list[str]:
    """The modules an import statement loads: a submodule named in the list, or the module."""
    return [f"{module}.{n}" if f"{module}.{n}" in MODULES else module for n in names]


def test_no_module_imports_another_modules_private_names():
    offences = []
    for name, tree in MODULES.items():
        for module, names in _imports(tree):
            offences += [f"{name}: {module}.{n}" for n in names if n.startswith("_")]
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_")
                    and not node.attr.startswith("__")
                    and isinstance(node.value, ast.Name) and node.value.id not in (
                        "self", "cls", "f", "finder", "re")):
                offences.append(f"{name}: {node.value.id}.{node.attr}")
    assert offences == []


def test_the_stages_import_without_cycles():
    graph = {name: {t for module, names in _imports(tree) for t in _targets(module, names)
                    if t in MODULES and t != name}
             for name, tree in MODULES.items()}
    # A package's __init__ may gather its modules; cycles through one are not real.
    graph = {n: {t for t in targets if not (n.startswith(t + ".") or t == "claims.extraction")}
             for n, targets in graph.items()}
    visiting, done = set(), set()

    def visit(node, path):
        assert node not in visiting, " -> ".join([*path, node])
        if node in done:
            return
        visiting.add(node)
        for nxt in sorted(graph[node]):
            visit(nxt, [*path, node])
        visiting.discard(node)
        done.add(node)

    for node in sorted(graph):
        visit(node, [])


def test_each_stage_is_a_package_named_for_what_it_does():
    stages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert {"layout", "speakers", "attribution", "figures", "rules"} <= stages
