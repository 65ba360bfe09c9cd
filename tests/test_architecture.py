"""No import cycle between any two modules of the project, imports inside functions included (the layer
contract itself is ``lint-imports``, run by ``make test``)."""

import grimp
import pytest


def _packages() -> tuple[str, ...]:
    """The project's packages, as the layer contract names them."""
    import tomllib
    from pathlib import Path

    from django.conf import settings

    config = tomllib.loads((Path(settings.BASE_DIR) / "pyproject.toml").read_text())
    return tuple(config["tool"]["importlinter"]["root_packages"])


def _cycles(graph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph(*_packages(), cache_dir=None)


def test_no_module_imports_itself_through_others(graph):
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle(graph):
    graph.add_import(importer="kernel.languages", imported="kernel.text")
    try:
        assert ["kernel.languages", "kernel.text"] in _cycles(graph)
    finally:
        graph.remove_import(importer="kernel.languages", imported="kernel.text")
