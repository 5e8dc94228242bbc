x = *a, *b
y = (*a)
