# tuple: uncaught TypeError comparing tuples whose second elements have different types
records = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(records))
records.append((1, 2))
print(sorted(records))
