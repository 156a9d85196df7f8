#!/bin/sh
# seeds.sh DIR: the seed corpora of the fuzz targets, made afresh from
# the test fixtures (nothing large is committed): DIR/TARGET/ for each.
#   intake, pipeline  the golden and example notes messages
#   notes             their bodies, and the notes of the unit tests
#   dates             the phrases of the unit tests, after an options byte
#   config            the settings files and those of the unit tests
# The findings in tests/fuzz/regress/TARGET/ seed their target too.
cd "$(dirname "$0")/../.." || exit 1
out=${1:-tests/fuzz/build/seeds}
rm -rf "$out"
for t in intake notes dates config pipeline; do
	mkdir -p "$out/$t"
	[ -d "tests/fuzz/regress/$t" ] && cp tests/fuzz/regress/$t/* "$out/$t/"
done

# Each C string literal of a test file, one per seed, escapes undone.
literals() {	# file, dir, prefix
	n=0
	grep -o '"\([^"\\]\|\\.\)*"' "$1" | sed 's/^"//; s/"$//' |
	while IFS= read -r s; do
		n=$((n + 1))
		printf '%s%b' "$3" "$s" > "$2/$(basename "$1" .c)-$n"
	done
}

for f in tests/golden/*.eml contrib/examples/*.eml tests/unit/intake/*; do
	[ -f "$f" ] || continue
	name=$(basename "$f")
	cp "$f" "$out/intake/$name"
	cp "$f" "$out/pipeline/$name"
	sed '1,/^\r\{0,1\}$/d' "$f" | tr -d '\r' > "$out/notes/$name"
done
literals tests/unit/test_intake.c "$out/intake" ""
literals tests/unit/notes_cases.c "$out/notes" ""
literals tests/unit/test_dates.c "$out/dates" " "
cp tests/golden/mtss-recap.conf "$out/config/golden.conf"
cp contrib/examples/mtss-recap.conf "$out/config/example.conf"
literals tests/unit/test_config.c "$out/config" ""
exit 0
