"""Imports run one way: the lab (`cic_lab`) may use the runtime (`cic`), never the reverse, and
the lab's parts do not import each other in a circle (the oracle and the generator above all).

Read from the source with `ast`, so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _module_name(path: Path, root: Path = SCRIPTS) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(package: str) -> list[Path]:
    return sorted((SCRIPTS / package).rglob("*.py"))


def imported(path: Path, root: Path = SCRIPTS) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in the file, wherever it is: `import a.b`, `from a.b
    import c` (as a.b and a.b.c, since c may be a module), relative imports resolved, and
    `importlib.import_module` / `__import__` of a literal name."""
    name = _module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in {"import_module", "__import__"} and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    yield node.lineno, first.value


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_the_parser_sees_every_kind_of_import(tmp_path: Path):
    module = tmp_path / "cic" / "land" / "example.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "import os, cic_lab.bench\n"
        "from . import lander\n"
        "def f():\n"
        "    from cic_lab.generate import run\n"
        "    import importlib\n"
        "    importlib.import_module('cic_lab.parity')\n"
    )
    found = {m for _, m in imported(module, tmp_path)}
    assert {"os", "cic_lab.bench", "cic.land.lander", "cic_lab.generate.run"} <= found
    assert "cic_lab.parity" in found


def test_the_runtime_never_imports_the_lab():
    modules = _modules("cic")
    assert len(modules) > 20, "the runtime package was not found"
    offending = [
        f"{path.relative_to(SCRIPTS)}:{line} imports {name}"
        for path in modules
        for line, name in imported(path)
        if _within(name, "cic_lab")
    ]
    assert not offending, "the runtime imports the lab:\n" + "\n".join(offending)


def _part(module: str) -> str | None:
    """The part of the lab a module belongs to: cic_lab.generate.defects.header -> generate."""
    parts = module.split(".")
    return parts[1] if parts[0] == "cic_lab" and len(parts) > 1 else None


def lab_graph() -> dict[str, set[str]]:
    """Which parts of the lab (subpackages and top-level modules) import which others."""
    graph: dict[str, set[str]] = {}
    for path in _modules("cic_lab"):
        source = _part(_module_name(path))
        if source is None:
            continue
        targets = graph.setdefault(source, set())
        for _, name in imported(path):
            target = _part(name)
            if target is not None and target != source:
                targets.add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle in the graph, as the parts along it, or None."""
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_oracle_and_generator_do_not_import_each_other_both_ways():
    graph = lab_graph()
    assert {"oracle", "generate"} <= set(graph), "the lab's oracle or generate was not found"
    both = "generate" in graph["oracle"] and "oracle" in graph["generate"]
    assert not both, "cic_lab.oracle and cic_lab.generate import each other"


def test_the_parts_of_the_lab_import_each_other_without_a_cycle():
    cycle = _cycle(lab_graph())
    assert cycle is None, "import cycle between parts of cic_lab: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a"}}) is None
