# break and continue inside try and except run the finally clause exactly once each time.
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            raise ValueError(i)
        if i == 4:
            break
        log.append("body%d" % i)
    except ValueError as e:
        log.append("except%s" % e)
        continue
    finally:
        log.append("fin%d" % i)
    log.append("tail%d" % i)
print(log)
n = 0
while True:
    n += 1
    try:
        try:
            if n < 3:
                raise KeyError(n)
            break
        finally:
            print("inner finally", n)
    except KeyError as e:
        print("retry after", e)
print("n =", n)
