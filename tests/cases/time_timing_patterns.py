import time


def timed(fn):

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            print(f"{fn.__name__} took {'<1s' if elapsed < 1 else 'long'}")
    return wrapper

@timed
def work(n):
    return sum(range(n))

print(work(1000))

class Timer:
    def __enter__(self):
        self.t0 = time.monotonic()
        return self
    def __exit__(self, *exc):
        self.elapsed = time.monotonic() - self.t0
        return False

with Timer() as t:
    time.sleep(0.001)
print(t.elapsed >= 0, isinstance(t.elapsed, float))

retries = []
for attempt in range(3):
    retries.append(attempt)
    time.sleep(0)
print(retries)
deadline = time.monotonic() + 5
n = 0
while time.monotonic() < deadline and n < 5:
    n += 1
print(n)
stamp = int(time.time())
print(type(stamp).__name__, stamp > 1_700_000_000, len(str(stamp)))
ms = int(time.time() * 1000)
print(ms > 1_700_000_000_000, time.time_ns() // 1_000_000 >= ms - 1000)
