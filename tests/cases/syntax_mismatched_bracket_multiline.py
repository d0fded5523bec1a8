# syntax: closing bracket does not match an opening parenthesis on an earlier line
result = max(
    1,
    2,
]
