# syntax: assignment to True
True = 0
