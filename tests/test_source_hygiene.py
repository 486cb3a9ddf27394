"""Mistakes no test of behaviour sees: a function defined twice in one module or class is silently replaced by the
second definition (a second `Registry._an_office`, looser than the first, once changed what its other readers got),
and a test defined twice under one name runs only once."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([*ROOT.glob("claimcheck/**/*.py"), *ROOT.glob("tests/*.py"), *ROOT.glob("benchmarks/*.py")])


def defined_twice(source: str) -> list[str]:
    """`name (line, line)` for every function a module or class body defines more than once, properties' setters
    and `typing.overload` aside (they are meant to repeat the name)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, (ast.Module, ast.ClassDef)):
            continue
        seen: dict[str, int] = {}
        for item in node.body:
            if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            decorated = {ast.unparse(d) for d in item.decorator_list}
            if any(d.endswith((".setter", ".deleter")) or d in ("overload", "typing.overload") for d in decorated):
                continue
            if item.name in seen:
                found.append(f"{item.name} ({seen[item.name]}, {item.lineno})")
            seen[item.name] = item.lineno
    return found


def test_the_check_sees_a_method_defined_twice():
    source = "class A:\n    def f(self):\n        pass\n\n    def f(self):\n        return 1\n"
    assert defined_twice(source) == ["f (2, 5)"]
    setter = "class A:\n    @property\n    def x(self): ...\n    @x.setter\n    def x(self, v): ...\n"
    assert defined_twice(setter) == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_function_is_defined_twice(path):
    assert defined_twice(path.read_text(encoding="utf-8")) == []
