for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
i = 0
while i < 3:
    i += 1
    try:
        continue
    finally:
        print("while finally", i)
