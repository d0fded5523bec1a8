# Naive local times: CPython uses the machine's zone (the reference machine runs in UTC);
# montybox uses the host's UTC offset (the CLI gives none, so UTC).
from datetime import datetime, date, timezone
import time

print(repr(datetime.fromtimestamp(0)), repr(datetime.fromtimestamp(1700000000.25)), repr(date.fromtimestamp(1700000000)))
print(datetime(2024, 1, 1).timestamp(), datetime(2024, 1, 1, 0, 0, 0, 250000).timestamp(), datetime(1960, 6, 1).timestamp())
print(repr(datetime(2024, 1, 1, 12).astimezone()), repr(datetime(2024, 1, 1, 12).astimezone(timezone.utc)))
print(datetime(2024, 1, 1, 12).astimezone().tzname(), datetime(2024, 1, 1).strftime("%s"))
print(time.localtime(1700000000), time.localtime(1700000000).tm_zone, time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.ctime(1700000000), time.timezone, time.altzone, time.daylight, time.tzname)
