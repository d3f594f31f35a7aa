x = None
print(x is None)
print(x is not None)
y = 0
print(y is None)
print(y is not None)
print(None == None)
print(None != 0)
print(None == False)
