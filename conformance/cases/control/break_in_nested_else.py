for i in range(3):
    for j in range(3):
        if j == 5:
            break
    else:
        print("inner else", i)
        continue
    print("not reached")
print("end")
