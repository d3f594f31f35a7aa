def scale(factor):
    return [factor * v for v in range(4)]
print(scale(3))
def pairs(n):
    return [(i, j) for i in range(n) for j in range(i)]
print(pairs(4))
