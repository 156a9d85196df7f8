#!/bin/sh
# sieve.sh: contrib/dovecot-sieve run by Dovecot's own Sieve, offline.
#
# Debian's dovecot-lda, the delivery agent a mail server runs for a
# mailbox, delivers notes to a coach whose personal script is
# recap.sieve, under a private configuration that includes
# 90-mtss-recap.conf and keeps everything in a temporary directory;
# the contrib wrapper in sieve_filter_bin_dir runs the freshly built
# mtss-recap.  The test then reads the Maildir: the notes kept, the
# recap filed, failing notes unchanged in INBOX.  sieve-test's trace
# shows the filter step itself.  No daemon is started.  Dovecot will
# not touch mail as root, so as root it runs here as nobody.
cd "$(dirname "$0")/../.." || exit 1
LDA=/usr/lib/dovecot/dovecot-lda
if ! command -v sieve-test > /dev/null || [ ! -x "$LDA" ]; then
	echo "skip - sieve integration: Debian's dovecot-sieve is not installed"
	exit 0
fi
D=$(mktemp -d /tmp/mtss-sieve.XXXXXX) || exit 1
trap 'rm -rf "$D"' EXIT
trap 'exit 1' INT TERM
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { fail=$((fail + 1)); echo "FAIL - $1"; }

# contrib/dovecot-sieve as an administrator installs it, moved into $D.
mkdir -p "$D/sieve-filter" "$D/no-config" "$D/run"
cp mtss-recap tests/golden/mtss-recap.conf "$D/"
wrapper() {	# directory, configuration file
	sed -e "s|/usr/local/bin/mtss-recap|$D/mtss-recap|" \
	    -e "s|/etc/mtss-recap.conf|$2|" \
	    contrib/dovecot-sieve/mtss-recap > "$1/mtss-recap"
	chmod 755 "$1/mtss-recap"
}
wrapper "$D/sieve-filter" "$D/mtss-recap.conf"
# The same with a configuration that cannot be read: mtss-recap exits 75.
wrapper "$D/no-config" "$D/missing.conf"
sed "s|/usr/lib/dovecot/sieve-filter|$D/sieve-filter|" \
    contrib/dovecot-sieve/90-mtss-recap.conf > "$D/90-mtss-recap.conf"
# sendmail_path: nothing here may reach the machine's real MTA.
cat > "$D/dovecot.conf" <<CONF
base_dir = $D/run
log_path = /dev/stderr
sendmail_path = /bin/false
mail_location = maildir:~/Maildir
protocol lda {
  mail_plugins = sieve
}
plugin {
  sieve = file:~/sieve;active=~/.dovecot.sieve
}
!include $D/90-mtss-recap.conf
CONF

# The messages: notes, notes that cannot become a recap, notes from a
# mailing list, other mail.
recap() { sed 's/^Subject: .*/Subject: Lincoln Elementary recap/' "$1"; }
recap contrib/examples/notes.eml > "$D/notes.eml"
recap tests/golden/wrong-weekday.eml > "$D/bad.eml"
cp contrib/examples/notes.eml "$D/other.eml"
{ printf 'List-Id: <staff.district.example>\n'; cat "$D/notes.eml"; } \
    > "$D/list.eml"
for c in good bad no-config list other; do
	mkdir -p "$D/$c"
	cp contrib/dovecot-sieve/recap.sieve "$D/$c/.dovecot.sieve"
done
as=
if [ "$(id -u)" = 0 ]; then
	chown -R "$(id -u nobody):$(id -g nobody)" "$D"
	as="setpriv --reuid=$(id -u nobody) --regid=$(id -g nobody)"
	as="$as --clear-groups"
fi

