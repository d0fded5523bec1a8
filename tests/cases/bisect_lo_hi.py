import bisect

a = [0, 10, 20, 30, 40, 50]
print(bisect.bisect_left(a, 25, 0, 3), bisect.bisect_left(a, 25, 4), bisect.bisect_right(a, 30, lo=1, hi=4))
print(bisect.bisect_left(a, 5, hi=0), bisect.bisect(a, -5, 3))
try:
    bisect.bisect_right(a, 100, 2, 100)
except IndexError as e:
    print('IndexError', e)
print(bisect.bisect_left(a, 20, hi=-5), bisect.bisect_left(a, 20, hi=-1), bisect.bisect_left(a, 20, lo=10))
for bad in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect_left(a, 1, 'x'), lambda: bisect.bisect_left(a, 1, 0, 'y'),
            lambda: bisect.bisect_left(a), lambda: bisect.bisect_left(), lambda: bisect.bisect_left(a, 1, 0, 10**30)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
