# syntax: 'yield' outside function
yield 5
