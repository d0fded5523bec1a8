# Local time: CPython follows the machine's zone (UTC on the reference machine); montybox the
# host's offset (the CLI gives none: UTC).
import time

lt = time.localtime(1700000000)
print(lt, lt.tm_zone, lt.tm_gmtoff, lt.tm_isdst)
print(time.localtime(0), time.localtime(-1.5), time.localtime(1e10).tm_year)
print(time.localtime().tm_year >= 2024, time.localtime(None).tm_isdst in (0, 1), time.mktime(lt))
print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z", lt), time.asctime(lt), time.ctime(1700000000))
now = time.localtime()
print(len(time.strftime("%H:%M", now)), 1 <= now.tm_mon <= 12, 0 <= now.tm_wday <= 6)
for bad in ["x", float("nan"), 1e20]:
    try:
        time.localtime(bad)
    except Exception as e:
        print(type(e).__name__, e)
