# list.sort: many equal keys (stability, galloping with ties, min_gallop adapting across merges)
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


cases = {
    "all_equal": lambda n: [7] * n,
    "two_values": lambda n: [rnd(2) for _ in range(n)],
    "three_values": lambda n: [rnd(3) for _ in range(n)],
    "blocks": lambda n: [j // 37 for j in range(n)][::-1],
    "equal_then_less": lambda n: [5] * (n // 2) + [1] * (n - n // 2),
    "few_distinct_runs": lambda n: sorted(rnd(4) for _ in range(n // 2)) + sorted(rnd(4) for _ in range(n - n // 2)),
    "zeros_ones_runs": lambda n: [0] * (n // 3) + [1] * (n // 3) + [0] * (n - 2 * (n // 3)),
}
for name, make in cases.items():
    for n in [0, 1, 2, 9, 32, 65, 100, 257, 1000]:
        data = make(n)
        lst = items(data)
        LOG.clear()
        lst.sort()
        stable = all(lst[k].i < lst[k + 1].i for k in range(n - 1) if lst[k].v == lst[k + 1].v)
        print(name, n, len(LOG), digest(LOG), order_digest(lst), stable)
        if n <= 9:
            print("  ", " ".join(LOG), order(lst))
