# range: slicing with big bounds, big steps and negative steps (the result is another range)
B = 10 ** 20
r = range(B)
print(r[:5], r[-5:], r[::-1], r[::10 ** 19], r[2 ** 64:2 ** 65:3], r[::-B], r[B // 2::B // 4])
print(range(-B, B, 3)[::2], range(-B, B, 3)[10:20], range(-B, B, 3)[-10:], range(-B, B, 3)[::-7][:3])
print(range(10)[::10 ** 30], range(10)[10 ** 30:], range(10)[-10 ** 30:], range(10)[::-10 ** 30], range(10)[:-10 ** 30])
print(range(10 ** 30, -10 ** 30, -10 ** 29)[3:7], range(10 ** 30, -10 ** 30, -10 ** 29)[::-1], range(10 ** 30, -10 ** 30, -10 ** 29)[-1:-3:-1])
print(range(0, 2 ** 63 - 1, 2 ** 62)[:], range(0, 2 ** 63 - 1, 2 ** 62)[::-1], list(range(0, 2 ** 63 - 1, 2 ** 62)[::-1]))
print(range(-2 ** 63, 2 ** 63 - 1, 2 ** 63)[::-1], list(range(-2 ** 63, 2 ** 63 - 1, 2 ** 63)[::-1]))
print(range(2 ** 64)[2 ** 63:], len(range(2 ** 64)[2 ** 63 + 1:]), range(2 ** 64)[::2 ** 32][-1])
print(list(range(B, B + 10)[1:8:3]), list(range(B, B + 10)[::-4]), list(range(B + 10, B, -1)[-2:]))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(r[Idx(1):Idx(B):Idx(3)], r[Idx(-3):], range(10)[Idx(2):Idx(8)], r[True::Idx(B)])
print(r[1:][1:][1:], range(10)[2:8][1:3], range(10)[::2][::-1], range(10)[5:2], range(10)[5:2:-1])
s = r[B - 3:]
print(s, s.start, s.stop, s.step, list(s), len(s), s[-1], s == range(B - 3, B))
for f in [lambda: r[::0], lambda: r[1.5:], lambda: r[:"a"], lambda: r[::Idx(0)], lambda: range(10)[::0]]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
