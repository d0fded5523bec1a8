"""A future import that does not exist is a compile-time SyntaxError."""
from __future__ import annotations
from __future__ import braces
print("unreachable")
