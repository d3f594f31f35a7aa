# Checks that finally blocks run when break or continue leaves the try suite.
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop", i)
n = 0
while True:
    n += 1
    try:
        try:
            if n == 2:
                break
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)
print("n =", n)
def f():
    for j in range(5):
        try:
            if j == 3:
                return "returned " + str(j)
        finally:
            print("cleanup", j)
print(f())
for k in range(2):
    try:
        pass
    except Exception:
        pass
    else:
        print("else block", k)
        continue
    finally:
        print("finally after else", k)
    print("unreached", k)
