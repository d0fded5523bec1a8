# bytearray: mutator argument errors and the values they accept
ba = bytearray(b"abc")
class Idx:
    def __index__(self):
        return 100
for f in [lambda: ba.append(Idx()), lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.append(2**70), lambda: ba.append("a"),
          lambda: ba.append(b"a"), lambda: ba.append(), lambda: ba.extend(5), lambda: ba.extend("xy"), lambda: ba.extend([1, 300]),
          lambda: ba.extend(range(65, 68)), lambda: ba.insert(1), lambda: ba.insert(-100, 48), lambda: ba.insert(100, 57),
          lambda: ba.pop(100), lambda: ba.pop("0"), lambda: ba.remove(Idx()), lambda: ba.remove(1), lambda: ba.remove(b"a"),
          lambda: ba.clear(1), lambda: ba.copy(), lambda: ba.reverse(), lambda: bytearray.append(b"x", 1)]:
    try:
        r = f()
        print(r, ba)
    except Exception as e:
        print(type(e).__name__, e)
