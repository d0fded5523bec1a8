import time

def label(ts):
    return time.strftime("%d %b %Y", ts)

print(label(time.gmtime(0)))
print(label((2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(label((2024, 2, 29, 0, 0, 0, 3, 400, 0)))
