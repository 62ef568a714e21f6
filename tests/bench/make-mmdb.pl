#!/usr/bin/perl
# Builds an MMDB (MaxMind DB) from ip-location-db ASN CSVs, so BenchMatcher can
# compare its index with libmaxminddb on the same ranges.
#   make-mmdb.pl OUT.mmdb asn-ipv4.csv [asn-ipv6.csv]
use strict;
use warnings;
use MaxMind::DB::Writer::Tree;

my ($out, @inputs) = @ARGV;
die "usage: make-mmdb.pl OUT.mmdb CSV...\n" unless $out && @inputs;
my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version            => 6,
    record_size           => 28,
    database_type         => 'Leadscope-Bench-ASN',
    languages             => ['en'],
    description           => { en => 'ip-location-db ASN ranges for benchmarking' },
    map_key_type_callback => sub { $_[0] eq 'asn' ? 'uint32' : 'utf8_string' },
    merge_strategy        => 'none',
);
my $rows = 0;
for my $file (@inputs) {
    open my $in, '<', $file or die "$file: $!";
    while (my $line = <$in>) {
        chomp $line;
        my ($start, $end, $asn, $org) = $line =~ /^([^,]+),([^,]+),(\d+),(?:"((?:[^"]|"")*)"|(.*))$/ ? ($1, $2, $3, defined $4 ? $4 : $5) : ();
        next unless defined $org;
        $org =~ s/""/"/g;
        $tree->insert_range($start, $end, { asn => $asn + 0, org => $org });
        $rows++;
    }
    close $in;
}
open my $fh, '>:raw', $out or die "$out: $!";
$tree->write_tree($fh);
close $fh;
print "make-mmdb: $rows ranges -> $out\n";
