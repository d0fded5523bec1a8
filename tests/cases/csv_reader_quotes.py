import csv
import io

data = 'name,quote\n"Smith, John","He said ""hi"""\n"multi\nline",x\n"",empty\n'
for row in csv.reader(io.StringIO(data)):
    print(row)
print(list(csv.reader(['a,"b,c",d'])))
print(list(csv.reader(['"unterminated'])) if False else "skip")
print(list(csv.reader(['a"b,c'])))
print(list(csv.reader(['"a"b,c'])))
print(list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.reader(['"a,b",c'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar="\\")))
print(list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))
print(list(csv.reader(['  "q",x'], skipinitialspace=True)))
