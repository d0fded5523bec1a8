import operator as op

print(op.add(1, 2), op.sub(5, 7), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-3), op.abs(-2.5), op.invert(5), op.inv(0), op.lshift(1, 4), op.rshift(256, 3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_({1, 2}, {2, 3}), op.or_({'a': 1}, {'b': 2}))
print(op.add('ab', 'cd'), op.mul([0], 3), op.add((1,), (2,)), op.mod('%s-%s', ('a', 'b')))
print(op.truediv(1, 3), op.floordiv(-7.5, 2), op.pow(2, -1), op.pow(2, 0.5))
print(op.__add__(2, 3), op.__mul__ is op.mul, op.add.__name__)
def show(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
show(op.add, 1, 'a')
show(op.truediv, 1, 0)
show(op.floordiv, 1, 0)
show(op.mod, 1, 0)
show(op.neg, 'x')
show(op.invert, 1.5)
show(op.add, 1)
show(op.neg)
show(op.matmul, 1, 2)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __neg__(self): return V(-self.x)
    def __matmul__(self, o): return self.x * o.x
    def __repr__(self): return f'V({self.x})'
print(op.add(V(1), V(2)), op.neg(V(3)), op.matmul(V(2), V(5)))
