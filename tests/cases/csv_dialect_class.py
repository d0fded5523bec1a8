import csv
import io

class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

out = io.StringIO()
csv.writer(out, dialect=Semi).writerow(["a;b", 2])
print(repr(out.getvalue()))
print(list(csv.reader(["x;y"], dialect=Semi)))
csv.register_dialect("semi", Semi)
print(list(csv.reader(["x;y"], "semi")))
print(list(csv.reader(["x;y"], dialect="semi", delimiter=",")))

class Tabby(csv.excel):
    delimiter = "\t"

print(list(csv.reader(["1\t2"], Tabby)))
class Broken(csv.Dialect):
    delimiter = ","
try:
    csv.writer(io.StringIO(), dialect=Broken)
except Exception as e:
    print(type(e).__name__, e)
try:
    Broken()
except Exception as e:
    print(type(e).__name__, e)
print(csv.excel.delimiter, csv.excel_tab.delimiter == "\t", csv.unix_dialect.lineterminator == "\n")
