# list.sort: ascending/descending runs, reversal of strictly descending runs, galloping merges
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


def runs(n, up, maxlen):
    out = []
    while len(out) < n:
        k = rnd(maxlen) + 1
        base = rnd(1000)
        if up is None:
            asc = rnd(2) == 0
        else:
            asc = up
        out.extend(base + j if asc else base - j for j in range(k))
    return out[:n]


shapes = {
    "ascending": lambda n: list(range(n)),
    "descending": lambda n: list(range(n, 0, -1)),
    "desc_with_ties": lambda n: [(n - j) // 3 for j in range(n)],
    "asc_runs": lambda n: runs(n, True, 40),
    "desc_runs": lambda n: runs(n, False, 40),
    "mixed_runs": lambda n: runs(n, None, 70),
    "organ_pipe": lambda n: [min(j, n - j) for j in range(n)],
    "sawtooth": lambda n: [j % 17 for j in range(n)],
    "two_sorted_halves": lambda n: list(range(0, n, 2)) + list(range(1, n, 2)),
    "sorted_plus_tail": lambda n: list(range(n - 10)) + [rnd(n) for _ in range(min(n, 10))],
    "swapped_pairs": lambda n: [j ^ 1 for j in range(n)],
    "block_interleave": lambda n: [(j % 50) * 1000 + j // 50 for j in range(n)],
}
for name, make in shapes.items():
    for n in [10, 33, 64, 65, 100, 257, 600]:
        data = make(n)
        lst = items(data)
        LOG.clear()
        lst.sort()
        print(name, n, len(LOG), digest(LOG), order_digest(lst))
        if n <= 33:
            print("  ", " ".join(LOG))
