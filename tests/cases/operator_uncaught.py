import operator
print(operator.itemgetter(2)([1, 2, 3]))
operator.itemgetter(5)([1, 2, 3])
