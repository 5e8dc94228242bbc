#!/bin/sh
# tests/python_unit/syntax_errors/regen.sh — writes CASE.expected (CPython 3.11's stderr) next to every CASE.py.
# With --check, writes nothing and exits 1 if any committed expectation differs from what CPython prints now.
set -u
cd "$(dirname "$0")" || exit 2
py=/usr/bin/python3
[ -x "$py" ] || py=python3
status=0
for f in *.py; do
    base=${f%.py}
    out=$("$py" -X utf8 "$f" 2>&1 >/dev/null; printf x)
    out=${out%x}
    # CPython 3.11 shows the script's absolute path; expectations name the file alone ("CASE.py").
    out=$(printf '%sx' "$out" | sed "s|$PWD/||g")
    out=${out%x}
    if [ "${1:-}" = "--check" ]; then
        if [ "$out" != "$(cat "$base.expected"; printf x)" ] && [ "${out}x" != "$(cat "$base.expected"; printf x)" ]; then
            echo "CPython's output for $f differs from $base.expected"
            status=1
        fi
    else
        printf '%s' "$out" > "$base.expected"
    fi
done
exit $status
