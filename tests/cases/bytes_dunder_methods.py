# bytes/bytearray: special methods called directly
b = b"abc"
ba = bytearray(b"xyz")
print(b.__len__(), b.__getitem__(1), b.__getitem__(slice(1, None)), b.__contains__(98), b.__contains__(b"bc"))
print(b.__add__(b"d"), b.__add__(bytearray(b"e")), b.__mul__(2), b.__rmul__(3), b.__bytes__())
print(ba.__len__(), ba.__getitem__(-1), ba.__iadd__(b"!"), ba, ba.__imul__(2), ba)
ba.__setitem__(0, 65)
ba.__delitem__(slice(1, 3))
print(ba, hasattr(ba, "__bytes__"), hasattr(b, "append"), hasattr(b, "__setitem__"))
for f in [lambda: b.__add__("d"), lambda: b.__getitem__(), lambda: ba.__iadd__(5), lambda: b.__mul__("x")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class B:
    def __bytes__(self):
        return b"from dunder"
print(bytes(B()))
