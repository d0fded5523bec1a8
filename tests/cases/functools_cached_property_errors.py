from functools import cached_property

class A:
    @cached_property
    def val(self):
        print('computing')
        return 42

a = A()
print(a.val, a.val)
print(A.val.attrname, A.val.func.__name__)
cp = cached_property(lambda self: 1)
class B:
    x = cp
try:
    class C:
        y = cp
except RuntimeError as e:
    print('RuntimeError', e)
    print(type(e.__cause__).__name__, e.__cause__)
class D:
    @cached_property
    def broken(self):
        raise KeyError('inner')
try:
    D().broken
except KeyError as e:
    print('KeyError', e)
class E:
    def __init__(self):
        self.n = 0
    @cached_property
    def counter(self):
        self.n += 1
        return self.n
e = E()
print(e.counter, e.counter, vars(e))
e.__dict__.pop('counter')
print(e.counter)
