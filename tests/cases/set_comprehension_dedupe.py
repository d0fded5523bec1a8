# set: set comprehensions, dedup preserving first-seen order via dict, set of tuples
nums = [5, 3, 5, 1, 3, 9, 1]
print({n % 4 for n in nums}, {n * n for n in range(-3, 4)})
seen = list(dict.fromkeys(nums))
print(seen)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs), len(pairs))
print({c for c in "mississippi"} == set("misp"), sorted({c for c in "mississippi"}))
print(set(map(len, ["a", "bb", "cc", "d"])), {x for x in []})
