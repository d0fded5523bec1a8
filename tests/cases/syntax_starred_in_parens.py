# syntax: a starred expression alone in parentheses
items = [1, 2, 3]
copy = (*items)
