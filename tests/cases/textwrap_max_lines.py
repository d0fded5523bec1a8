import textwrap

s = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
for n in range(1, 6):
    print(n, textwrap.wrap(s, 16, max_lines=n))
print(textwrap.wrap(s, 16, max_lines=2, placeholder="~"))
print(textwrap.wrap(s, 16, max_lines=2, placeholder=""))
print(textwrap.wrap("short text", 16, max_lines=1))
print(textwrap.wrap(s, 16, max_lines=3, initial_indent="> ", subsequent_indent=". "))
print(textwrap.fill("a " * 30, 10, max_lines=2))
print(textwrap.wrap("averyveryverylongword and more", 8, max_lines=2))
