import operator as op

print(op.pow(2, 100), op.pow(-2, 3), op.pow(2.0, 3), op.pow(0, 0), op.mod(7.5, 2), op.mod(-1, 5))
print(op.floordiv(-1, 2), op.truediv(-1, 2), op.lshift(1, 70), op.rshift(-8, 1), op.xor(True, True), op.and_(True, 3))
print(op.neg(True), op.pos(True), op.invert(True), op.abs(-0.0), op.neg(0.0), op.mul('ab', 0), op.mul(3, [1]))
for f, args in [(op.pow, (0, -1)), (op.lshift, (1, -1)), (op.mod, (1.0, 0)), (op.pow, ('a', 2)), (op.xor, (1.5, 1))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(op.index(-5), op.index(10**20) == 10**20)
print(op.truth(float('nan')), op.eq(float('nan'), float('nan')), op.is_(op, op))
