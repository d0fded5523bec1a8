# scope: uncaught UnboundLocalError when global name is shadowed by a later assignment
total = 0

def add_item(price):
    total = total + price
    return total

print(add_item(5))
