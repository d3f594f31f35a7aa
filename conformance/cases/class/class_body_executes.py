# The class body runs top to bottom as ordinary code; its names become class attributes.
trace = []
class A:
    trace.append('start')
    total = 0
    for i in range(4):
        total += i
    if total > 5:
        big = True
    else:
        small = True
    squares = [j * j for j in range(5)]
    pairs = {k: k * 2 for k in 'ab'}
    trace.append('end')
    def m(self):
        return self.total

print(trace)
print(A.total, A.i, hasattr(A, 'big'), hasattr(A, 'small'))
print(A.squares, A.pairs)
print(A().m())
print('j' in A.__dict__, 'k' in A.__dict__, 'i' in A.__dict__)
