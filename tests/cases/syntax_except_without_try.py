# syntax: except clause without try
value = 1
except ValueError:
    value = 0
