"""No module of briefing imports one that imports it back, lazily or not."""

from .import_graph import cycles, import_edges


def test_briefing_has_no_import_cycles():
    assert cycles(import_edges()) == []


def test_a_cycle_through_a_lazy_import_is_found(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("from .b import thing\n")
    (package / "a.py").write_text("from .sub import thing\n")
    (package / "sub" / "b.py").write_text("thing = 1\n\ndef later():\n    from .. import a\n")
    (package / "c.py").write_text("import pkg.a\n")
    edges = import_edges(package)
    assert edges["pkg.c"] == {"pkg.a"}
    assert edges["pkg.a"] == {"pkg.sub"}
    assert cycles(edges) == [["pkg.a", "pkg.sub", "pkg.sub.b"]]
