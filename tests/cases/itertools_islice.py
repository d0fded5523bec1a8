from itertools import islice, count

print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(20), 1, 15, 4)), list(islice([1, 2], 5)))
print(list(islice(count(), 3, 10, 3)), list(islice([1, 2, 3], None)), list(islice([1, 2, 3], None, None, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 0)), next(it))
def noisy():
    for i in range(5):
        print('yield', i)
        yield i
print(list(islice(noisy(), 2)))
print(list(islice(noisy(), 1, 3)))
for args in [(1,), ([1], -1), ([1], 'a'), ([1], 0, 'a'), ([1], 0, 1, 0), ([1], 0, 1, -1), ([1], -2, 3), ([1], 1, 2, 3, 4)]:
    try:
        print(list(islice(*args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    islice(5, 2)
except TypeError as e:
    print('TypeError', e)
for big in [(count(), 10**30), ('abc', 0, 10**30), ('abc', 2**63 - 1), ('abc', 2**63)]:
    try:
        print(list(islice(*big))[:3] if big[0] != 'abc' or True else None)
    except ValueError as e:
        print('ValueError', e)
