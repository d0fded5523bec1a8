from datetime import datetime, date, time

for cls, s in [(date, "2024/01/01"), (date, "2024-1-2"), (date, "2024-01-02T00:00"), (date, ""), (date, "2024-01-32"),
               (date, "2024-13-01"), (date, "2023-02-29"), (date, "0000-01-01"), (date, "2024-W54"), (date, "2024-W01-8"),
               (date, " 2024-01-02"), (date, "2024-01-02 "), (date, "２０２４-01-02"),
               (datetime, "2024/01/01"), (datetime, "2024-01-02T"), (datetime, "2024-01-02T25:00"), (datetime, "2024-01-02T24:00"),
               (datetime, "2024-01-02T10:60"), (datetime, "2024-01-02T10:00:61"), (datetime, "2024-01-02T3:04"),
               (datetime, "2024-01-02T03:04:"), (datetime, "2024-01-02T03:04:05."), (datetime, "2024-01-02T03:04:05Z+"),
               (datetime, "2024-01-02T03:04:05z"), (datetime, "2024-01-02T03:04:05+"), (datetime, "2024-01-02T03:04:05+24:00"),
               (datetime, "2024"), (datetime, "2024-01"), (datetime, "Jan 2 2024"), (datetime, "2024-01-02T10:00 PM"),
               (datetime, "1704067200"), (time, "25:00"), (time, "10:30:"), (time, ""), (time, "T"), (time, "10h30"),
               (time, "24:00")]:
    try:
        print(repr(cls.fromisoformat(s)))
    except ValueError as e:
        print(cls.__name__, "ValueError", e)
for bad in [lambda: date.fromisoformat(20240101), lambda: datetime.fromisoformat(None),
            lambda: datetime.fromisoformat(b"2024-01-01"), lambda: time.fromisoformat(1030),
            lambda: date.fromisoformat(), lambda: datetime.fromisoformat("2024-01-01", "x")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
datetime.fromisoformat("2024-01-01T10:00:00.000Z ")
