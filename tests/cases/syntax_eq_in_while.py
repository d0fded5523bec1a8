# syntax: assignment instead of comparison in a while condition
running = True
while running = True:
    running = False
