# scope: uncaught NameError for a free variable referenced before assignment in the enclosing scope
def outer():
    def show():
        return value * 2
    result = show()
    value = 21
    return result

print(outer())
