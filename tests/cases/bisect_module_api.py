import bisect

print(sorted(n for n in dir(bisect) if not n.startswith('_')))
print(bisect.bisect_left.__name__, bisect.bisect.__name__, bisect.insort.__name__, repr(bisect.bisect_right))
print(bisect.bisect_left(a=[1, 2, 3], x=2), bisect.bisect_right([1, 2, 3], x=2, lo=0, hi=3, key=None))
try:
    bisect.bisect_left([1], 1, foo=2)
except TypeError as e:
    print('TypeError', e)
try:
    bisect.bisect_left([1], 1, 0, 1, None)
except TypeError as e:
    print('TypeError', e)
