print(len([]))
print(len([1, 2, 3]))
print(len([[1, 2, 3]]))
print(bool([]), bool([0]), bool([[]]))
if []:
    print("no")
else:
    print("empty list is falsy")
