# slice: repr, attributes, indices(), using slice objects for subscripting
s = slice(1, 10, 2)
print(s, slice(5), slice(None, None, -1), slice(None), repr(slice(1, None)), s.start, s.stop, s.step, slice(3).start)
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(7), slice(0, 10, -2).indices(6))
data = list(range(10))
print(data[s], data[slice(None, None, -3)], "abcdef"[slice(1, -1)], (0, 1, 2)[slice(2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::], sh[1:2, 3], sh[..., 1], sh[:, ::-1], sh["k"])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
