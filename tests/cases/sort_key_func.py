# sort with key=: keys computed once each, in list order, before any comparison; logged key comparisons; tuple keys
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


CALLS = []


def logged_key(x):
    CALLS.append(x.i)
    return Item(x.v // 2, x.i)


for n in [0, 1, 2, 5, 10, 33, 100, 257]:
    data = [rnd(20) for _ in range(n)]
    lst = items(data)
    LOG.clear()
    CALLS.clear()
    lst.sort(key=logged_key)
    print(n, "calls", CALLS == list(range(n)), len(LOG), digest(LOG), order_digest(lst))
    if n <= 10:
        print("  ", " ".join(LOG), order(lst))

# The list looks empty to the key function while sorting.
seen = []
lst = [3, 1, 2]
lst.sort(key=lambda x: (seen.append(len(lst)), -x)[1])
print(lst, seen)

# A key that raises leaves the list unchanged, even with reverse=True.
lst = [5, 3, 9, 1]


def bad_key(x):
    if x == 9:
        raise KeyError(x)
    return x


for rev in (False, True):
    try:
        lst.sort(key=bad_key, reverse=rev)
    except KeyError as e:
        print("KeyError", e, lst)

# Tuple keys: items compared with == first, then < on the first difference.
class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        LOG.append("%s==%s" % (self.name, other.name))
        return self.name == other.name

    def __lt__(self, other):
        LOG.append("%s<%s" % (self.name, other.name))
        return self.name < other.name

    __hash__ = None


words = ["pear", "fig", "apple", "kiwi", "fig", "date", "plum", "apple", "lime", "kiwi"]
LOG.clear()
res = sorted(range(len(words)), key=lambda i: (Tag(words[i][0]), len(words[i]), Tag(words[i])))
print(res)
print(len(LOG), " ".join(LOG))
LOG.clear()
res = sorted(range(len(words)), key=lambda i: (len(words[i]), Tag(words[i])))
print(res)
print(len(LOG), " ".join(LOG))
print(sorted(["bb", "a", "ccc", "dd", "e"], key=len), sorted([(2, "b"), (1, "z"), (2, "a"), (1,)]))
print(sorted([3, 1, 2], key=lambda x: -x), sorted("Hello World", key=str.lower))
print(sorted([[2, 1], [1, 2], [1], []], key=sum))
for bad in [lambda: sorted([1, 2], key=1), lambda: sorted([1, "x"], key=lambda v: v), lambda: [0, 1].sort(key=lambda: 0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
