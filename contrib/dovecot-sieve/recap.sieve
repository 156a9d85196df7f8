# A coach's own Sieve script (~/.dovecot.sieve, or add it to the active
# one): notes become recaps through vnd.dovecot.filter.
#
# Notes are mail to yourself whose Subject ends in "recap".  A copy of
# the notes is filed in "Notes" first, whatever happens next.  The
# filter replaces the message with the recap only when mtss-recap exits
# 0; the recap is then filed in "Recaps".  Notes that fail, for any
# reason, stay unchanged and are kept in INBOX, where the coach sees
# that no recap came of them.  :create makes the folders on first use
# (without it, fileinto to a missing folder fails and the recap is
# lost).  Dovecot needs 90-mtss-recap.conf and the wrapper "mtss-recap"
# in its sieve_filter_bin_dir; the wrapper fixes the arguments, so none
# are given here.
require ["vnd.dovecot.filter", "fileinto", "copy", "mailbox"];

if header :matches "subject" "*recap" {
	fileinto :create :copy "Notes";
	if filter "mtss-recap" {
		fileinto :create "Recaps";
		stop;
	}
}
