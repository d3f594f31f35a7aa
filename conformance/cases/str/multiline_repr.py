s = """first
	second with tab
third \\ backslash"""
print(repr(s))
print(s)
