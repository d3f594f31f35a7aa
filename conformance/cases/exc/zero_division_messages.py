# requires: float
tests = ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1 // 0.0", "1.5 % 0"]
def run(i):
    if i == 0:
        return 1 / 0
    if i == 1:
        return 1 // 0
    if i == 2:
        return 1 % 0
    if i == 3:
        return 1.0 / 0
    if i == 4:
        return 1 // 0.0
    return 1.5 % 0
for i in range(6):
    try:
        run(i)
    except ZeroDivisionError as e:
        print(tests[i], "->", e)
