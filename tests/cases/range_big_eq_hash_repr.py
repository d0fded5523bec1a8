# range: equality, hashing, repr and the start/stop/step attributes of big ranges
B = 10 ** 20
r = range(-B, B, 3)
print(r, repr(range(B)), str(range(B, 0, -B)), range(0, 1, B), range(2 ** 64, 2 ** 65, 2 ** 63), [range(B)])
print(r.start, r.stop, r.step, range(B).start, range(B).stop, range(B).step, range(1, 2, -B).step)
print(type(r.start).__name__, type(range(B).stop).__name__, range(True, 2 ** 64).start, range(True, 2 ** 64))
print(range(B) == range(0, B, 1), range(B) == range(0, B, 2), range(B, B) == range(0), range(B, 0) == range(5, 5))
print(range(B, B + 1, 5) == range(B, B + 2, 7), range(B, B + 10, 5) == range(B, B + 9, 5), range(B, B + 10, 5) == range(B, B + 11, 5))
print(range(B) != range(B + 1), range(2 ** 64) == range(2 ** 64), range(10) == range(10 ** 20)[:10], range(B)[:3] == range(3))
print(range(2 ** 63, 2 ** 63 + 1) == range(2 ** 63, 2 ** 63 + 1, 2 ** 70), range(B) == list(range(3)), range(3) == (0, 1, 2))
print(hash(range(B)) == hash(range(0, B)), hash(range(B, B + 1, 5)) == hash(range(B, B + 1, 7)))
print(hash(range(B, B)) == hash(range(0)), hash(range(B, 0)) == hash(range(7, 3)), hash(range(10)[::1]) == hash(range(10)))
print(hash(range(3, 10, 2)) == hash((4, 3, 2)), hash(range(B, B + 10, 5)) == hash((2, B, 5)), hash(range(B)) == hash((B, 0, 1)))
print(hash(range(B)[:10]) == hash(range(10)), hash(range(2 ** 64)[2 ** 63:2 ** 63 + 4]) == hash(range(2 ** 63, 2 ** 63 + 4)))
d = {range(B): "big", range(3): "small", range(0): "empty"}
print(d[range(0, B)], d[range(B)[:3]], d[range(B, B)], range(5, 5) in d, len({range(B), range(0, B, 1), range(B)[::1]}))
for f in [lambda: range(B) < range(B + 1), lambda: range(3) <= range(3)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
