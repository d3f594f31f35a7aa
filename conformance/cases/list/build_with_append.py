squares = []
i = 0
while i < 10:
    squares.append(i * i)
    i += 1
print(squares)
print(len(squares))
print(squares[-1])
