# list.sort: the exact sequence of __lt__ calls (logged) and the result for sizes 0..10
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


for n in range(11):
    for trial in range(3):
        data = [rnd(6 if trial == 1 else 1000) for _ in range(n)]
        lst = items(data)
        LOG.clear()
        lst.sort()
        print(n, trial, data, "->", order(lst))
        print("  ", len(LOG), " ".join(LOG))
