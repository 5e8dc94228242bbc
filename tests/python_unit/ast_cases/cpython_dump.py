# tests/python_unit/ast_cases/cpython_dump.py — prints CPython's ast of a file in ast_dump's S-expression format
# (with positions), so the committed CASE.ast files come from CPython, never from LoopLab.
import ast, sys
BIN = {ast.Add:'add',ast.Sub:'sub',ast.Mult:'mult',ast.MatMult:'matmult',ast.Div:'div',ast.FloorDiv:'floordiv',ast.Mod:'mod',ast.Pow:'pow',ast.LShift:'lshift',ast.RShift:'rshift',ast.BitOr:'bitor',ast.BitXor:'bitxor',ast.BitAnd:'bitand'}
CMP = {ast.Eq:'eq',ast.NotEq:'noteq',ast.Lt:'lt',ast.LtE:'lte',ast.Gt:'gt',ast.GtE:'gte',ast.Is:'is',ast.IsNot:'isnot',ast.In:'in',ast.NotIn:'notin'}
UN = {ast.Invert:'invert',ast.Not:'not',ast.UAdd:'uadd',ast.USub:'usub'}
def qs(s):
    b=s.encode('utf-8','surrogatepass'); out=bytearray(b'"')
    for c in b:
        if c in b'"\\': out+=b'\\'+bytes([c])
        elif c==10: out+=b'\\n'
        elif c<0x20: out+=('\\x%02x'%c).encode()
        else: out.append(c)
    out+=b'"'; return out.decode('utf-8','surrogateescape')
def ctx(n):
    c=getattr(n,'ctx',None)
    return ' store' if isinstance(c,ast.Store) else ' del' if isinstance(c,ast.Del) else ''
def opt(e): return d(e) if e is not None else '_'
def L(name, es): return '('+name+''.join(' '+opt(e) for e in es)+')'
def B(name, ss): return '('+name+''.join(' '+d(s) for s in ss)+')'
def gens(gs):
    r=''
    for g in gs:
        r+=' (for '+d(g.target)+' '+d(g.iter)+''.join(' (if '+d(i)+')' for i in g.ifs)+')'
    return r
def args(a):
    r='(args'
    def ps(name, l):
        return ' ('+name+''.join(' '+p.arg for p in l)+')' if l else ''
    r+=ps('posonly',a.posonlyargs)+ps('pos',a.args)
    if a.vararg: r+=' (star '+a.vararg.arg+')'
    r+=ps('kwonly',a.kwonlyargs)
    if a.kwarg: r+=' (kwargs '+a.kwarg.arg+')'
    if a.defaults: r+=' '+L('defaults',a.defaults)
    if a.kw_defaults: r+=' '+L('kw_defaults',a.kw_defaults)
    return r+')'
def d(n):
    r=d0(n)
    if hasattr(n,'lineno') and not isinstance(n,(ast.arg,ast.keyword,ast.alias,ast.excepthandler)):
        r=r[:-1]+' @%d:%d-%d:%d)'%(n.lineno,n.col_offset,n.end_lineno,n.end_col_offset)
    return r
