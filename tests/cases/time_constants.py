import time

print(time.timezone, time.altzone, time.daylight, time.tzname, type(time.tzname).__name__)
print(sorted(n for n in ["time", "sleep", "gmtime", "localtime", "mktime", "strftime", "strptime", "asctime", "ctime",
                         "monotonic", "perf_counter", "process_time", "time_ns", "struct_time", "timezone"] if hasattr(time, n)))
print(callable(time.time), callable(time.sleep), time.struct_time, time.gmtime.__name__)
from time import time as now, sleep, perf_counter
print(type(now()).__name__, sleep(0), perf_counter() >= 0)
for name in ["clock", "foo", "datetime"]:
    try:
        getattr(time, name)
    except AttributeError as e:
        print("AttributeError", e)
