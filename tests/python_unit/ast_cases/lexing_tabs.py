if x:
	y = 1
	if z:
		w = 2
# comment

   
v = 3  # trailing
u = 1 + \
    2
