count = 0
def inc():
    global count
    count += 1
    return count
inc()
inc()
print(count)
print(inc())
def set_new():
    global created
    created = "yes"
set_new()
print(created)
