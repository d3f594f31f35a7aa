# requires: float
inf = float("inf")
print(5.0 % inf)
print(-5.0 % inf)
print(5.0 // inf)
print(-5.0 // inf)
print(inf // 1.0)
print(inf % 2.0)
