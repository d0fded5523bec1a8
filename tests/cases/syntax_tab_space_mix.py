# syntax: inconsistent use of tabs and spaces in indentation
def f():
    if True:
	return 1
