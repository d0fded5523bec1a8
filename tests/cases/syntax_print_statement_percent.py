# syntax: Python 2 print statement with % formatting
total = 5
print "Total: %d" % total
