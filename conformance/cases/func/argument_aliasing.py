def mutate(lst):
    lst.append(99)
def rebind(lst):
    lst = [0]
    return lst
a = [1]
mutate(a)
print(a)
print(rebind(a), a)
def inc(n):
    n += 1
    return n
x = 5
print(inc(x), x)
