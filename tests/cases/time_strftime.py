import time

st = time.gmtime(1709647629)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a, %d %b %Y %H:%M:%S %z %Z", "%A %B %j %U %W %V %G %g %u %w %y %C %e",
            "%D %F %T %R %r %p %I %k %l %P %s", "%c | %x | %X", "%-d/%-m/%Y %_H %^a %#b %10B|%-10B|%03d",
            "%%Y %Q %E %O %Ey", "", "100%", "trailing %", "\u00e9%Y\u20ac", "%5%|%5n|%3t|"]:
    print(repr(fmt), repr(time.strftime(fmt, st)))
tup = (2024, 2, 29, 13, 0, 0, 3, 60, 0)
print(time.strftime("%Y-%m-%d %A %j %I%p", tup), time.strftime("%Z|%z", tup))
print(repr(time.strftime("%Z|%z", (2024, 2, 29, 0, 0, 0, 3, 60, -1))), repr(time.strftime("%Z|%z", (2024, 2, 29, 0, 0, 0, 3, 60, 1))))
print(time.strftime("%Y-%m-%d %j %a", (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%a", (2024, 1, 1, 0, 0, 0, 13, 1, 0)))
print(time.strftime("%S", (2024, 1, 1, 0, 0, 61, 0, 1, 0)), time.strftime("%a %b", (2024, 12, 1, 0, 0, 0, 6, 1, 5)))
for y in [1, 5, 50, 999, 1000, 2024, 12345, 0, -5]:
    print(y, repr(time.strftime("%Y|%y|%C|%G|%F|%c", (y, 1, 1, 0, 0, 0, 0, 1, 0))))
print(len(time.strftime("%Y-%m-%d")), time.strftime("%Y") >= "2024")
print(time.strftime("%Y/%m/%d", time.struct_time((2024, 5, 6, 0, 0, 0, 0, 127, 0, "XYZ", 3600))), time.strftime("%Z %z", time.struct_time((2024, 5, 6, 0, 0, 0, 0, 127, 0, "XYZ", 3600))))
