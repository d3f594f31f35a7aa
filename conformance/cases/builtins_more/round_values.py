# requires: float
print(round(2.5), round(3.5), round(-2.5), round(0.5))
print(round(2.675, 2))
print(round(1.23456, 3))
print(round(7))
print(type(round(2.3)), type(round(2.3, 1)))
print(round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-0.4))
