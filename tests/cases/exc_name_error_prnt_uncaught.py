# exc: uncaught NameError for a misspelled builtin function suggests the builtin
values = [1, 2, 3]
prnt(sum(values))
