# syntax: backslash inside an f-string expression (Python 3.11)
lines = ["a", "b"]
print(f"Lines: {'\n'.join(lines)}")
