from datetime import datetime, timedelta, timezone, tzinfo, time

class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return f"Fixed({self.name})"

class Toy(tzinfo):
    """UTC-5, with one hour of daylight saving in July."""
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is not None and dt.replace(tzinfo=None).month == 7:
            return timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"
    def __repr__(self):
        return "Toy()"

est, cet, toy = Fixed(-5, "EST"), Fixed(1, "CET"), Toy()
a = datetime(2024, 1, 1, 12, tzinfo=est)
print(repr(a), a, a.utcoffset(), a.tzname(), a.dst(), a.isoformat())
print(a.astimezone(cet), a.astimezone(timezone.utc), repr(datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(est)))
print(a == datetime(2024, 1, 1, 18, tzinfo=cet), a < datetime(2024, 1, 1, 18, 0, 1, tzinfo=cet), a - datetime(2024, 1, 1, 12, tzinfo=cet))
print(hash(a) == hash(datetime(2024, 1, 1, 18, tzinfo=cet)), a.timestamp(), a.utctimetuple().tm_hour, a.timetuple().tm_isdst)
print(a.strftime("%H:%M %z %Z"), time(9, tzinfo=est).isoformat(), time(9, tzinfo=est).utcoffset(), time(9, tzinfo=est).tzname())
summer = datetime(2024, 7, 1, 12, tzinfo=timezone.utc).astimezone(toy)
winter = datetime(2024, 1, 1, 12, tzinfo=timezone.utc).astimezone(toy)
print(repr(summer), summer.tzname(), summer.utcoffset(), summer.dst(), summer.timetuple().tm_isdst)
print(repr(winter), winter.tzname(), winter.utcoffset(), winter.dst(), winter.timetuple().tm_isdst)
print(summer.strftime("%H:%M %Z %z"), repr(toy.fromutc(datetime(2024, 7, 1, 12, tzinfo=toy))))

class Bare(tzinfo):
    pass

class OnlyOffset(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

class NoneTZ(tzinfo):
    def utcoffset(self, dt): return None
    def dst(self, dt): return None
    def tzname(self, dt): return None

class BadOffset(tzinfo):
    def utcoffset(self, dt): return 5

class HugeOffset(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=25)

class BadName(tzinfo):
    def utcoffset(self, dt): return timedelta(0)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 42

class Boom(tzinfo):
    def utcoffset(self, dt): raise RuntimeError("boom")

n = datetime(2024, 1, 1, tzinfo=NoneTZ())
print(n.isoformat(), n.utcoffset(), n.tzname(), n.dst(), n == datetime(2024, 1, 1), n.strftime("[%z][%Z]"), n.timetuple().tm_isdst)
print(OnlyOffset().utcoffset(None), datetime(2024, 1, 1, tzinfo=OnlyOffset()).astimezone(timezone.utc))
tests = [
    lambda: tzinfo().utcoffset(None), lambda: tzinfo().dst(None), lambda: tzinfo().tzname(None),
    lambda: tzinfo().fromutc(datetime(2024, 1, 1)), lambda: tzinfo().fromutc(1),
    lambda: datetime(2024, 1, 1, tzinfo=Bare()).utcoffset(), lambda: datetime(2024, 1, 1, tzinfo=Bare()).isoformat(),
    lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(OnlyOffset()),
    lambda: datetime(2024, 1, 1, tzinfo=BadOffset()).utcoffset(), lambda: datetime(2024, 1, 1, tzinfo=HugeOffset()).isoformat(),
    lambda: datetime(2024, 1, 1, tzinfo=BadName()).tzname(), lambda: datetime(2024, 1, 1, tzinfo=BadName()).strftime("%Z"),
    lambda: datetime(2024, 1, 1, tzinfo=Boom()).isoformat(), lambda: datetime(2024, 1, 1, tzinfo=Boom()) == datetime(2024, 1, 1, tzinfo=est),
    lambda: n < datetime(2024, 1, 2), lambda: n.timestamp(), lambda: n - datetime(2024, 1, 1, tzinfo=est),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
