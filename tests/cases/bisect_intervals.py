import bisect

class Calendar:
    def __init__(self):
        self.starts = []
        self.ends = []
    def book(self, start, end):
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return False
        if i < len(self.starts) and self.starts[i] < end:
            return False
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True

cal = Calendar()
print([cal.book(s, e) for s, e in [(10, 20), (15, 25), (20, 30), (5, 10), (0, 6), (30, 31)]])
print(cal.starts, cal.ends)
timeline = [(1, 'a'), (4, 'b'), (9, 'c')]
keys = [t for t, _ in timeline]
for t in [0, 1, 5, 9, 12]:
    i = bisect.bisect_right(keys, t)
    print(t, timeline[i - 1][1] if i else None)
