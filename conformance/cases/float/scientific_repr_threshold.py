# requires: float
x = 1.0
i = 0
while i < 18:
    print(x)
    x = x * 10
    i += 1
y = 1.0
i = 0
while i < 7:
    print(y)
    y = y / 10
    i += 1
