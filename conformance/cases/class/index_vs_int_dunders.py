# __index__ is used for indexing, bin and sequence repetition; __int__ alone is not accepted there.
class OnlyInt:
    def __int__(self):
        return 2
class OnlyIndex:
    def __index__(self):
        return 2
class Both:
    def __int__(self):
        return 10
    def __index__(self):
        return 1
data = ["a", "b", "c"]
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: int(OnlyInt()))
show(lambda: data[OnlyInt()])
show(lambda: data[OnlyIndex()])
show(lambda: bin(OnlyInt()))
show(lambda: bin(OnlyIndex()))
show(lambda: "ab" * OnlyInt())
show(lambda: int(Both()))
show(lambda: data[Both()])
show(lambda: hex(Both()))
show(lambda: range(OnlyInt()))
show(lambda: 1 + OnlyIndex())
show(lambda: "%d" % OnlyIndex())
show(lambda: "%d" % OnlyInt())
show(lambda: "%x" % OnlyIndex())
show(lambda: data[OnlyIndex():])
show(lambda: round(3, OnlyIndex()))
show(lambda: int("11", OnlyIndex()))
