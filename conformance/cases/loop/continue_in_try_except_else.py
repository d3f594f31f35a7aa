# Checks continue and break from try, except and else clauses and the order of printed steps.
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
    except ValueError:
        print("except", i)
        continue
    else:
        print("else", i)
        if i == 2:
            break
    print("after try", i)
print("done", i)
log = []
for word in ["1", "x", "3", "y", "5"]:
    try:
        n = int(word)
    except ValueError as e:
        log.append("bad:" + word)
        continue
    finally:
        log.append("f" + word)
    log.append(n)
print(log)
i = 0
while i < 3:
    i += 1
    try:
        if i == 2:
            continue
    except Exception:
        pass
    print("while body", i)
