if True:
    pass
for i in range(3):
    pass
while False:
    pass
def f():
    pass
print(f())
print("ok")
