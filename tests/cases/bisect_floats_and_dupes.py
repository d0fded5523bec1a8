import bisect

a = [0.1, 0.2, 0.2, 0.3]
print(bisect.bisect_left(a, 0.2), bisect.bisect_right(a, 0.2), bisect.bisect_left(a, 0.25), bisect.bisect_right(a, 1))
print(bisect.bisect_left([1, 1, 1, 1], 1), bisect.bisect_right([1, 1, 1, 1], 1), bisect.bisect_left([1, 1], 1.0))
nan = float('nan')
print(bisect.bisect_left([1, 2, 3], nan), bisect.bisect_right([1, 2, 3], nan))
print(bisect.bisect_left([True, True], False), bisect.bisect_right([(1, 'a'), (1, 'c')], (1, 'b')))
b = [1.0, 2.0]
bisect.insort(b, 2)
bisect.insort_left(b, 1)
print(b)
