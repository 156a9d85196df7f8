#!/bin/sh
# golden.sh: each notes message under tests/golden/ through the whole
# program, compared byte for byte with the recap and the JSON expected.
#
#   NAME.eml      the notes message
#   NAME.recap    the recap wanted on standard output (filter mode)
#   NAME.json     what --json should print
#   NAME.check    what --check should print
#   NAME.status   the exit status wanted, when not 0
#   NAME.stderr   a line the filter must print on standard error
#
# UPDATE=1 sh tests/golden.sh rewrites the expected files from the
# program's output: review the diff before committing it.
# The recaps are left in tests/out/ for tests/interop.sh.

cd "$(dirname "$0")/.." || exit 1
bin=./mtss-recap
conf=tests/golden/mtss-recap.conf
now=2026-12-03T15:00:00-05:00
out=tests/out
mkdir -p "$out"
rm -f "$out"/*.eml
pass=0 fail=0

check() {	# name, what, got, want
	if cmp -s "$3" "$4"; then
		pass=$((pass + 1))
		echo "ok - $1: $2"
	else
		fail=$((fail + 1))
		echo "FAIL - $1: $2 differs from $4:"
		diff -u "$4" "$3" | head -40
	fi
}

for eml in tests/golden/*.eml; do
	name=$(basename "$eml" .eml)
	base=tests/golden/$name
	want_status=0
	[ -f "$base.status" ] && want_status=$(cat "$base.status")

	TZ=America/New_York $bin -c $conf --now $now < "$eml" \
	    > "$out/$name.recap" 2> "$out/$name.stderr"
	status=$?
	TZ=America/New_York $bin -c $conf --now $now --json < "$eml" \
	    > "$out/$name.json" 2>/dev/null
	TZ=America/New_York $bin -c $conf --now $now --check < "$eml" \
	    > "$out/$name.check" 2>/dev/null

	if [ -n "$UPDATE" ]; then
		cp "$out/$name.recap" "$base.recap"
		cp "$out/$name.json" "$base.json"
		cp "$out/$name.check" "$base.check"
		[ "$status" = 0 ] || echo "$status" > "$base.status"
	fi

	echo "$status" > "$out/$name.gotstatus"
	echo "$want_status" > "$out/$name.wantstatus"
	check "$name" "exit status" "$out/$name.gotstatus" \
	    "$out/$name.wantstatus"
	check "$name" "recap" "$out/$name.recap" "$base.recap"
	check "$name" "json" "$out/$name.json" "$base.json"
	check "$name" "--check" "$out/$name.check" "$base.check"
	if [ -f "$base.stderr" ]; then
		if grep -qF -f "$base.stderr" "$out/$name.stderr"; then
			pass=$((pass + 1))
			echo "ok - $name: stderr names the problem"
		else
			fail=$((fail + 1))
			echo "FAIL - $name: stderr lacks: $(cat "$base.stderr")"
			cat "$out/$name.stderr"
		fi
	fi
	[ "$status" = 0 ] && cp "$out/$name.recap" "$out/$name.eml"
done

echo "golden: $pass passed, $fail failed"
[ "$fail" = 0 ]
