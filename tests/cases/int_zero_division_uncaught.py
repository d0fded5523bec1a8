# int: integer modulo by zero propagates out of a function as an uncaught ZeroDivisionError
def ratio(a, b):
    return a % b

print(ratio(10, 3), ratio(-10, 3))
try:
    print(10 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2**80 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(ratio(7, 0))
