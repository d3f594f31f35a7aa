for i in range(3):
    try:
        raise ValueError(i)
    finally:
        break
print("i =", i)
while True:
    try:
        1 // 0
    finally:
        break
print("done")
