foo(
  a,
  b
  c
)
