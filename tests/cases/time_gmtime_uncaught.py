import time

def year_of(ts):
    return time.gmtime(ts).tm_year

print(year_of(0), year_of(1.7e9))
print(year_of("1700000000"))
