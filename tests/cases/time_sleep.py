import time

print(time.sleep(0), time.sleep(0.001), time.sleep(True), time.sleep(-0.0), time.sleep(False))
t0 = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - t0 >= 0)
for bad in [-1, -0.5, "1", None, float("nan"), [1], 2 ** 70, 1e300, float("inf"), 10 ** 10]:
    try:
        time.sleep(bad)
        print("slept", bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(secs=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
time.sleep(-2)
