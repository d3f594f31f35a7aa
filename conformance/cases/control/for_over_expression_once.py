calls = 0
def items():
    global calls
    calls += 1
    return [1, 2, 3]
for x in items():
    print(x)
print("calls", calls)
a = [1, 2, 3]
for x in a:
    a = [9]
    print(x)
print(a)
