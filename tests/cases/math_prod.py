import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 11)))
print(math.prod([1.5, 2, 4]), math.prod([2, 3], start=1.5), math.prod([2 ** 40, 2 ** 40, 3]), math.prod(range(1, 30)))
print(math.prod([True, True, 5]), math.prod([0.1] * 5), math.prod(x for x in [2, 3, 7]))
print(math.prod([3, 'ab']), math.prod([[1, 2], 2]), math.prod([2, 3], start=-1))
print(math.prod([10 ** 10] * 3), math.prod([-1] * 7), math.prod([1e200, 1e200]), math.prod([2, math.inf, 0]))
for args, kw in [((), {}), (([1], 2), {}), (([1],), {"strt": 2}), ((['a', 'b'],), {}), ((5,), {}), ((["a"],), {"start": ""})]:
    try:
        print(math.prod(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
