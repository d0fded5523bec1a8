import operator
from functools import reduce
from itertools import accumulate, starmap

print(reduce(operator.mul, [1, 2, 3, 4, 5]), list(accumulate([1, 2, 3], operator.add)))
print(list(starmap(operator.pow, [(2, 3), (3, 2)])), list(map(operator.add, [1, 2], [10, 20])))
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])), sorted({'b': 2, 'a': 3}.items(), key=operator.itemgetter(1)))
ops = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]
print(rpn('3 4 + 2 *'), rpn('10 2 8 * + 3 -'), rpn('1 2 /'))
print(list(filter(operator.not_, [0, 1, [], [2]])), max([(1, 'b'), (1, 'a')], key=operator.itemgetter(1)))
print(list(map(operator.attrgetter('imag'), [1.5, 2])), operator.methodcaller('bit_length')(255))
