"""List the import cycles between briefing's modules: none is allowed, lazy imports included.

Edges are read from the source with `ast` (see `tests/import_graph.py` for what counts as one;
`tests/test_imports.py` runs the same check). Prints each cycle (a strongly connected group of
modules) with the edges inside it, and exits with 1 when there is any; `--edges` prints every
edge as well.

    python benchmarks/import_cycles.py [--edges]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.import_graph import cycles, import_edges


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges", action="store_true", help="print every import edge too")
    edges = import_edges()
    if parser.parse_args().edges:
        for name in sorted(edges):
            print(f"{name} -> {', '.join(sorted(edges[name])) or '-'}")
    found = cycles(edges)
    for group in found:
        print(f"cycle: {', '.join(group)}")
        for name in group:
            for target in sorted(edges[name] & set(group)):
                print(f"  {name} -> {target}")
    count = sum(map(len, edges.values()))
    print(f"{len(edges)} modules, {count} import edges, {len(found)} cycles")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
