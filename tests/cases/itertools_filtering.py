from itertools import compress, dropwhile, takewhile, filterfalse, islice

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 5)))
print(list(compress('abc', [1, 1])), list(compress([], [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(str.isspace, '  hi ')))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [1, 2, 0, 3])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, []])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: False, [1, 2])))
calls = []
def pred(x):
    calls.append(x)
    return x < 3
tw = takewhile(pred, [1, 2, 3, 4])
print(list(tw), calls)
it = iter([1, 2, 3, 4, 5])
print(list(takewhile(lambda x: x < 3, it)), list(it))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(islice(filterfalse(lambda n: n % 3, naturals()), 5)))
print(list(takewhile(lambda n: n * n < 50, naturals())))
try:
    list(dropwhile(1, [1]))
except TypeError as e:
    print('TypeError', e)
try:
    takewhile(len)
except TypeError as e:
    print('TypeError', e)
