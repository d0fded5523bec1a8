# syntax: a starred target that is not in a list or tuple
items = [1, 2, 3]
*rest = items
