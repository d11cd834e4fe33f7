import os
from dataclasses import dataclass

@dataclass(frozen=True)
class Point:
    """A point, with a
    docstring over lines."""
    x: float = 0.0
    y: float = 1e-3

def walk(root: str) -> list[str]:
    # Every file under root.
    paths = [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs]
    print(f"{len(paths)} files", r'\d+', b"bytes", 'it\'s')
    return sorted(paths) if paths else None
