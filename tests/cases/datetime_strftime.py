from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2024, 3, 5, 14, 7, 9, 12345)
for fmt in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S.%f", "%d/%m/%y %I:%M %p", "%a %A %b %B %h",
            "%j %U %W %V %G %g %u %w", "%c", "%x", "%X", "%D %F %T %R %r", "%e|%k|%l|%C|%n|%t|%%",
            "%-d/%-m/%Y %-H:%M", "%_d|%_m|%0e|%5Y|%^a|%^B|%#b|%10A|%-10A|%03d", "%s", "%P", "%Ey %Od %EY",
            "%Q %q %i %+ %E %O", "%", "100%", "%%Y", "%z|%Z|%:z", "", "plain text", "\u00e9%Y\u20ac"]:
    print(repr(fmt), "->", repr(dt.strftime(fmt)))
aware = dt.replace(tzinfo=timezone(timedelta(hours=-5), "EST"))
print(aware.strftime("%Y-%m-%d %H:%M:%S %z %Z"), aware.strftime("%z%z|%Z%Z"))
print(dt.replace(tzinfo=timezone.utc).strftime("%z %Z"), dt.replace(tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=7, microseconds=8))).strftime("%z %Z"))
print(dt.replace(tzinfo=timezone(timedelta(0), "a%Yb")).strftime("[%Z]"))
d = date(2024, 3, 5)
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %z|%Z| %a %j"), d.strftime("%A, %B %d, %Y"))
t = time(13, 5, 9, 7)
print(t.strftime("%H:%M:%S.%f %I%p %Y-%m-%d %a %j"), time(0, 5).strftime("%I:%M %p"), time(12).strftime("%I %p"))
print(time(1, tzinfo=timezone(timedelta(hours=3))).strftime("%H %z %Z"))
for y in [1, 5, 50, 999, 1000, 2024, 9999]:
    print(y, date(y, 1, 1).strftime("%Y|%y|%C|%G|%g|%F|%4Y|%c"))
for m in range(1, 13):
    print(date(2024, m, 1).strftime("%b %B %a %A %U %W %V"), end=" / ")
print()
print(format(dt, "%Y"), format(dt, ""), format(d), f"{dt:%H:%M}", f"{d:%d.%m.%Y}", f"{t:%H-%M}", "{:%B}".format(d))
print(f"{dt!s:>30}|", f"{d!r}", "%s and %r" % (d, t), "{0} {0!r}".format(time(1, 2)))
for bad in [lambda: dt.strftime(5), lambda: dt.strftime(), lambda: dt.strftime("%Y", 1), lambda: d.strftime(fmt="%Y"),
            lambda: format(dt, 5), lambda: dt.__format__(), lambda: dt.__format__(1), lambda: f"{timedelta(1):>10}"]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(f"{timedelta(1)}", format(timedelta(hours=2), ""))
