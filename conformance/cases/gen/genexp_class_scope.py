class A:
    vals = [1, 2, 3]
    doubled = list(v * 2 for v in vals)
    try:
        bad = list(v for v in range(2) if v in vals)
    except NameError as e:
        err = str(e)

print(A.doubled)
print(A.err)
