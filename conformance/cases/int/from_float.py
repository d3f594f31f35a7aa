# requires: float
print(int(3.9))
print(int(-3.9))
print(int(0.5))
print(int(-0.5))
print(int(-0.0))
print(int(1e10))
print(int(2.0))
print(int(123.456))
