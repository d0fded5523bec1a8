# syntax: name assigned before its global declaration
total = 0
def add(n):
    total = n
    global total
    total += n
