# str indexing and slicing with steps (positive, negative), out-of-range bounds, unicode, errors
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "0123456789"
u = "héllo→wörld😀!"
for sl in [(None, None, 2), (None, None, -1), (None, None, -3), (1, 8, 3), (8, 1, -2), (-3, None, None), (None, -3, None),
           (100, None, None), (-100, 3, None), (5, 2, None), (2, 100, 4), (-1, -11, -1), (-1, -12, -4), (3, 3, 1)]:
    sli = slice(*sl)
    print(sl, repr(s[sli]), repr(u[sli]))
print(u[0], u[1], u[-1], u[-2], u[5], len(u), u[::-1], u[1::3])
print(s[True], s[-True], "abc"[False:])
class I:
    def __index__(self):
        return 2
print(s[I()], s[I():], s[:I()], s[::I()])
show(lambda: s[10])
show(lambda: s[-11])
show(lambda: s["1"])
show(lambda: s[1.0])
show(lambda: s[::0])
show(lambda: s[None])
show(lambda: s[2**70])
show(lambda: s[1:2.5])
show(lambda: ""[0])
print(s[2**70:], s[-2**70:2], s[::2**70], s[::-2**70])
