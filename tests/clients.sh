#!/bin/sh
# clients.sh: notes as each mail client sends them, through --json.
#
#   tests/clients/NAME.eml     the message; its X-Test-Imitates header
#                              says which client and what it shows
#   tests/clients/NAME.json    what --json must print
#   tests/clients/NAME.attach  lines the recap must hold (its attachment
#                              headers), when there is one
#   tests/clients/NAME.status  the exit status wanted, when not 0; with
#                              any other, standard output must be empty
#
# UPDATE=1 sh tests/clients.sh rewrites the .json files: review the diff.
cd "$(dirname "$0")/.." || exit 1
bin=./mtss-recap
conf=tests/golden/mtss-recap.conf
now=2026-12-03T15:00:00-05:00
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
pass=0 fail=0

for eml in tests/clients/*.eml; do
	name=$(basename "$eml" .eml)
	base=tests/clients/$name
	TZ=America/New_York $bin -c $conf --now $now --json < "$eml" \
	    > "$out/$name.json" 2>/dev/null
	got=$?
	want=0
	[ -f "$base.status" ] && want=$(cat "$base.status")
	if [ "$got" != "$want" ]; then
		fail=$((fail + 1))
		echo "FAIL - $name: got status $got, want $want"
	elif [ "$got" != 0 ] && [ -s "$out/$name.json" ]; then
		fail=$((fail + 1))
		echo "FAIL - $name: status $got, but stdout is not empty"
	else
		pass=$((pass + 1))
		echo "ok - $name: status $got"
	fi
	[ -n "$UPDATE" ] && cp "$out/$name.json" "$base.json"
	if cmp -s "$out/$name.json" "$base.json"; then
		pass=$((pass + 1))
		echo "ok - $name: json"
	else
		fail=$((fail + 1))
		echo "FAIL - $name: json differs from $base.json:"
		diff -u "$base.json" "$out/$name.json" | head -30
	fi
	[ -f "$base.attach" ] || continue
	TZ=America/New_York $bin -c $conf --now $now < "$eml" \
	    > "$out/$name.recap" 2>/dev/null
	got=$?
	if [ "$got" != 0 ]; then
		fail=$((fail + 1))
		echo "FAIL - $name: the recap: got status $got, want 0"
	elif tr -d '\r' < "$out/$name.recap" | grep -qxF -f "$base.attach" &&
	    [ "$(tr -d '\r' < "$out/$name.recap" | grep -cxF -f "$base.attach")" \
	    = "$(wc -l < "$base.attach")" ]; then
		pass=$((pass + 1))
		echo "ok - $name: attachments carried as wanted"
	else
		fail=$((fail + 1))
		echo "FAIL - $name: the recap lacks a line of $base.attach"
	fi
done

echo "clients: $pass passed, $fail failed"
[ "$fail" = 0 ]
