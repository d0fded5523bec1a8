from datetime import datetime, date, timezone, timedelta, tzinfo
import time

tt = datetime(2024, 3, 5, 14, 7, 9, 12345).timetuple()
print(tt)
print(tt.tm_year, tt.tm_mon, tt.tm_mday, tt.tm_hour, tt.tm_min, tt.tm_sec, tt.tm_wday, tt.tm_yday, tt.tm_isdst)
print(tt.tm_zone, tt.tm_gmtoff, tt[0], tt[-1], tt[:3], len(tt), list(tt), type(tt).__name__, isinstance(tt, tuple))
print(date(2024, 12, 31).timetuple())
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timetuple())
print(datetime(2024, 1, 1, 2, tzinfo=timezone(timedelta(hours=5))).utctimetuple())
print(datetime(2024, 1, 1, 2).utctimetuple())

class Summer(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=2)
    def dst(self, dt): return timedelta(hours=1)

class Winter(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1)
    def dst(self, dt): return timedelta(0)

print(datetime(2024, 7, 1, tzinfo=Summer()).timetuple().tm_isdst, datetime(2024, 1, 1, tzinfo=Winter()).timetuple().tm_isdst)
print(datetime(2024, 7, 1, 1, tzinfo=Summer()).utctimetuple())
print(time.strftime("%Y-%m-%d %H:%M:%S", datetime(2024, 5, 6, 7, 8, 9).timetuple()))
print(time.asctime(date(2024, 5, 6).timetuple()), tt == tuple(tt), tuple(tt)[6])
print([d.timetuple().tm_yday for d in (date(2023, 12, 31), date(2024, 3, 1), date(2023, 3, 1))])
try:
    datetime.min.replace(tzinfo=timezone(timedelta(hours=1))).utctimetuple()
except OverflowError as e:
    print("OverflowError", e)
