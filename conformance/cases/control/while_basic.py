i = 0
while i < 5:
    print(i)
    i += 1
print("after", i)
n = 10
while n:
    n -= 3
    if n < 0:
        n = 0
print(n)
