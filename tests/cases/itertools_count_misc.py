from itertools import count, repeat, cycle, islice
import itertools

c = count(start=3, step=4)
print(next(c), next(c), c)
print(list(islice(count(step=-0.5), 4)))
c = count(True)
print(next(c), type(next(c)).__name__)
print(count(0, 1), count(0, 2), count(-3, 1))
r = repeat(object=5, times=2)
print(list(r), r)
cy = cycle(x for x in 'ab')
print([next(cy) for _ in range(5)])
gen_calls = []
def gen():
    for ch in 'xy':
        gen_calls.append(ch)
        yield ch
cy2 = cycle(gen())
print([next(cy2) for _ in range(6)], gen_calls)
print(list(zip(count(), 'abc')), dict(zip('abc', count(1))))
total = 0
for i in count():
    if i > 100:
        break
    total += i
print(total)
print(sorted(n for n in dir(itertools) if not n.startswith('_')))
