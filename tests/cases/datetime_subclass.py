from datetime import date, datetime, timedelta, time, timezone, tzinfo

class MyDate(date):
    def describe(self):
        return f"{self:%A}, day {self.day}"

class Stamp(datetime):
    def __str__(self):
        return "Stamp<" + self.isoformat() + ">"

class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600

class Clock(time):
    pass

d = MyDate(2024, 1, 5)
print(repr(d), d, d.describe(), isinstance(d, date), type(d).__name__)
print(repr(d + timedelta(days=3)), type(d - timedelta(1)).__name__, repr(d - date(2024, 1, 1)))
print(repr(MyDate.today().__class__), repr(MyDate.fromordinal(738900)), repr(MyDate.fromisoformat("2024-02-03")))
print(repr(MyDate.fromisocalendar(2024, 1, 1)), repr(d.replace(day=9)), d == date(2024, 1, 5), hash(d) == hash(date(2024, 1, 5)))
s = Stamp(2024, 1, 5, 10, 30)
print(repr(s), str(s), s, type(s + timedelta(hours=1)).__name__, repr(s + timedelta(hours=20)))
print(repr(Stamp.fromisoformat("2024-01-05T10:00")), repr(Stamp.strptime("2024", "%Y")), type(Stamp.now()).__name__)
print(repr(Stamp.combine(date(2024, 1, 1), time(5))), repr(Stamp.fromtimestamp(0, timezone.utc)), type(Stamp.utcnow()).__name__)
print(repr(s.replace(minute=0)), repr(s.astimezone(timezone.utc).replace(tzinfo=None) == s), type(s.date()).__name__)
print(repr(s - datetime(2024, 1, 1)), type(s - datetime(2024, 1, 1)).__name__, s > datetime(2024, 1, 1))
sp = Span(hours=36)
print(repr(sp), sp, sp.hours(), type(sp + sp).__name__, type(sp * 2).__name__, type(-sp).__name__, sp == timedelta(days=1.5))
c = Clock(7, 30)
print(repr(c), c, repr(c.replace(hour=8)), type(c.replace(hour=8)).__name__, c < time(8))

class Point(date):
    def __new__(cls, y, m, d, label="?"):
        self = super().__new__(cls, y, m, d)
        self.label = label
        return self

p = Point(2024, 5, 6, "launch")
print(repr(p), p.label, p.year, p.isoformat())

class UTCPlus(tzinfo):
    def __init__(self, h):
        self.h = h
    def utcoffset(self, dt):
        return timedelta(hours=self.h)
    def tzname(self, dt):
        return f"UTC+{self.h}"
    def dst(self, dt):
        return timedelta(0)

x = datetime(2024, 1, 1, 12, tzinfo=UTCPlus(3))
print(x.tzname(), x.isoformat(), x.astimezone(UTCPlus(5)).isoformat(), isinstance(UTCPlus(1), tzinfo))
