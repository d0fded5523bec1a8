from itertools import accumulate, chain
import operator

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc')))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate([1, 2, 3], lambda acc, x: acc * 10 + x)))
print(list(accumulate([2.5, 0.5], func=operator.sub)))
print(list(chain('ab', [1, 2], (3,), range(2))), list(chain()), list(chain([], [])))
print(list(chain.from_iterable([[1], [2, 3], []])), list(chain.from_iterable(['ab', 'cd'])))
c = chain([1], [2])
print(next(c), next(c))
try:
    next(c)
except StopIteration:
    print('StopIteration')
print(list(chain.from_iterable(map(range, [1, 2, 3]))))
def gen():
    print('gen started')
    yield 'g'
ch = chain([0], gen())
print('created')
print(list(ch))
try:
    list(chain([1], 5))
except TypeError as e:
    print('TypeError', e)
try:
    chain([1], x=2)
except TypeError as e:
    print('TypeError', e)
running = accumulate(x for x in range(1, 6))
print(next(running), next(running), list(running))
