#!/bin/sh
# sendmail-root.sh: print the path of a Debian root holding Debian's
# sendmail and the libraries ./mtss-recap runs with, made with debootstrap
# on first use and kept for the next run.
#
# Debian's sendmail and postfix both provide mail-transport-agent, so
# the host, which has Postfix for postfix.sh, cannot have sendmail too:
# sendmail.sh runs it in this root instead.  The root is a cache, never
# written to (sendmail.sh lays a throwaway layer over it), named by a
# hash of what went into it, so a changed package list makes a new one
# and the old ones are removed.  It lives outside the tree (not in git,
# not copied by check-asan), in $MTSS_SENDMAIL_CACHE, default /var/tmp.
# Needs root, debootstrap and the host's Debian mirror.
cd "$(dirname "$0")/../.." || exit 1
cache=${MTSS_SENDMAIL_CACHE:-/var/tmp}

# The packages: sendmail as an administrator installs it (with
# sensible-mda, its local mailer), the zone data, and for each library the
# binary links against, the package that holds it (libc6 is always there).
libs() {
	for so in $(readelf -d mtss-recap |
	    sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p'); do
		p=$(ldd mtss-recap | awk -v s="$so" '$1 == s { print $3 }')
		[ -n "$p" ] || { echo "sendmail-root: no $so" >&2; return 1; }
		dpkg -S "$p" 2>/dev/null || dpkg -S "$(readlink -f "$p")"
	done | sed 's/:.*//' | grep -v '^libc6$' | sort -u
}
pkgs=$(libs) || exit 1
pkgs=$(echo sendmail tzdata $pkgs | tr ' ' ,)

# The host's own release and mirror, so the host's binary finds the same
# libraries in the root.
suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
    /etc/apt/sources.list.d/*.sources 2>/dev/null |
    sed -n -e 's|^deb  *\(\[[^]]*\]  *\)*\(https*://[^ ]*/debian/*\) .*|\2|p' \
    -e 's|^URIs:  *\(https*://[^ ]*/debian/*\)$|\1|p' | head -1)
mirror=${mirror:-http://deb.debian.org/debian}
[ -n "$suite" ] || { echo "sendmail-root: no Debian release" >&2; exit 1; }

key=$(printf '%s\n' 1 "$suite" "$mirror" "$pkgs" | sha256sum | cut -c1-16)
root=$cache/mtss-recap-sendmail-$key
if [ -f "$root/.complete" ]; then
	echo "$root"
	exit 0
fi

# Built aside and renamed when complete, so an interrupted build is never
# taken for the cache; in its own mount namespace, so the /proc and /sys
# debootstrap mounts go away with it however it ends.
tmp=$cache/mtss-recap-sendmail-build.$$
trap 'rm -rf "$tmp"' EXIT
trap "exit 1" HUP INT TERM
echo "sendmail-root: debootstrap $suite from $mirror: $pkgs" >&2
if ! unshare --mount --propagation private debootstrap --variant=minbase \
    --include="$pkgs" "$suite" "$tmp" "$mirror" > "$tmp.log" 2>&1; then
	tail -20 "$tmp.log" >&2
	rm -f "$tmp.log"
	exit 1
fi
rm -f "$tmp.log"
touch "$tmp/.complete"
if mv -T "$tmp" "$root" 2>/dev/null; then
	for old in "$cache"/mtss-recap-sendmail-*; do
		case $old in
		"$root"|"$cache"/mtss-recap-sendmail-build.*) ;;
		*) [ -f "$old/.complete" ] && rm -rf "$old" ;;
		esac
	done
fi
echo "$root"
