#!/bin/sh
# procmail.sh: contrib/procmail/procmailrc delivering for a coach: the
# notes are always kept, the recap (when there is one) is filed, and
# notes that fail are filed unchanged.
cd "$(dirname "$0")/../.." || exit 1
if ! command -v procmail > /dev/null; then
	echo "skip - procmail integration: procmail is not installed"
	exit 0
fi
D=$(mktemp -d /tmp/mtss-procmail.XXXXXX) || exit 1
trap 'rm -rf "$D"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { fail=$((fail + 1)); echo "FAIL - $1"; }

mkdir -p "$D/Maildir"
cp tests/golden/mtss-recap.conf "$D/.mtss-recap.conf"
sed -e "s|/usr/local/bin/mtss-recap|$PWD/mtss-recap|" \
    contrib/procmail/procmailrc > "$D/procmailrc"
deliver() {	# notes file
	sed 's/^Subject: .*/Subject: Lincoln Elementary recap/' "$1" |
	    HOME=$D procmail -m HOME="$D" "$D/procmailrc"
}

deliver contrib/examples/notes.eml
want_n() { [ "$(ls "$D/Maildir/$1/new" 2>/dev/null | wc -l)" = "$2" ]; }
want_n .notes 1 && ok "good notes: kept" || bad "good notes: not kept"
want_n .recaps 1 && ok "good notes: one message filed" ||
    bad "good notes: nothing filed"
/usr/bin/python3 tests/integration/check_recap.py "$D"/Maildir/.recaps/new/* &&
    ok "good notes: the filed message is the recap" ||
    bad "good notes: the filed message is not the recap"

deliver tests/golden/wrong-weekday.eml
want_n .notes 2 && ok "failing notes: kept" || bad "failing notes: lost"
f=$(ls -t "$D"/Maildir/.recaps/new/* | head -1)
grep -q '^Next: tue 1/14' "$f" && ok "failing notes: filed unchanged" ||
    bad "failing notes: not filed unchanged"

echo "procmail: $pass passed, $fail failed"
[ "$fail" = 0 ]
