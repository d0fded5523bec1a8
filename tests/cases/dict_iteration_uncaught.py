# dict: uncaught RuntimeError from adding keys while iterating over a dict
counts = {"a": 1, "b": 2}
for key in counts:
    counts[key.upper()] = counts[key]
print(counts)
