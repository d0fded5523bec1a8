# syntax: assignment to an attribute in an elif condition
class Box:
    size = 3
box = Box()
if box.size > 5:
    print("large")
elif box.size = 3:
    print("three")
