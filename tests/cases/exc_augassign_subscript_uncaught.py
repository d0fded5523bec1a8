# exc: uncaught KeyError from an augmented assignment on a missing dict key
counts = {}
for word in ["a", "b", "a"]:
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
print(counts)
counts["c"] += 1
