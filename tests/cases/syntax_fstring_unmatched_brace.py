# syntax: f-string with a single closing brace
print(f"value: {1 + 1}}")
