"""The package's modules import each other without cycles, and none imports the package face.

The import graph is read from the source with :mod:`ast` (module-level imports only: an import
inside a function is deliberate laziness, run after every module has loaded). Data flows one way
through igr's stages, so its imports must form a DAG.
"""

import ast
from pathlib import Path

import networkx as nx

SRC = Path(__file__).resolve().parents[1] / "src"


def module_name(path):
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules():
    return {module_name(path): path for path in sorted((SRC / "igr").rglob("*.py"))}


def imported(name, path, known):
    """The igr modules that ``name`` imports at module level (the most specific module of each)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                whole = f"{base}.{alias.name}"
                yield whole if whole in known else base


def import_graph():
    known = modules()
    graph = nx.DiGraph()
    for name, path in known.items():
        graph.add_node(name)
        for target in imported(name, path, known):
            if target in known and target != name:
                graph.add_edge(name, target)
    return graph


def test_the_graph_is_read_from_the_source():
    graph = import_graph()
    assert graph.number_of_nodes() > 50
    assert graph.has_edge("igr.kg", "igr.errors") or any(t.startswith("igr.store") for t in graph.successors("igr.kg"))


def test_no_import_cycles():
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == [], "import cycles: " + "; ".join(" -> ".join(c + [c[0]]) for c in cycles[:5])


def test_no_module_imports_the_package_face():
    """``igr/__init__.py`` is for users; a module that imports it drags in the whole face."""
    assert sorted(import_graph().predecessors("igr")) == []
