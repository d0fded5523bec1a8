# set: union/intersection/difference/symmetric_difference as methods and operators, subset relations
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([5, 6]))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 7}
print(c)
c.update([1, 2], "x")
c.intersection_update({1, 2, "x", 8})
c.difference_update({2})
c.symmetric_difference_update({"x", "y"})
print(c)
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1, 2} != {1})
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
