# range: constructor argument errors with big values, and an uncaught OverflowError from len()
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyInt(int):
    pass


B = 10 ** 20
show(lambda: range(0, B, 0))
show(lambda: range(B, 0, 0))
show(lambda: range(0, B, B - B))
show(lambda: range(1.0))
show(lambda: range(B, 2.0))
show(lambda: range(0, B, 1.5))
show(lambda: range("10"))
show(lambda: range(None, B))
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(1, stop=B))
show(lambda: range(Idx(B)))
show(lambda: range(Idx(3), Idx(B), Idx(B)))
show(lambda: range(Idx("x")))
show(lambda: range(Idx(1.5)))
show(lambda: range(MyInt(B), MyInt(B + 2)))
show(lambda: range(True, B, True))
show(lambda: range(-B, B, -1))
show(lambda: len(range(-B, B, -1)))
show(lambda: range(B).index(B, 0))
show(lambda: range(B).start.bit_length())
show(lambda: range(2 ** 64)[2 ** 63:][0])
print(len(range(2 ** 63 - 1)))
print(len(range(2 ** 64)))