deliver() {	# case, message, dovecot-lda options...
	c=$1 m=$2
	shift 2
	$as env HOME="$D/$c" "$LDA" -c "$D/dovecot.conf" -e \
	    -f jreyes@district.example "$@" < "$D/$m.eml" > "$D/$c.log" 2>&1
}
box() { echo "$D/$1/Maildir/${2:+.$2/}new"; }	# case, folder
count() { ls "$(box "$1" "$2")" 2>/dev/null | wc -l; }
# want_n: case, folder ("" is INBOX), how many messages
want_n() {
	n=$(count "$1" "$2")
	[ "$n" = "$3" ] && ok "$1: ${2:-INBOX} holds $3" ||
	    bad "$1: ${2:-INBOX} holds $n messages, want $3"
}
# want_same: case, folder, message; Dovecot stores lines with LF.
want_same() {
	f=$(ls "$(box "$1" "$2")"/* 2>/dev/null | head -1)
	tr -d '\r' < "$D/$3.eml" > "$D/want"
	if [ -n "$f" ] && tr -d '\r' < "$f" | cmp -s - "$D/want"; then
		ok "$1: ${2:-INBOX} holds the notes unchanged"
	else
		bad "$1: ${2:-INBOX} does not hold the notes unchanged"
	fi
}
want_rc() {	# case, got
	[ "$2" = 0 ] && ok "$1: dovecot-lda exits 0" ||
	    { bad "$1: dovecot-lda exits $2, want 0"; cat "$D/$1.log"; }
}

deliver good notes; want_rc good $?
want_n good Notes 1
want_same good Notes notes
want_n good Recaps 1
f=$(ls "$(box good Recaps)"/* 2>/dev/null | head -1)
[ -n "$f" ] && /usr/bin/python3 tests/integration/check_recap.py "$f" &&
    ok "good: the message in Recaps is the recap" ||
    { bad "good: the message in Recaps is not the recap"; cat "$D/good.log"; }
want_n good "" 0

deliver bad bad; want_rc bad $?
grep -q 'exit code 65' "$D/bad.log" && ok "bad: mtss-recap exits 65" ||
    { bad "bad: no exit 65 in Dovecot's log"; cat "$D/bad.log"; }
want_n bad Notes 1
want_same bad Notes bad
want_n bad "" 1
want_same bad "" bad
want_n bad Recaps 0

deliver no-config notes -o "plugin/sieve_filter_bin_dir=$D/no-config"
want_rc no-config $?
grep -q 'exit code 75' "$D/no-config.log" &&
    ok "no-config: mtss-recap exits 75" ||
    { bad "no-config: no exit 75 in Dovecot's log"; cat "$D/no-config.log"; }
want_n no-config Notes 1
want_same no-config "" notes
want_n no-config Recaps 0

# mtss-recap passes list mail on unchanged (exit 0): filed as it came.
deliver list list; want_rc list $?
want_n list Notes 1
want_same list Recaps list
want_n list "" 0

deliver other other; want_rc other $?
want_same other "" other
[ ! -d "$D/other/Maildir/.Notes" ] && [ ! -d "$D/other/Maildir/.Recaps" ] &&
    ok "other: no folder made" || bad "other: Notes or Recaps made"

# The filter step as Sieve sees it: the program ran and replaced the
# message, and the recap (not the notes) goes to Recaps.
$as sieve-test -c "$D/dovecot.conf" -t "$D/trace" -Tlevel=tests \
    "$D/good/.dovecot.sieve" "$D/notes.eml" > "$D/sieve-test.out" 2>&1
rc=$?
[ "$rc" = 0 ] && ok "sieve-test: exits 0" || bad "sieve-test: exits $rc, want 0"
grep -q 'executed program successfully' "$D/trace" &&
    grep -q 'changed message' "$D/trace" &&
    ok "sieve-test: the filter ran and changed the message" ||
    { bad "sieve-test: the filter did not change the message"
	cat "$D/trace" "$D/sieve-test.out"; }

# Any process still naming a file of ours (pgrep may not be installed).
left=0
for p in /proc/[0-9]*/cmdline; do
	case $(tr '\0' ' ' < "$p" 2>/dev/null) in
	*"$D/"*) left=$((left + 1)) ;;
	esac
done
[ "$left" = 0 ] && ok "no process left behind" ||
    bad "$left processes left behind, want 0"

echo "sieve: $pass passed, $fail failed"
[ "$fail" = 0 ]
