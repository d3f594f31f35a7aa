t = ()
i = 0
while i < 20:
    t = t + (i,)
    i += 1
print(t)
print(len(t))
print(t[5:15:3])
