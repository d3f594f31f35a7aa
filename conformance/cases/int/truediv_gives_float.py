# requires: float
print(7 / 2)
print(6 / 3)
print(-7 / 2)
print(1 / 3)
print(0 / 5)
print(10 / 4)
print(type(4 / 2))
