import operator as op

l = [1]
r = op.iadd(l, [2, 3])
print(r, l, r is l)
t = (1,)
r = op.iadd(t, (2,))
print(r, t, r is t)
s = {1}
op.ior(s, {2})
op.iand(s, {2, 3})
print(s)
print(op.isub(10, 3), op.imul(2, 5), op.itruediv(9, 2), op.ifloordiv(9, 2), op.imod(9, 2), op.ipow(3, 3))
print(op.ilshift(1, 3), op.irshift(16, 2), op.ixor(6, 3), op.iand(6, 3), op.ior(6, 3))
d = {'a': 1}
op.ior(d, {'b': 2})
print(d)
print(op.iconcat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2, 3)))
class Acc:
    def __init__(self): self.total = 0
    def __iadd__(self, v):
        self.total += v
        return self
a = Acc()
op.iadd(a, 5)
print(op.iadd(a, 6).total)
for f, args in [(op.concat, (1, 2)), (op.iconcat, (1, [2])), (op.concat, ([1], (2,)))]:
    try:
        print(f(*args))
    except TypeError as e:
        print('TypeError', e)
