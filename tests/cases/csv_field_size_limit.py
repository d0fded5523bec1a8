import csv

print(csv.field_size_limit())
print(csv.field_size_limit(10))
print(csv.field_size_limit())
try:
    print(list(csv.reader(["a" * 11])))
except csv.Error as e:
    print(type(e).__name__, e)
print(list(csv.reader(["a" * 10])))
print(csv.field_size_limit(131072))
try:
    csv.field_size_limit("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    csv.field_size_limit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
