from itertools import islice, chain, cycle, zip_longest, groupby, tee, count, repeat, starmap, filterfalse
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    from collections import deque
    iterators = deque(map(iter, iterables))
    while iterators:
        try:
            while True:
                yield next(iterators[0])
                iterators.rotate(-1)
        except StopIteration:
            iterators.popleft()

def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n))
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window = window[1:] + [x]
        yield tuple(window)

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def tabulate(function, start=0):
    return map(function, count(start))

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

print(take(3, count(7)))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(sliding_window(range(6), 3)))
print(list(flatten([[1, 2], [3], []])), take(4, tabulate(lambda x: x * x)))
print(dotproduct([1, 2, 3], [4, 5, 6]), list(starmap(operator.add, zip([1, 2], repeat(10)))))
print([k for k, _ in groupby(sorted('mississippi'))])
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))
print(partition(lambda x: x % 2, range(10)))
