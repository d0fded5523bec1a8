# syntax: unterminated triple-quoted docstring
def area(r):
    '''Return the area of a circle.
    return 3.14159 * r * r

print(area(2))
