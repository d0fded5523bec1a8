# func: uncaught TypeError passing positional-only parameters as keywords
def distance(x1, y1, x2, y2, /):
    return ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5

print(distance(0, 0, 3, 4))
print(distance(x1=0, y1=0, x2=3, y2=4))
