# Checks that a while condition is re-evaluated every iteration while a for iterable is evaluated once.
calls = 0
def cond(limit):
    global calls
    calls += 1
    return calls <= limit

while cond(3):
    pass
print("while condition calls:", calls)
evals = 0
def source():
    global evals
    evals += 1
    return [1, 2, 3]

for x in source():
    pass
print("for iterable evaluations:", evals)
lst = [1, 2]
n = 0
while n < len(lst):
    if n == 0:
        lst.append(3)
    n += 1
print(n, lst)
bound = 3
for i in range(bound):
    bound = 10
print(i, bound)
