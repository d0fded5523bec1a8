# set: copy, update with several iterables, isdisjoint, comparisons of equal sets, pop from single-element set
a = {1, 2, 3}
b = a.copy()
b.add(4)
print(a, b, a < b, b > a, a == {3, 2, 1}, a != b)
a.update([5], (6,), {7: "x"}, "8")
print(a)
print({1, 2}.isdisjoint([3, 4]), {1, 2}.isdisjoint({2}), set().isdisjoint(set()), set() <= {1}, set() < set())
print({1, 2, 3}.union(), {1, 2}.intersection(), {1, 2} - set(), len({1, 2} ^ {1, 2}))
s = {"only"}
print(s.pop(), s, bool(s))
print({True, 1, 1.0}, {0, False, 0.0, -0.0}, {"a", "A"})
