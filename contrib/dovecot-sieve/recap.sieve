# Dovecot Sieve (Pigeonhole, sieve_extprograms): a coach's own mailbox
# turns notes into recaps with vnd.dovecot.filter.  In 90-sieve-extprograms.conf:
#   sieve_filter_bin_dir = /usr/lib/dovecot/sieve-filter
#   sieve_filter_exec_timeout = 10s
# and link mtss-recap there as "mtss-recap".  If the filter fails the
# message goes on unchanged; the notes are kept first in any case.
require ["vnd.dovecot.filter", "fileinto", "copy"];

if header :matches "subject" "*recap" {
	fileinto :copy "Notes";
	if filter "mtss-recap" ["-c", "/etc/mtss-recap.conf"] {
		fileinto "Recaps";
		stop;
	}
}
