# requires: float
print("before")
x = 10
print(x // 2)
print(1 / 0)
