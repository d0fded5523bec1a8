import time

for m in range(1, 13):
    print(time.strftime("%m %b %B %h", (2024, m, 1, 0, 0, 0, 0, 1, 0)), end=" | ")
print()
for wd in range(7):
    print(time.strftime("%w %u %a %A", (2024, 1, 1, 0, 0, 0, wd, 1, 0)), end=" | ")
print()
for h in (0, 1, 11, 12, 13, 23):
    print(time.strftime("%H %I %k %l %p %P", (2024, 1, 1, h, 0, 0, 0, 1, 0)), end=" | ")
print()
for yday in (1, 2, 7, 8, 100, 365, 366):
    print(yday, time.strftime("%j %U %W", (2024, 1, 1, 0, 0, 0, (yday - 1) % 7, yday, 0)))
for y, yday, wd in [(2024, 1, 0), (2021, 1, 4), (2020, 366, 3), (2026, 1, 3), (2027, 3, 6), (2019, 365, 1)]:
    print(y, yday, wd, time.strftime("%G %g %V", (y, 1, 1, 0, 0, 0, wd, yday, 0)))
print(time.strftime("%^A %^b %#a %#B %#p %^p %#Z", (2024, 1, 1, 15, 0, 0, 0, 1, 0)))
