#!/bin/sh
# bench.sh: what one message costs the mail server, as a report.
#
# For the bundled sample notes, a 10 MB notes message (the same notes
# with a 10 MB attachment) and a message just under the 25 MB max-size
# (its attachment over attachment-max, so named, not carried: the
# parse, in its child, is what is measured), the whole process is run
# RUNS times;
# the median wall time and the median peak resident memory are printed.
# Rerun it after a change and compare; it asserts nothing.
cd "$(dirname "$0")/.." || exit 1
RUNS=${RUNS:-21}
bin=./mtss-recap
conf=contrib/examples/mtss-recap.conf
now=2026-12-03T15:00:00-05:00
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# The sample notes, then the same notes carrying 10 MB of base64.
cp contrib/examples/notes.eml "$dir/small.eml"
{
	sed -n '1,/^$/p' contrib/examples/notes.eml |
	    grep -v -i '^content-\(type\|transfer\)' | sed '/^$/d'
	echo 'Content-Type: multipart/mixed; boundary="b0"'
	echo
	echo '--b0'
	echo 'Content-Type: text/plain; charset=UTF-8'
	echo
	sed '1,/^$/d' contrib/examples/notes.eml
	echo '--b0'
	echo 'Content-Type: application/octet-stream; name="wall.bin"'
	echo 'Content-Transfer-Encoding: base64'
	echo
	head -c 7500000 /dev/urandom | base64 -w 76
	echo '--b0--'
} > "$dir/large.eml"

# The same shape at 25 MB (19 MB of bytes, 25 MB as base64).
{
	sed -n '1,/^$/p' contrib/examples/notes.eml |
	    grep -v -i '^content-\(type\|transfer\)' | sed '/^$/d'
	echo 'Content-Type: multipart/mixed; boundary="b0"'
	echo
	echo '--b0'
	echo 'Content-Type: text/plain; charset=UTF-8'
	echo
	sed '1,/^$/d' contrib/examples/notes.eml
	echo '--b0'
	echo 'Content-Type: image/jpeg; name="wall.jpg"'
	echo 'Content-Transfer-Encoding: base64'
	echo
	head -c 19000000 /dev/urandom | base64 -w 76
	echo '--b0--'
} > "$dir/max.eml"

median() {
	sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

run() {	# label, file
	: > "$dir/t"
	i=0
	while [ $i -lt "$RUNS" ]; do
		t0=$(date +%s%N)
		/usr/bin/time -f '%M' -o "$dir/m" \
		    $bin -c $conf --now $now < "$2" > /dev/null 2>&1
		t1=$(date +%s%N)
		echo "$(( (t1 - t0) / 1000 )) $(cat "$dir/m")" >> "$dir/t"
		i=$((i + 1))
	done
	size=$(wc -c < "$2")
	usec=$(cut -d' ' -f1 "$dir/t" | median)
	kb=$(cut -d' ' -f2 "$dir/t" | median)
	printf '%-7s %9d bytes  median %8.1f ms  peak RSS %7d KiB  (%d runs)\n' \
	    "$1" "$size" "$(echo "$usec" | awk '{ print $1 / 1000 }')" "$kb" "$RUNS"
}

echo "mtss-recap bench: $(uname -m), $(nproc) cores"
run sample "$dir/small.eml"
run 10MB "$dir/large.eml"
run 25MB "$dir/max.eml"
