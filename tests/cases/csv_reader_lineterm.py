import csv
import io

print(list(csv.reader(io.StringIO("a,b\r\nc,d\re,f\n"))))
print(list(csv.reader(io.StringIO("a,b\r\nc,d\re,f\n", newline=""))))
print(list(csv.reader(["a,b\n", "c,d\r\n"])))
print(list(csv.reader(['"x\r\ny",z'])))
print(list(csv.reader(io.StringIO('"x\r\ny",z\n', newline=""))))
try:
    print(list(csv.reader(["a,b\nc"])))
except csv.Error as e:
    print(type(e).__name__, e)
try:
    print(list(csv.reader(["a\rb"])))
except csv.Error as e:
    print(type(e).__name__, e)
print(list(csv.reader(["a,b"], lineterminator=";")))
