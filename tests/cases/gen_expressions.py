# gen: generator expressions are lazy, single-use, and their first iterable is evaluated eagerly
def source():
    print("source called")
    return [1, 2, 3]
ge = (x * 10 for x in source())
print("genexp created")
print(next(ge), list(ge), list(ge))
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "abc"]), any(c.isdigit() for c in "ab3"))
print(type(ge).__name__, list((x, y) for x in range(2) for y in "ab" if (x, y) != (1, "a")))
try:
    bad = (1 / x for x in [])
    print("empty genexp fine:", list(bad))
    (y for y in 5)
except TypeError as e:
    print("TypeError:", e)
print(", ".join(str(n) for n in range(3)))
