import time
from datetime import datetime, date, timezone

st = time.gmtime(1700000000)
dt = datetime(*st[:6])
print(dt, datetime(*st[:6], tzinfo=timezone.utc).timestamp(), date(*st[:3]))
print(time.gmtime(datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc).timestamp()))
print(datetime.fromtimestamp(time.mktime((2024, 5, 6, 7, 8, 9, 0, 0, 0)), timezone.utc))
tt = datetime(2024, 5, 6, 7, 8, 9).timetuple()
print(time.strftime("%Y-%m-%d %H:%M:%S", tt), time.asctime(tt), datetime(2024, 5, 6, 7, 8, 9).ctime() == time.asctime(tt))
parsed = time.strptime("2024-05-06 07:08:09", "%Y-%m-%d %H:%M:%S")
print(datetime(*parsed[:6]), datetime(*parsed[:6]).timetuple() == parsed, parsed.tm_wday == date(2024, 5, 6).weekday())
print([time.gmtime(d * 86400).tm_wday == datetime.fromtimestamp(d * 86400, timezone.utc).weekday() for d in range(0, 20000, 3333)])
print(date.fromtimestamp(0).toordinal() - date(1, 1, 1).toordinal(), int(datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp()))
