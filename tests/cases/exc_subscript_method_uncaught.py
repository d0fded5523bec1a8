# exc: uncaught TypeError from subscripting a method instead of calling it
class Data:
    def values(self):
        return [1, 2, 3]

d = Data()
print(d.values()[0])
print(d.values[0])
