import time

for s, f in [("2024-01-02", "%Y-%m-%d"), ("2024-01-02 10:11:12", "%Y-%m-%d %H:%M:%S"), ("Tue Jan  2 03:04:05 2024", "%a %b %d %H:%M:%S %Y"),
             ("2024 366", "%Y %j"), ("Feb 29", "%b %d"), ("12/31/99", "%m/%d/%y"), ("2024-01-02 UTC", "%Y-%m-%d %Z"),
             ("10:30 PM", "%I:%M %p"), ("2024-W10-3", "%G-W%V-%u"), ("5 2024 20", "%w %Y %W")]:
    st = time.strptime(s, f)
    print(repr(s), st, st.tm_zone, st.tm_gmtoff)
st = time.strptime("2024-01-02 10:11:12 +0130", "%Y-%m-%d %H:%M:%S %z")
print(st, st.tm_gmtoff, st.tm_zone, st.tm_isdst)
print(time.strptime("Tue Jan  2 03:04:05 2024"), time.mktime(time.strptime("2024-01-02", "%Y-%m-%d")))
print(time.strftime("%Y/%m/%d", time.strptime("02.01.2024", "%d.%m.%Y")))
for s, f in [("x", "%Y"), ("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("2024", "%Q"), ("2024", "%"),
             ("2023-02-29", "%Y-%m-%d")]:
    try:
        print(time.strptime(s, f))
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: time.strptime(5, "%Y"), lambda: time.strptime("2024", 5), lambda: time.strptime()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
