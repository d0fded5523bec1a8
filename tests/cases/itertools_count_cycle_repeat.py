import itertools
from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), next(c), c)
print(list(islice(count(10), 3)), list(islice(count(1, 2), 4)), list(islice(count(5, -1), 3)))
print(list(islice(count(0.5, 0.25), 3)), count(2.5), count(1, 0.5), count(5, 1.0), count(3, -2))
c2 = count(10**20)
next(c2)
print(c2, repr(count(-1)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
cy = cycle([1, 2])
print([next(cy) for _ in range(5)])
print(list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(1, -5)))
r = repeat('a', 3)
print(r, next(r), r, r.__length_hint__())
print(repeat([1]), repeat(7))
print(list(map(pow, range(5), repeat(2))), list(zip('ab', repeat(0))))
for i, ch in zip(count(1), 'xyz'):
    print(i, ch)
print(type(count()).__name__, type(cycle('')).__name__, type(repeat(0)).__name__)
for bad in [lambda: count('a'), lambda: count(1, 'x'), lambda: repeat(), lambda: repeat(1, 'x'), lambda: cycle(), lambda: cycle(5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
