# sort: a comparison that raises after N calls propagates, and the list keeps CPython's partial order
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


class Boom(Exception):
    pass


LIMIT = [0]


class Fragile(Item):
    def __lt__(self, other):
        if len(LOG) == LIMIT[0]:
            raise Boom("after %d comparisons" % len(LOG))
        return Item.__lt__(self, other)


for n in [2, 5, 10, 33, 65, 100, 257, 1000]:
    data = [rnd(100) for _ in range(n)]
    for limit in [0, 1, 3, 40, 200, 700, 3000]:
        for rev in (False, True):
            lst = [Fragile(v, i) for i, v in enumerate(data)]
            LOG.clear()
            LIMIT[0] = limit
            try:
                lst.sort(reverse=rev)
                print(n, limit, rev, "done", len(LOG), order_digest(lst))
            except Boom as e:
                print(n, limit, rev, "Boom:", e, order_digest(lst), sorted(order(lst)) == list(range(n)))
                if n <= 10:
                    print("  ", order(lst))

# With a key, the values follow their keys' partial order.
data = [rnd(100) for _ in range(40)]
keys_made = []


def key(v):
    k = Fragile(v, len(keys_made))
    keys_made.append(k)
    return k


vals = ["v%d" % i for i in range(40)]
lst = list(vals)
LOG.clear()
LIMIT[0] = 57
try:
    lst.sort(key=lambda s: key(data[int(s[1:])]))
except Boom as e:
    print("Boom:", e, lst)

# Uncaught: the traceback goes through __lt__.
LOG.clear()
LIMIT[0] = 3
[Fragile(v, i) for i, v in enumerate([5, 4, 3, 2, 1, 0])].sort()
