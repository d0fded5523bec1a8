import time

for secs in [0, 1, 59, 86399, 86400, 951782400, 1700000000, 2 ** 31, -1, -86400, -86401, 1e11, -1e11, 1.5, 1.9999,
             -0.5, -1.5, True, 253402300799, 253402300800, -62135596800, -62135596801]:
    print(repr(secs), time.gmtime(secs))
print(time.gmtime(1700000000).tm_zone, time.gmtime(1700000000).tm_gmtoff, time.gmtime(None).tm_year > 2000)
print([time.gmtime(86400 * i).tm_wday for i in range(7)])
print([time.gmtime(86400 * 365 * i).tm_yday for i in range(4)])
for bad in ["0", [0], float("nan"), float("inf"), 1e20, 2 ** 70, -2 ** 70]:
    try:
        print(time.gmtime(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.gmtime(1, 2)
except TypeError as e:
    print("TypeError", e)
