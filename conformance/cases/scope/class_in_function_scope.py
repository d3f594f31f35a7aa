# Checks classes defined in functions: methods see function locals, class attrs shadow nothing for methods.
def make(tag):
    count = [0]
    class Thing:
        tag_attr = tag
        def describe(self):
            count[0] += 1
            return tag + "/" + self.tag_attr + "/" + str(count[0])
    return Thing

T1 = make("one")
T2 = make("two")
print(T1().describe(), T1().describe(), T2().describe())

def outer():
    name = "func"
    class Inner:
        name = "class"
        def get(self):
            return name
        got = name
    return Inner().get(), Inner.got, Inner.name

print(outer())

def with_nonlocal():
    state = "a"
    class S:
        def change(self):
            nonlocal state
            state = "b"
    S().change()
    return state

print(with_nonlocal())

def class_sees_later():
    class X:
        def get(self):
            return later
    later = "bound after class"
    return X().get()

print(class_sees_later())
