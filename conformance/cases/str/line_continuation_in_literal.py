s = "abc\
def"
print(s)
print(len(s))
t = ("part one, "
     "part two")
print(t)
