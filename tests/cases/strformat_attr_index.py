# str.format field names: attributes, [index] with digits as ints, other keys as strings
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class P:
    x = 5
    items = [10, 20, 30]
    def __getitem__(self, k): return ('item', k)
p = P()
show("'{0.x}'.format(p)", lambda: '{0.x}'.format(p))
show("'{0.items[2]}'.format(p)", lambda: '{0.items[2]}'.format(p))
show("'{0[k]}'.format(p)", lambda: '{0[k]}'.format(p))
show("'{0[3]}'.format(p)", lambda: '{0[3]}'.format(p))
show("'{0[-1]}'.format(p)", lambda: '{0[-1]}'.format(p))
show("'{0[ ]}'.format(p)", lambda: '{0[ ]}'.format(p))
show("'{0[1][0]}'.format(['ab', 'cd'])", lambda: '{0[1][0]}'.format(['ab', 'cd']))
show("'{0[a][b]}'.format({'a': {'b': 2}})", lambda: '{0[a][b]}'.format({'a': {'b': 2}}))
show("'{0[0]}'.format({'0': 'str key'})", lambda: '{0[0]}'.format({'0': 'str key'}))
show("'{0[0]}'.format({0: 'int key'})", lambda: '{0[0]}'.format({0: 'int key'}))
show("'{0[-1]}'.format([1, 2])", lambda: '{0[-1]}'.format([1, 2]))
show("'{0[-1]}'.format({'-1': 'neg'})", lambda: '{0[-1]}'.format({'-1': 'neg'}))
show("'{0[10]}'.format('abc')", lambda: '{0[10]}'.format('abc'))
show("'{0[x]}'.format('abc')", lambda: '{0[x]}'.format('abc'))
show("'{0[2]}'.format((1,))", lambda: '{0[2]}'.format((1,)))
show("'{0[a]}'.format([1])", lambda: '{0[a]}'.format([1]))
show("'{0[0]}'.format(5)", lambda: '{0[0]}'.format(5))
show("'{0.nope}'.format(5)", lambda: '{0.nope}'.format(5))
show("'{0.real.imag}'.format(5)", lambda: '{0.real.imag}'.format(5))
show("'{0.__class__.__name__}'.format(1.5)", lambda: '{0.__class__.__name__}'.format(1.5))
show("'{.real}'.format(4)", lambda: '{.real}'.format(4))
show("'{[0]}'.format([4])", lambda: '{[0]}'.format([4]))
show("'{}{[0]}'.format(1, [2])", lambda: '{}{[0]}'.format(1, [2]))
show("'{a.b}'.format(a=1)", lambda: '{a.b}'.format(a=1))
show("'{a[0]}'.format(a=[])", lambda: '{a[0]}'.format(a=[]))
show("'{x[1]}'.format(x='xyz')", lambda: '{x[1]}'.format(x='xyz'))
show("'{0[0]}'.format([[1]])", lambda: '{0[0]}'.format([[1]]))
show("'{0.x!r:>5}'.format(p)", lambda: '{0.x!r:>5}'.format(p))
