# syntax: conditional expression without else
score = 70
grade = "pass" if score > 50
