for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except ValueError:
        print("error at", i)
        break
else:
    print("no break")
print("i", i)
