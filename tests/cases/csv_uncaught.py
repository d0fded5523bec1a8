import csv
print(list(csv.reader(['a,"b"'])))
list(csv.reader(['"a"x'], strict=True))
