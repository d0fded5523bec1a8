from operator import methodcaller

up = methodcaller('upper')
split = methodcaller('split', ',')
rep = methodcaller('replace', 'a', 'o', 1)
print(up('abc'), split('a,b,c'), rep('banana'), methodcaller('get', 'k', 'dflt')({}))
print(repr(up), repr(split), repr(methodcaller('f', 1, key=[2])), repr(methodcaller('g', x='y')))
print(list(map(methodcaller('strip'), [' a ', 'b  '])), sorted(['B', 'a', 'C'], key=methodcaller('lower')))
print(methodcaller('format', 1, 2)('{}+{}'), methodcaller('count', 'a')('banana'))
class Account:
    def __init__(self):
        self.bal = 0
    def deposit(self, amount, note=''):
        self.bal += amount
        return f'{self.bal} {note}'.strip()
acc = Account()
dep = methodcaller('deposit', 5, note='paycheck')
print(dep(acc), dep(acc))
for bad in [lambda: methodcaller(), lambda: methodcaller(5), lambda: methodcaller('nope')(1), lambda: up(), lambda: up('a', 'b')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
