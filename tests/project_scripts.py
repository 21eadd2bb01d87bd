"""Load the project's scripts and benchmarks (folders that are not packages) as modules in tests."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from frontmap.paths import PROJECT_ROOT


def load_project_module(relative_path: str) -> ModuleType:
    """Return the module at `relative_path` under the project root, registered under its stem."""
    path = PROJECT_ROOT / relative_path
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
