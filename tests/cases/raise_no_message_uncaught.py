# raise: uncaught exception class raised without arguments
class Halt(Exception):
    pass

def step(n):
    if n == 3:
        raise Halt
    return n

for i in range(5):
    print(step(i))
