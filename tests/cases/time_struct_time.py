import time

st = time.gmtime(1700000000)
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st.tm_zone, st.tm_gmtoff, st[0], st[-1], st[1:4], st[::4], len(st), list(st))
y, m, d, *rest = st
print(y, m, d, rest, tuple(st) == st, st == tuple(st), st != st[:8])
print(isinstance(st, tuple), type(st).__name__, type(st), time.struct_time.n_fields, st.n_sequence_fields)
print(hash(st) == hash(tuple(st)), st + (1,), st.count(0), st.index(2023), 2023 in st, sorted(st)[:3])
s2 = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(s2, s2.tm_zone, s2.tm_gmtoff)
s3 = time.struct_time([2024, 1, 2, 3, 4, 5, 1, 2, 0, "UTC", 0])
print(s3, s3.tm_zone, s3.tm_gmtoff, len(s3))
print(time.struct_time(range(9)), time.struct_time("abcdefghi").tm_mday)
print(time.gmtime(0) == time.gmtime(0), time.gmtime(0) < time.gmtime(1), max(time.gmtime(5), time.gmtime(9)).tm_sec)
for bad in [lambda: time.struct_time((1, 2)), lambda: time.struct_time(tuple(range(12))), lambda: time.struct_time(5),
            lambda: time.struct_time(), lambda: st[9], lambda: st.tm_foo]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
