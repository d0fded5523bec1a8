# class: __call__ makes instances callable; __bool__ and __len__ decide truthiness
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return x + self.n * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), list(map(add5, [1, 2])))
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Truthy:
    pass
print(bool(Empty()), bool(Falsy()), bool(Truthy()), "yes" if Empty() else "no", not Falsy())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    Truthy()()
except TypeError as e:
    print("TypeError:", e)
