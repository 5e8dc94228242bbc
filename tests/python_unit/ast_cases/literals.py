x = 0
x = 1_000_000
x = 0x1F + 0XAB + 0o17 + 0O7 + 0b101 + 0B1
x = 9223372036854775807
x = 1.5 + 1e-3 + .5 + 5. + 1E+10 + 1_0.0_1 + 0e0
x = 1e400
x = 'single' "double"
x = '''triple
single'''
x = """triple "double" """
x = 'a' 'b' "c"
x = r'\n\t raw' R"\d+"
x = u'unicode'
x = '\n\t\\\'\"\a\b\f\v\r\0\x41\101\u00e9\U0001F600'
x = 'unknown \d escape'
x = 'line \
continued'
x = "é ü 中文"
x = ''
x = f''
x = f'plain'
x = f'{a}'
x = f'{a!r} {b!s} {c!a}'
x = f'{a:>10} {b:.2f} {c:{width}.{prec}}'
x = f'{a=}'
x = f'{a = }'
x = f'{a=!s}'
x = f'{a=:>5}'
x = f'{{literal}} {{{a}}}'
x = f'{a["key"]} {b[0]:03d}'
x = f'{x + 1} {f(y)} {z.w}'
x = f'{ a }'
x = 'a' f'{b}' 'c'
x = f'{a}' f'{b}'
x = f'''{
    a
}'''
x = f'{a:{b}{c}}'
x = f"{'nested'}"
x = f'{3.14:.{n}f}'
x = f'{a!r:^10}'
x = f'{a != b}'
x = f'{(lambda: 1)}'
x = rf'{a}\n' + fr'\t{b}'
x = f'\n{a}\t'
