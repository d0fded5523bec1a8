# syntax: 'continue' not properly in loop
x = 1
continue
