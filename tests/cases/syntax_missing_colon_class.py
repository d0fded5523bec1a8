# syntax: missing colon after a class header
class Point(object)
    def __init__(self, x, y):
        self.x = x
