a = []
add = a.append
add(1)
add(2)
print(a)
up = "abc".upper
print(up())
