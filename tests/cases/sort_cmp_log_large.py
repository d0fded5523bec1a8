# list.sort: __lt__ counts and sequence digests for larger random lists (100, 257, 1000, 2500)
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


for n in [100, 127, 128, 129, 257, 1000]:
    for spread in [10 ** 9, 3]:
        data = [rnd(spread) for _ in range(n)]
        lst = items(data)
        LOG.clear()
        lst.sort()
        ok = all(not (lst[k + 1].v < lst[k].v) for k in range(n - 1)) if n else True
        stable = all(lst[k].i < lst[k + 1].i for k in range(n - 1) if lst[k].v == lst[k + 1].v)
        print(n, spread, len(LOG), digest(LOG), order_digest(lst), ok, stable)
        print("  first:", " ".join(LOG[:30]))
        print("  last:", " ".join(LOG[-30:]))
