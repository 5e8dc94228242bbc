#!/bin/sh
# tests/python_unit/ast_cases/regen.sh — writes CASE.ast (CPython 3.11's ast of CASE.py, see cpython_dump.py).
# With --check, writes nothing and exits 1 if any committed CASE.ast differs from what CPython gives now.
set -u
cd "$(dirname "$0")" || exit 2
py=/usr/bin/python3
[ -x "$py" ] || py=python3
status=0
for f in *.py; do
    [ "$f" = cpython_dump.py ] && continue
    base=${f%.py}
    out=$("$py" cpython_dump.py "$f")
    if [ "${1:-}" = "--check" ]; then
        if [ "$out" != "$(cat "$base.ast")" ]; then
            echo "CPython's ast of $f differs from $base.ast"
            status=1
        fi
    else
        printf '%s\n' "$out" > "$base.ast"
    fi
done
exit $status
