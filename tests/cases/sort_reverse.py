# sort(reverse=True): reverse, stable sort, reverse again (logged comparisons, stability, errors)
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


for n in [0, 1, 2, 3, 8, 32, 33, 65, 100, 257]:
    data = [rnd(5) for _ in range(n)]
    lst = items(data)
    LOG.clear()
    lst.sort(reverse=True)
    stable = all(lst[k].i < lst[k + 1].i for k in range(n - 1) if lst[k].v == lst[k + 1].v)
    print(n, len(LOG), digest(LOG), stable, order_digest(lst))
    if n <= 8:
        print("  ", " ".join(LOG), order(lst))

pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e"), (1, "f")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: p[0], reverse=False))
lst = list(pairs)
lst.sort(key=lambda p: p[0], reverse=1)
print(lst)
print(sorted([3, 1, 2], reverse=True), sorted("banana", reverse=True), sorted([0.5, -1, 2], reverse=True))
for r in [0, 5, True, False]:
    print(r, sorted([2, 3, 1], reverse=r))
for r in ["yes", None, 1.0, [1]]:
    for f in (lambda: sorted([2, 1], reverse=r), lambda: [2, 1].sort(reverse=r)):
        try:
            f()
        except TypeError as e:
            print("TypeError:", e)
for f in (lambda: sorted([1], cmp=None), lambda: [1].sort(cmp=None), lambda: [1].sort(1), lambda: sorted([1], None)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
