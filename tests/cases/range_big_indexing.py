# range: indexing ranges whose bounds, steps or lengths do not fit in 64 bits
B = 10 ** 20
r = range(B)
print(r[0], r[1], r[-1], r[-2], r[B - 1], r[-B], r[12345678901234567890])
print(range(2 ** 64)[2 ** 63], range(2 ** 64)[-1], range(-2 ** 63, 2 ** 63)[2 ** 63], range(-2 ** 63, 2 ** 63)[-1])
print(range(-B, B, 7)[0], range(-B, B, 7)[-1], range(-B, B, 7)[B // 7])
print(range(B, -B, -3)[0], range(B, -B, -3)[-1], range(B, -B, -3)[10 ** 19])
print(range(0, 1, B)[0], range(5, 0, -B)[-1], range(B, B + 3)[2], range(-B - 3, -B)[-3])
print(range(2 ** 63 - 2, 2 ** 63 + 2)[1], range(2 ** 63 - 2, 2 ** 63 + 2)[2], range(-2 ** 63 - 1, -2 ** 63 + 1)[0])
print(range(0, 2 ** 63 - 1, 2 ** 62)[1], range(-2 ** 63, 2 ** 63 - 1, 2 ** 63)[1], range(2 ** 63 - 1, -2 ** 63, -2 ** 63)[1])


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyInt(int):
    pass


print(r[Idx(B - 1)], r[Idx(-1)], r[MyInt(7)], r[True], range(10)[Idx(3)], range(10)[MyInt(-2)])


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: r[B])
show(lambda: r[-B - 1])
show(lambda: r[10 ** 40])
show(lambda: r[-10 ** 40])
show(lambda: range(10)[B])
show(lambda: range(10)[-B])
show(lambda: range(B, B)[0])
show(lambda: r[1.0])
show(lambda: r["1"])
show(lambda: r[None])
show(lambda: r[Idx(2.5)])
show(lambda: range(2 ** 64)[2 ** 64])
