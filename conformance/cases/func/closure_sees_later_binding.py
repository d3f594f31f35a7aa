def outer():
    v = 1
    def get():
        return v
    v = 2
    return get
print(outer()())
def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
fs = make()
print(fs[0](), fs[1](), fs[2]())
