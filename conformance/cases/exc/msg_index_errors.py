# IndexError messages for each builtin sequence and mutating list method.
def show(f):
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)
lst = [1, 2, 3]
show(lambda: lst[3])
show(lambda: lst[-4])
show(lambda: (1, 2)[2])
show(lambda: ()[0])
show(lambda: "abc"[5])
show(lambda: ""[0])
show(lambda: range(3)[3])
show(lambda: range(0)[-1])
show(lambda: b"ab"[2])
show(lambda: [].pop())
show(lambda: [1].pop(5))
def assign():
    lst[10] = 0
show(assign)
def delete():
    del lst[-10]
show(delete)
print(lst[1:100], lst[-100:1], "abc"[10:])
print([].insert(100, 1))
x = [1]
x.insert(-100, 0)
print(x)
