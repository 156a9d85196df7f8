#!/bin/sh
# badinput.sh: what arrives at a public address, and what the filter
# must answer: no crash, no hang, a clear reason on standard error and
# the exit status of the contract (design.md), with nothing on standard
# output when the status is not 0.  The large inputs are
# made here rather than committed.  Each case is one line of the table
# at the end: name, wanted status, a phrase standard error must hold
# (or "-" when the answer is a recap, whose text is checked instead).
cd "$(dirname "$0")/.." || exit 1
bin=./mtss-recap
conf=tests/golden/mtss-recap.conf
now=2026-12-03T15:00:00-05:00
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pass=0 fail=0

hdr() {
	printf 'From: Jordan Reyes <jreyes@district.example>\n'
	printf 'To: recap@district.example\nSubject: notes\n'
	printf 'Date: Thu, 3 Dec 2026 14:20:00 -0500\nMIME-Version: 1.0\n'
}

notes() {
	printf 'to: mlopez@lincoln.example.org\nschool: lincoln\n'
	printf 'focus: Tier 2 grouping\nnext: thu 1/14 9am\n'
}

# notes with an attachment of $1 bytes (before base64)
with_attachment() {
	hdr
	printf 'Content-Type: multipart/mixed; boundary="b0"\n\n--b0\n'
	printf 'Content-Type: text/plain; charset=UTF-8\n\n'
	notes
	printf -- '--b0\nContent-Type: image/jpeg; name="wall.jpg"\n'
	printf 'Content-Disposition: attachment; filename="wall.jpg"\n'
	printf 'Content-Transfer-Encoding: base64\n\n'
	head -c "$1" /dev/zero | tr '\0' 'x' | base64 -w 76
	printf -- '--b0--\n'
}

{ hdr; printf 'Content-Type: multipart/mixed; boundary="\\""\n\n'
  printf -- '--"\nContent-Type: text/plain\n\nx\n--"--\n'; } \
    > "$dir/crash-boundary.eml"
{ hdr; i=0; while [ $i -lt 40 ]; do
	printf 'Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n' $i $i
	i=$((i + 1)); done; printf 'Content-Type: text/plain\n\nx\n'; } \
    > "$dir/deep-40.eml"
{ hdr; awk 'BEGIN { for (i = 0; i < 30000; i++)
	printf "Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n", i, i }'
  printf 'Content-Type: text/plain\n\nx\n'; } > "$dir/deep-30000.eml"
{ hdr; printf 'Content-Type: message/rfc822\n\n'
  awk 'BEGIN { for (i = 0; i < 30000; i++)
	printf "Content-Type: message/rfc822\n\n" }'
  printf 'Content-Type: text/plain\n\nx\n'; } > "$dir/deep-rfc822-30000.eml"
with_attachment 19500000 > "$dir/base64-26MB.eml"
with_attachment 13000000 > "$dir/attachment-over-cap.eml"
with_attachment 600000 | head -c 400000 > "$dir/truncated.eml"
{ hdr; printf 'Content-Type: text/plain\n\n'; head -c 65536 /dev/zero; } \
    > "$dir/nul-body.eml"
{ hdr | grep -v '^Subject:'; printf 'Subject: '
  head -c 102400 /dev/zero | tr '\0' 'a'; printf '\n\n'; notes; } \
    > "$dir/header-100k.eml"
hdr > "$dir/no-body.eml"
# With a school the directory knows, so that only the empty notes fail.
{ hdr | sed 's/^Subject: notes$/Subject: Lincoln/'; printf '\n'; } \
    > "$dir/empty-notes.eml"
{ hdr | sed 's/^Subject: notes$/Subject: Lincoln/'
  printf 'Content-Type: text/plain\n\n'; head -c 4096 /dev/zero; } \
    > "$dir/nul-notes.eml"
# Random bytes, the same every run; and a sample that once crashed the
# filter's header scan (tests/badinput/garbage-1.eml).
/usr/bin/python3 -c 'import random, sys; random.seed(4)
sys.stdout.buffer.write(bytes(random.getrandbits(8) for _ in range(65536)))' \
    > "$dir/garbage.eml"
cp tests/badinput/garbage-1.eml "$dir/garbage-1.eml"
: > "$dir/empty.eml"

check() {	# name, status wanted, phrase on stderr or in the recap
	timeout 30 $bin -c $conf --now $now < "$dir/$1.eml" \
	    > "$dir/$1.out" 2> "$dir/$1.err"
	got=$?
	if [ "$got" != "$2" ]; then
		fail=$((fail + 1))
		echo "FAIL - $1: got status $got, want $2"
		head -c 300 "$dir/$1.err"
		return
	fi
	# Never partial output: a failure leaves standard output empty.
	if [ "$2" != 0 ] && [ -s "$dir/$1.out" ]; then
		fail=$((fail + 1))
		echo "FAIL - $1: status $got, but stdout has" \
		    "$(wc -c < "$dir/$1.out") bytes, want none"
		return
	fi
	where="$dir/$1.err"
	[ "$2" = 0 ] && where="$dir/$1.out"
	if grep -qF -- "$3" "$where"; then
		pass=$((pass + 1))
		echo "ok - $1: status $got, says \"$3\""
	else
		fail=$((fail + 1))
		echo "FAIL - $1: want \"$3\" in $(basename "$where"), got:"
		head -c 300 "$where"
	fi
}

check crash-boundary		65 "boundary"
check deep-40			65 "nested deeper"
check deep-30000		65 "nested deeper"
check deep-rfc822-30000	65 "nested deeper"
check base64-26MB		65 "limit (max-size)"
check attachment-over-cap	0 "Not included: wall.jpg (12.4 MB; attachments"
check truncated			0 "Content-Disposition: attachment; filename=\"wall.jpg\""
check nul-body			65 "cannot become a recap"
check header-100k		0 "Lincoln"
check no-body			65 "cannot become a recap"
check empty-notes		65 "the notes are empty"
check nul-notes			65 "the notes are empty"
check garbage			65 "mtss-recap:"
check garbage-1			65 "mtss-recap:"
check empty			65 "From"

echo "badinput: $pass passed, $fail failed"
[ "$fail" = 0 ]
