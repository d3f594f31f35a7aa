# callable() for many kinds of objects.
class WithCall:
    def __call__(self):
        return 1

class Plain:
    def method(self):
        pass

def func():
    pass

print(callable(func), callable(lambda: 0), callable(len), callable(print))
print(callable(int), callable(type), callable(Plain), callable(WithCall))
print(callable(WithCall()), callable(Plain()))
print(callable(Plain().method), callable(Plain.method), callable([].append))
print(callable(1), callable('s'), callable(None), callable([]), callable({}))
print(callable(x for x in []), callable(iter([])), callable(range))
print(callable(staticmethod), callable(str.upper), callable(object()))