def d0(n):
    t=type(n)
    if t is ast.BoolOp: return '('+('and' if isinstance(n.op,ast.And) else 'or')+''.join(' '+d(v) for v in n.values)+')'
    if t is ast.NamedExpr: return '(walrus '+d(n.target)+' '+d(n.value)+')'
    if t is ast.BinOp: return '('+BIN[type(n.op)]+' '+d(n.left)+' '+d(n.right)+')'
    if t is ast.UnaryOp: return '('+UN[type(n.op)]+' '+d(n.operand)+')'
    if t is ast.Lambda: return '(lambda '+args(n.args)+' '+d(n.body)+')'
    if t is ast.IfExp: return '(ifexp '+d(n.test)+' '+d(n.body)+' '+d(n.orelse)+')'
    if t is ast.Dict: return '(dict'+''.join(' '+opt(k)+' '+d(v) for k,v in zip(n.keys,n.values))+')'
    if t is ast.Set: return '(set'+''.join(' '+d(v) for v in n.elts)+')'
    if t is ast.ListComp: return '(listcomp '+d(n.elt)+gens(n.generators)+')'
    if t is ast.SetComp: return '(setcomp '+d(n.elt)+gens(n.generators)+')'
    if t is ast.DictComp: return '(dictcomp '+d(n.key)+' '+d(n.value)+gens(n.generators)+')'
    if t is ast.GeneratorExp: return '(genexp '+d(n.elt)+gens(n.generators)+')'
    if t is ast.Await: return '(await '+d(n.value)+')'
    if t is ast.Yield: return '(yield'+(' '+d(n.value) if n.value else '')+')'
    if t is ast.YieldFrom: return '(yield_from '+d(n.value)+')'
    if t is ast.Compare: return '(compare '+d(n.left)+''.join(' '+CMP[type(o)]+' '+d(c) for o,c in zip(n.ops,n.comparators))+')'
    if t is ast.Call:
        r='(call '+d(n.func)+''.join(' '+d(a) for a in n.args)
        for k in n.keywords:
            r+=' (kw '+k.arg+' '+d(k.value)+')' if k.arg else ' (** '+d(k.value)+')'
        return r+')'
    if t is ast.FormattedValue:
        return '(fv '+d(n.value)+(' !'+chr(n.conversion) if n.conversion!=-1 else '')+(' '+d(n.format_spec) if n.format_spec else '')+')'
    if t is ast.JoinedStr: return '(fstr'+''.join(' '+d(v) for v in n.values)+')'
    if t is ast.Constant:
        v=n.value
        if v is None: return '(None)'
        if v is True: return '(True)'
        if v is False: return '(False)'
        if v is Ellipsis: return '(...)'
        if isinstance(v,int): return '(int %d)'%v
        if isinstance(v,float): return '(float %s)'%('%.17g'%v)
        if isinstance(v,str): return '(str '+qs(v)+')'
        return '(other)'
    if t is ast.Attribute: return '(attr '+d(n.value)+' '+n.attr+ctx(n)+')'
    if t is ast.Subscript: return '(sub '+d(n.value)+' '+d(n.slice)+ctx(n)+')'
    if t is ast.Starred: return '(star '+d(n.value)+ctx(n)+')'
    if t is ast.Name: return '(name '+n.id+ctx(n)+')'
    if t is ast.List: return '(list'+''.join(' '+d(v) for v in n.elts)+ctx(n)+')'
    if t is ast.Tuple: return '(tuple'+''.join(' '+d(v) for v in n.elts)+ctx(n)+')'
    if t is ast.Slice: return '(slice '+opt(n.lower)+' '+opt(n.upper)+' '+opt(n.step)+')'
    if t in (ast.FunctionDef, ast.AsyncFunctionDef):
        r='('+('async_def' if t is ast.AsyncFunctionDef else 'def')+' '+n.name+' '+args(n.args)
        if n.decorator_list: r+=' '+L('decorators',n.decorator_list)
        if n.returns: r+=' (returns '+d(n.returns)+')'
        return r+' '+B('body',n.body)+')'
    if t is ast.ClassDef:
        r='(class '+n.name+' '+L('bases',n.bases)
        if n.decorator_list: r+=' '+L('decorators',n.decorator_list)
        return r+' '+B('body',n.body)+')'
    if t is ast.Return: return '(return '+opt(n.value)+')'
    if t is ast.Delete: return '(del'+''.join(' '+d(x) for x in n.targets)+')'
    if t is ast.Assign: return '(assign'+''.join(' '+d(x) for x in n.targets)+' '+d(n.value)+')'
    if t is ast.AugAssign: return '(augassign '+d(n.target)+' '+BIN[type(n.op)]+' '+d(n.value)+')'
    if t is ast.AnnAssign: return '(annassign '+d(n.target)+' '+d(n.annotation)+' '+opt(n.value)+('' if n.simple else ' nonsimple')+')'
    if t in (ast.For, ast.AsyncFor):
        return '('+('async_for' if t is ast.AsyncFor else 'for')+' '+d(n.target)+' '+d(n.iter)+' '+B('body',n.body)+(' '+B('else',n.orelse) if n.orelse else '')+')'
    if t is ast.While: return '(while '+d(n.test)+' '+B('body',n.body)+(' '+B('else',n.orelse) if n.orelse else '')+')'
    if t is ast.If: return '(if '+d(n.test)+' '+B('body',n.body)+(' '+B('else',n.orelse) if n.orelse else '')+')'
    if t in (ast.With, ast.AsyncWith):
        return '('+('async_with' if t is ast.AsyncWith else 'with')+''.join(' (item '+d(i.context_expr)+(' '+d(i.optional_vars) if i.optional_vars else '')+')' for i in n.items)+' '+B('body',n.body)+')'
    if t is ast.Raise: return '(raise '+opt(n.exc)+' '+opt(n.cause)+')'
    if t is ast.Try:
        r='(try '+B('body',n.body)
        for h in n.handlers: r+=' (except '+opt(h.type)+(' '+h.name if h.name else '')+' '+B('body',h.body)+')'
        if n.orelse: r+=' '+B('else',n.orelse)
        if n.finalbody: r+=' '+B('finally',n.finalbody)
        return r+')'
    if t is ast.Assert: return '(assert '+d(n.test)+' '+opt(n.msg)+')'
    if t is ast.Import: return '(import'+''.join(' '+(a.name+'='+a.asname if a.asname else a.name) for a in n.names)+')'
    if t is ast.ImportFrom: return '(from '+'.'*n.level+(n.module or '')+''.join(' '+(a.name+'='+a.asname if a.asname else a.name) for a in n.names)+')'
    if t is ast.Global: return '(global'+''.join(' '+x for x in n.names)+')'
    if t is ast.Nonlocal: return '(nonlocal'+''.join(' '+x for x in n.names)+')'
    if t is ast.Expr: return '(expr '+d(n.value)+')'
    if t is ast.Pass: return '(pass)'
    if t is ast.Break: return '(break)'
    if t is ast.Continue: return '(continue)'
    return '(?'+t.__name__+')'
for path in sys.argv[1:]:
    src=open(path,'rb').read()
    try: m=ast.parse(src)
    except Exception as e: print('PYERR'); continue
    print(B('module',m.body))
