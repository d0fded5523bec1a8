# syntax: unterminated f-string literal
total = 42
print(f"Total: {total})
print("done")
