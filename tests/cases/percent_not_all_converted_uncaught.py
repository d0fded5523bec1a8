# An uncaught %-formatting error after some output
rows = [("apple", 3, 1.5), ("pear", 12, 0.25)]
for name, qty, price in rows:
    print("%-8s|%4d|%7.2f" % (name, qty, price))
print("%s has %d items" % ("basket", 2, "extra"))
