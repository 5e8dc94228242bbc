x = a or lambda: b
