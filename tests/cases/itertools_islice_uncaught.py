from itertools import islice
print(list(islice('abc', 1, 3)))
print(list(islice('abc', -1)))
