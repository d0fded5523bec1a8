import time

t = time.time()
print(type(t).__name__, t > 1.7e9, type(time.time_ns()).__name__, time.time_ns() > 1.7e18)
print(abs(time.time_ns() / 1e9 - time.time()) < 60)
a, b = time.monotonic(), time.monotonic()
print(type(a).__name__, a <= b, type(time.monotonic_ns()).__name__, time.monotonic_ns() <= time.monotonic_ns())
p1 = time.perf_counter()
total = sum(i * i for i in range(10000))
p2 = time.perf_counter()
elapsed = p2 - p1
print(total, elapsed >= 0, elapsed < 60, f"{0.0:.3f}", type(time.perf_counter_ns()).__name__)
print(type(time.process_time()).__name__, time.process_time() >= 0, time.process_time_ns() >= 0)
start = time.time()
deadline = start + 30
print(time.time() < deadline, round(time.time() - start) == 0)
for f in [time.time, time.time_ns, time.monotonic, time.monotonic_ns, time.perf_counter, time.perf_counter_ns,
          time.process_time, time.process_time_ns]:
    try:
        f(1)
    except TypeError as e:
        print("TypeError", e)
