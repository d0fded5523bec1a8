from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, 'abc'))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(operator.or_, [{1}, {2}, {1, 3}]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
print(reduce(operator.add, range(100000)), reduce(lambda a, b: a * b % 1000003, range(1, 20000)))
print(reduce(lambda a, b: a + b, (x for x in range(4)), 100))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: reduce(operator.add, []))
show(lambda: reduce(operator.add))
show(lambda: reduce(operator.add, 5))
show(lambda: reduce(operator.add, [1, 'a']))
show(lambda: reduce(5, [1, 2]))
show(lambda: reduce(operator.add, [1], 2, 3))
show(lambda: reduce(function=operator.add, sequence=[1]))
reduce(operator.add, [])
