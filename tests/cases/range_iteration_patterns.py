# range: negative steps, empty ranges, reverse iteration, membership of floats, range of big numbers
print(list(range(10, 0, -2)), list(range(0, 10, -1)), list(range(-1, -5, -1)), list(range(3, 3)))
r = range(-10, 10, 3)
print(list(r), len(r), r[0], r[-1], r.index(-1), -1 in r, 0 in r, 2.0 in r, 2.5 in r)
print(list(reversed(range(1, 10, 4))), range(1, 10, 4)[::-1], range(10)[::3][::-1])
print(range(0, 3) == range(0, 3, 2), range(0, 1) == range(0, 2, 5), range(0) == range(1, 1), range(1, 4)[1:2])
big = range(10 ** 18, 10 ** 18 + 5)
print(big[2], 10 ** 18 + 4 in big, big.index(10 ** 18 + 3), big[-1] - big[0])
print([i * j for i in range(1, 4) for j in range(i, 4)])
