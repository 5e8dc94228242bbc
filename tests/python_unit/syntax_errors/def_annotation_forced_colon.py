def g(a, b=1, *args, c, d=2, **kwargs) -> for int:
x =
 1_000_000
	y = 1
     2,
