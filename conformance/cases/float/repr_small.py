# requires: float
print(0.001)
print(0.0001)
print(1e-5)
print(0.00001234)
print(1.5e-10)
print(5e-324)
print(2.2250738585072014e-308)
print(-1e-7)
