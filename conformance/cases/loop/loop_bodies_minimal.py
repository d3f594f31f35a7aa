# Checks loops whose bodies are just pass, ellipsis or a docstring-like expression.
for i in range(3):
    pass
print(i)
for j in range(2):
    ...
print(j)
k = 0
while k < 3:
    k += 1
print(k)
for _ in "ab":
    "just a string"
print(_)
for x in []:
    pass
else:
    pass
print("ok")
while 0:
    pass
else:
    print("while-else on zero")
for i in range(3): pass
print(i)
for i in range(10 ** 5):
    pass
print(i)
n = 0
while n < 10 ** 5:
    n += 1
print(n)
