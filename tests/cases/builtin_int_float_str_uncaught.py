# builtin: uncaught ValueError from int() applied to user input-like strings in a comprehension
raw = "1, 2, three, 4"
print([s.strip() for s in raw.split(",")])
numbers = [int(s) for s in raw.split(",")]
