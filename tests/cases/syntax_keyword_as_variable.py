# syntax: a keyword used as a variable name
class = "economy"
