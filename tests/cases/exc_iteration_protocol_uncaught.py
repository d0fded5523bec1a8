# exc: uncaught TypeError from __next__ missing on an object returned by __iter__
class Broken:
    def __iter__(self):
        return [1, 2, 3]

for x in [1, 2]:
    print(x)
for x in Broken():
    print(x)
