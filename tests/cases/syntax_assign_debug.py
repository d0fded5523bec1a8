# syntax: assignment to __debug__
__debug__ = False
