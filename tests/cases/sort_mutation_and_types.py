# sort: list modified during sort, NotImplemented from __lt__, comparisons between types
seed = 20240601


def rnd(m):
    # A tiny LCG, so the data is the same everywhere.
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % m


LOG = []


class Item:
    """Compares by .v and logs every `<` as 'i<j' (positions in the input)."""

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        LOG.append("%d<%d" % (self.i, other.i))
        return self.v < other.v

    def __repr__(self):
        return "%d:%d" % (self.v, self.i)


def items(values):
    return [Item(v, i) for i, v in enumerate(values)]


def digest(log):
    h = 0
    for s in log:
        for ch in s:
            h = (h * 131 + ord(ch)) % 1000000007
        h = (h * 131 + 32) % 1000000007
    return h


def order(lst):
    return [x.i for x in lst]


def order_digest(lst):
    h = 0
    for x in lst:
        h = (h * 31 + x.i + 1) % 1000000007
    return h


TARGET = []


class Mut(Item):
    def __init__(self, v, i, action):
        Item.__init__(self, v, i)
        self.action = action

    def __lt__(self, other):
        self.action(TARGET)
        return Item.__lt__(self, other)


def noop(lst):
    pass


actions = {
    "append": lambda lst: lst.append(1),
    "append_pop": lambda lst: (lst.append(1), lst.pop()),
    "clear": lambda lst: lst.clear(),
    "extend_empty": lambda lst: lst.extend([]),
    "look": lambda lst: LOG.append("len=%d" % len(lst)),
    "noop": noop,
}
for name, action in actions.items():
    TARGET = [Mut(v, i, action) for i, v in enumerate([3, 1, 2, 5, 4])]
    LOG.clear()
    try:
        TARGET.sort()
        print(name, "ok", order(TARGET), LOG[:6])
    except ValueError as e:
        print(name, "ValueError:", e, order(TARGET))

# Mutating from the key function is detected too.
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print("ValueError:", e, lst)
# A comparison error wins over the modification error.
def explode(lst):
    lst.append(0)
    raise RuntimeError("explode")


TARGET = [Mut(v, i, explode) for i, v in enumerate([2, 1])]
try:
    TARGET.sort()
except Exception as e:
    print(type(e).__name__, e, order(TARGET))


class NI:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        LOG.append("lt(%d,%d)" % (self.v, other.v))
        return NotImplemented

    def __gt__(self, other):
        LOG.append("gt(%d,%d)" % (self.v, other.v))
        return self.v > other.v

    def __repr__(self):
        return "NI(%d)" % self.v


class NI2(NI):
    pass


LOG.clear()
print(sorted([NI(2), NI(1), NI(3), NI(0)]), " ".join(LOG))
LOG.clear()
print(sorted([NI(2), NI2(1), NI(3), NI2(0)]), " ".join(LOG))
LOG.clear()
print(sorted([(NI(2), 0), (NI(1), 1), (NI(1), 0)]), " ".join(LOG))
for bad in [[1, "a"], ["a", 1], [2, None, 1], [(1, 2), (1, "a")], [[1], (1,)], [{1}, {2}, {1, 2}, {0}]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
print(sorted([2, True, 1, False, 0, 1.0, -0.0, 0.0]), sorted([10 ** 20, 5, -10 ** 30, 2.5, 10 ** 19]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]), sorted([nan, 2, 1, 0.5, 3]))
print(sorted(["b", "a", "B", "", "ab", "é", "z"]), sorted([b"b", b"a", b""]), sorted([(), (1,), (0, 5)]))
