from datetime import datetime, timedelta, timezone

utc = timezone.utc
tokyo = timezone(timedelta(hours=9), "JST")
ny = timezone(timedelta(hours=-5), "EST")
meeting = datetime(2024, 3, 15, 14, 30, tzinfo=utc)
for tz in (tokyo, ny, timezone(timedelta(hours=5, minutes=30)), utc):
    local = meeting.astimezone(tz)
    print(repr(local), local.strftime("%Y-%m-%d %H:%M %Z"), local == meeting, local.utcoffset())
print(meeting.astimezone(utc) is meeting, meeting.astimezone(tz=tokyo).astimezone(ny))
print(datetime(2024, 1, 1, 23, tzinfo=ny).astimezone(tokyo), datetime(2024, 12, 31, 20, tzinfo=ny).astimezone(utc))
naive = datetime(2024, 3, 15, 14, 30)
print(repr(naive.replace(tzinfo=utc)), repr(naive.replace(tzinfo=tokyo).astimezone(utc)))
print(repr(naive.astimezone(utc)), repr(naive.astimezone(tokyo)))
print(repr(datetime(2024, 1, 1, 12).astimezone()), repr(meeting.astimezone()), repr(datetime(2024, 1, 1, tzinfo=tokyo).astimezone()))
print(meeting.astimezone(tokyo).replace(tzinfo=None), meeting.astimezone(ny).tzinfo)
for bad in [lambda: meeting.astimezone(5), lambda: meeting.astimezone("UTC"), lambda: meeting.astimezone(utc, utc),
            lambda: meeting.astimezone(tzinfo=utc), lambda: datetime.min.replace(tzinfo=ny).astimezone(utc),
            lambda: datetime.max.replace(tzinfo=ny).astimezone(utc), lambda: datetime.min.replace(tzinfo=tokyo).astimezone(utc)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
