m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m)
print(m[1])
print(m[1][2])
print(m[-1][-1])
m[0][0] = 0
print(m[0])
print(len(m), len(m[0]))
t = [[], [[]], [[[]]]]
print(t)
print(len(t[2][0]))
