# func: uncaught TypeError for a call missing two required positional arguments
def make_rect(x, y, width, height):
    return (x, y, width, height)

print(make_rect(0, 0, 5, 6))
print(make_rect(
    1,
    2,
))
