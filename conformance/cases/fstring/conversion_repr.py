s = "it's"
print(f"{s!r}")
print(f"{s!s}")
print(f"{[1, 'a']!r}")
print(f"{None!r}")
