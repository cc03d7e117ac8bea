#!/usr/bin/perl
# SPDX-License-Identifier: MIT
#
# gen-man.pl: the manual pages of the public functions, generated from the
# doc comments in the public headers (the format is in CONTRIBUTING.md,
# "Header comment format"). The headers are the one source of truth: every
# `SOCK2_EXTERN type name(params);` in include/sock2.h and
# include/sock2/*.h gets a man3 page, so a new function needs no
# hand-written file.
#
#   perl gen-man.pl [options] INCLUDEDIR
#
#   --out DIR          write DIR/NAME.3 for every function (default: mode
#                      off; nothing is written)
#   --version V        the package version for the page footer
#   --date YYYY-MM-DD  the page date (default: SOURCE_DATE_EPOCH, else the
#                      newest header's modification time, so that two
#                      builds of one tarball are identical)
#   --list             print the page file names (NAME.3), one a line
#   --errors           print, per function, "NAME PAGE CODE,CODE,..." from
#                      its @errors block (the check compares it with the
#                      ERRORS section of the pages)
#   --check            check the comments: every public function has one,
#                      with @return (unless void), @errors (unless it
#                      returns no code), @platforms and @since; the codes
#                      named in @return appear in @errors and vice versa;
#                      @page names a function; the functions of
#                      --entry-points FILE have an @example; names in
#                      @see exist. Headers listed in --legacy FILE are
#                      only checked for a comment and @page targets.
#   --entry-points FILE  one function name a line (# comments)
#   --legacy FILE      header paths (relative to INCLUDEDIR) whose
#                      comments are not converted to the format yet
#   --hand DIR         the hand-written pages: a public type with no
#                      DIR/TYPE.3 gets a page generated from the comment
#                      before its typedef (with --out and --list)
#   --pages FILE...    (with --check) also read these pages (every man
#                      page, generated and hand-written) and check that
#                      each sock2_* name they mention is a function, a
#                      type or a page, and that each generated page's
#                      ERRORS section names the codes of its functions'
#                      @errors blocks; the remaining arguments after
#                      --pages are pages
#
# The INCLUDEDIR holds sock2.h and sock2/*.h; every header there is read
# (the platform part headers declare no function). Exit status: 0, or 1
# with the problems on stderr.
use strict;
use warnings;

my ($out, $version, $date, $list, $errors_mode, $check) =
  (undef, 'unknown', undef, 0, 0, 0);
my ($entry_file, $legacy_file, $hand_dir, $incdir, @pages);
while (@ARGV) {
  my $a = shift @ARGV;
  if ($a eq '--out') { $out = shift @ARGV; }
  elsif ($a eq '--version') { $version = shift @ARGV; }
  elsif ($a eq '--date') { $date = shift @ARGV; }
  elsif ($a eq '--list') { $list = 1; }
  elsif ($a eq '--errors') { $errors_mode = 1; }
  elsif ($a eq '--check') { $check = 1; }
  elsif ($a eq '--entry-points') { $entry_file = shift @ARGV; }
  elsif ($a eq '--legacy') { $legacy_file = shift @ARGV; }
  elsif ($a eq '--hand') { $hand_dir = shift @ARGV; }
  elsif ($a eq '--pages') { @pages = @ARGV; @ARGV = (); }
  elsif ($a =~ /^-/) { die "gen-man: unknown option $a\n"; }
  else { $incdir = $a; }
}
die "usage: gen-man.pl [--out DIR] [--version V] [--date D] [--list] "
  . "[--errors] [--check [--entry-points F] [--legacy F] [--pages P...]] "
  . "INCLUDEDIR\n" unless defined $incdir;

our $TAGS = q{param|return|returns|errors|platforms|example|since|see|page};
my @problems;
sub problem { push @problems, join('', @_); }

# ---------------------------------------------------------------------------
# Read the headers.
# ---------------------------------------------------------------------------
my @headers = grep { -f $_ } ("$incdir/sock2.h", sort glob("$incdir/sock2/*.h"));
die "gen-man: no headers in $incdir\n" unless @headers;

my %legacy;
if (defined $legacy_file) {
  for (read_list($legacy_file)) { $legacy{$_} = 1; }
}

my (@funcs, %func, %types, %tags, %typedef);
my $newest = 0;
for my $h (@headers) {
  open(my $fh, '<', $h) or die "gen-man: $h: $!\n";
  local $/;
  my $text = <$fh>;
  close($fh);
  my $mtime = (stat($h))[9];
  $newest = $mtime if $mtime > $newest;
  (my $rel = $h) =~ s{^\Q$incdir\E/}{};
  $types{$1} = $rel while $text =~ /\}\s*(sock2_\w+_t)\s*;/g;
  $types{$1} = $rel while $text =~ /typedef\s+[^;{}]*?\b(sock2_\w+_t)\s*;/g;
  # Callback types: typedef RET (*sock2_name_fn)(...);
  $types{$1} = $rel while $text =~ /typedef\s+[^;{}()]*\(\s*\*\s*(sock2_\w+)\s*\)\s*\(/g;
  $tags{$1} = 1 while $text =~ /\b(?:struct|enum|union)\s+(sock2_\w+)/g;
  $tags{$1} = 1 while $text =~ /^\s*#\s*define\s+(sock2_\w+)/mg;
  while ($text =~ m{(?:/\*((?:(?!\*/).)*)\*/[ \t]*\n(?:[ \t]*\#[^\n]*\n)*)?
                    [ \t]*(typedef\s+(?:struct|enum|union)\s*\w*\s*\{.*?\}\s*
                    (sock2_\w+_t)\s*;
                    |typedef\s+[^;{}]*?\b(sock2_\w+_t)\s*;)}gsx) {
    my ($comment, $body, $name) = ($1 // '', $2, $3 // $4);
    next if $typedef{$name};
    $typedef{$name} = { name => $name, header => $rel, body => $body,
                        comment => $comment };
  }
  # Every declaration, whether or not it has a doc comment.
  (my $code = $text) =~ s{/\*.*?\*/}{ }gs;
  $code =~ s{//[^\n]*}{}g;
  my %declared;
  while ($code =~ /SOCK2_EXTERN\s+[^;{}()]*?\b(sock2_\w+)\s*\(/g) {
    $declared{$1} = 1;
  }
  # Each doc comment and the declaration right after it.
  my %documented;
  while ($text =~ m{/\*\*((?:(?!\*/).)*)\*/\s*(SOCK2_EXTERN\b[^;]*;)}gs) {
    my ($comment, $decl) = ($1, $2);
    my $f = parse_decl($decl, $rel);
    next unless $f;
    if ($func{$f->{name}}) {
      problem("$rel: $f->{name} declared twice");
      next;
    }
    parse_comment($f, $comment);
    $f->{legacy} = $legacy{$rel} ? 1 : 0;
    push @funcs, $f;
    $func{$f->{name}} = $f;
    $documented{$f->{name}} = 1;
  }
  for my $n (sort keys %declared) {
    next if $documented{$n};
    problem("$rel: $n has no /** */ comment right before its declaration");
    # It still gets a page, so that the build never loses one.
    my ($decl) = $text =~ /(SOCK2_EXTERN\s+[^;{}()]*?\b\Q$n\E\s*\([^;]*;)/s;
    my $f = parse_decl($decl, $rel) or next;
    parse_comment($f, '');
    $f->{legacy} = 1;
    push @funcs, $f;
    $func{$n} = $f;
  }
}
die "gen-man: no SOCK2_EXTERN declarations in @headers\n" unless @funcs;

if (!defined $date) {
  my $t = $ENV{SOURCE_DATE_EPOCH};
  $t = $newest unless defined $t && $t =~ /^\d+$/;
  my @g = gmtime($t);
  $date = sprintf('%04d-%02d-%02d', $g[5] + 1900, $g[4] + 1, $g[3]);
}

# Shared pages: @page X puts the function on X's page.
my %page_members;    # page -> [ functions, the page's own first ]
for my $f (@funcs) {
  my $p = $f->{page} // $f->{name};
  if ($p ne $f->{name}) {
    my $t = $func{$p};
    if (!$t) {
      problem("$f->{header}: $f->{name}: \@page $p is not a public function");
      $p = $f->{name};
      delete $f->{page};
    } elsif (defined $t->{page}) {
      problem("$f->{header}: $f->{name}: \@page $p, which itself has "
              . "\@page $t->{page}");
      $p = $f->{name};
      delete $f->{page};
    }
  }
  $f->{pagename} = $p;
}
for my $f (@funcs) {
  if ($f->{pagename} eq $f->{name}) {
    unshift @{ $page_members{$f->{name}} }, $f;
  } else {
    push @{ $page_members{$f->{pagename}} }, $f;
  }
}

# ---------------------------------------------------------------------------
# Modes.
# ---------------------------------------------------------------------------
my @type_pages = grep { !(defined $hand_dir && -f "$hand_dir/$_.3") }
                 sort keys %typedef;
if ($list) {
  print "$_->{name}.3\n" for @funcs;
  print "$_.3\n" for @type_pages;
}
if ($errors_mode) {
  for my $f (@funcs) {
    my @c = map { $_->[0] } grep { $_->[0] =~ /^SOCK2_E/ } @{ $f->{errors} };
    print "$f->{name} $f->{pagename} ", (@c ? join(',', @c) : '-'), "\n";
  }
}
if (defined $out) {
  for my $p (sort keys %page_members) {
    write_file("$out/$p.3", render_page($page_members{$p}));
  }
  for my $f (@funcs) {
    next if $f->{pagename} eq $f->{name};
    write_file("$out/$f->{name}.3", ".so man3/$f->{pagename}.3\n");
  }
  for my $t (@type_pages) {
    write_file("$out/$t.3", render_type($typedef{$t}));
  }
}
if ($check) {
  check_comments();
  check_pages(@pages) if @pages;
}
if (@problems) {
  print STDERR "gen-man: $_\n" for @problems;
  exit 1 if $check;
}
exit 0;

# ---------------------------------------------------------------------------
# Parsing.
# ---------------------------------------------------------------------------
sub read_list {
  my ($file) = @_;
  open(my $fh, '<', $file) or die "gen-man: $file: $!\n";
  my @l;
  while (<$fh>) {
    s/#.*//;
    s/^\s+|\s+$//g;
    push @l, $_ if $_ ne '';
  }
  close($fh);
  return @l;
}

sub parse_decl {
  my ($decl, $rel) = @_;
  return undef unless defined $decl;
  $decl =~ s{/\*.*?\*/}{ }gs;
  return undef
    unless $decl =~ /SOCK2_EXTERN\s+(.*?)\b(sock2_\w+)\s*\((.*)\)\s*;/s;
  my ($ret, $name, $plist) = ($1, $2, $3);
  for ($ret, $plist) {
    s/\s+/ /g;
    s/^\s+|\s+$//g;
  }
  $ret =~ s/\s*\*\s*/ */g;
  my @params;
  if ($plist ne 'void' && $plist ne '') {
    for my $p (split /\s*,\s*/, $plist) {
      if ($p =~ /^(.*?)\s*\b(\w+)\s*(\[\s*\d*\s*\])?$/) {
        my ($type, $pname, $arr) = ($1, $2, $3 // '');
        $type =~ s/\s*\*\s*/ */g;
        $type =~ s/^\s+|\s+$//g;
        push @params, { type => $type, name => $pname, array => $arr };
      } else {
        problem("$rel: $name: cannot parse parameter '$p'");
      }
    }
  }
  return { name => $name, ret => $ret, params => \@params, header => $rel,
           param_doc => [], errors => [] };
}

sub parse_comment {
  my ($f, $c) = @_;
  my @lines = split /\n/, $c;
  for (@lines) {
    s/^\s*\*(?: |$)//;
    s/^\s*\*$//;
    s/\s+$//;
  }
  # A tag written inside a line (old one-line comments) starts a new line.
  @lines = map { $_ eq "" ? ("") : split /(?<=\S)\s+(?=\@(?:$TAGS)\b)/o, $_ } @lines;
  my ($tag, @desc, %seen);
  my $cur;    # array ref the current lines go to
  $cur = \@desc;
  for my $l (@lines) {
    if ($l =~ /^\s*\@($TAGS)\b\s*(.*)$/o) {
      my ($t, $rest) = ($1, $2);
      $t = 'return' if $t eq 'returns';
      $seen{$t}++;
      if ($t eq 'param') {
        my ($pn, $txt) = $rest =~ /^(\w+)\s*(.*)$/ ? ($1, $2) : ('?', $rest);
        push @{ $f->{param_doc} }, [$pn, [$txt]];
        $cur = $f->{param_doc}[-1][1];
      } else {
        $f->{"raw_$t"} = [];
        push @{ $f->{"raw_$t"} }, $rest if $rest ne '';
        $cur = $f->{"raw_$t"};
        $f->{"tag_$t"} = 1;
      }
      next;
    }
    push @$cur, $l;
  }
  # Description: paragraphs of the text before the first tag.
  shift @desc while @desc && $desc[0] eq '';
  pop @desc while @desc && $desc[-1] eq '';
  $f->{desc} = \@desc;
  my $first = '';
  for my $l (@desc) {
    last if $l eq '';
    $first .= ($first eq '' ? '' : ' ') . trim($l);
  }
  $first =~ s/\s+/ /g;
  # The first sentence is the summary for NAME.
  my $sum = $first;
  $sum =~ s/^(.*?[.:;])(?:\s.*)?$/$1/;
  $sum =~ s/[.:;]$//;
  $sum = lcfirst($sum) unless $sum =~ /^[A-Z][A-Z0-9_]/ || $sum =~ /^\S+\(/;
  $f->{summary} = $sum;
  for my $t (qw(return platforms since page)) {
    next unless $f->{"raw_$t"};
    $f->{$t} = join(' ', map { trim($_) } grep { /\S/ } @{ $f->{"raw_$t"} });
  }
  $f->{page} =~ s/\(\d\)$|\(\)$//g if defined $f->{page};
  delete $f->{page} if defined $f->{page} && $f->{page} eq '';
  if ($f->{raw_see}) {
    my $s = join(' ', @{ $f->{raw_see} });
    $f->{see} = [grep { $_ ne '' } map { trim($_) } split /,/, $s];
  }
  if ($f->{raw_errors}) {
    for my $l (@{ $f->{raw_errors} }) {
      next if $l !~ /\S/;
      if ($l =~ /^\s*(SOCK2_E[A-Z0-9_]+|other|none|None)\b[:.]?\s*(.*)$/) {
        my ($code, $why) = ($1, $2);
        $code = "none" if $code =~ /^none$/i;
        push @{ $f->{errors} }, [$code, trim($why)];
      } elsif (@{ $f->{errors} }) {
        $f->{errors}[-1][1] .= ' ' . trim($l);
      } else {
        push @{ $f->{errors} }, ['', trim($l)];
      }
    }
  }
  if ($f->{raw_example}) {
    my @ex = @{ $f->{raw_example} };
    shift @ex while @ex && $ex[0] !~ /\S/;
    pop @ex while @ex && $ex[-1] !~ /\S/;
    my $min;
    for (@ex) {
      next unless /\S/;
      my ($ind) = /^(\s*)/;
      $min = length($ind) if !defined $min || length($ind) < $min;
    }
    $min //= 0;
    $f->{example} = [map { length($_) >= $min ? substr($_, $min) : '' } @ex];
  }
}

sub trim {
  my ($s) = @_;
  $s =~ s/^\s+|\s+$//g;
  return $s;
}

# ---------------------------------------------------------------------------
# Rendering (man(7); mandoc -Tlint and groff -ww clean).
# ---------------------------------------------------------------------------

# Escape text for roff and mark up function names and `code`.
sub inline {
  my ($s) = @_;
  $s =~ s/\\/\\e/g;
  $s =~ s/-/\\-/g if 0;
  my @parts = split /(`[^`]*`)/, $s;
  for (@parts) {
    if (/^`(.*)`$/) {
      $_ = "\\fB$1\\fR";
    } else {
      s/\b(sock2_\w+)\(\)/\\fB$1\\fR()/g;
      s/\b(sock2_\w+)\((\d)\)/\\fB$1\\fR($2)/g;
    }
  }
  return join('', @parts);
}

# A text line for fill mode: no leading blank, no control character first.
sub line {
  my ($s) = @_;
  $s = trim($s);
  $s = "\\&$s" if $s =~ /^[.']/;
  return "$s\n";
}

# Paragraphs with "- " bullet lists, as written in the comments.
sub paragraphs {
  my (@lines) = @_;
  my $r = '';
  my @para;
  my $flush = sub {
    return unless @para;
    my $item = -1;    # indentation of the current "- " item, or -1
    my $started = 0;
    for my $l (@para) {
      my ($ind) = $l =~ /^(\s*)/;
      if ($l =~ /^(\s*)-\s+(.*)$/) {
        $r .= ".IP \\(bu 2\n" . line(inline($2));
        $item = length($1);
      } else {
        if (!$started || ($item >= 0 && length($ind) <= $item)) {
          $r .= ".PP\n";
          $item = -1;
        }
        $r .= line(inline($l));
      }
      $started = 1;
    }
    @para = ();
  };
  for my $l (@lines) {
    if ($l !~ /\S/) { $flush->(); next; }
    push @para, $l;
  }
  $flush->();
  return $r;
}

sub proto_of {
  my ($f) = @_;
  my $ret = $f->{ret};
  my $sep = $ret =~ /\*$/ ? '' : ' ';
  my @p = map {
    my $t = $_->{type};
    my $tsep = $t =~ /\*$/ ? '' : ' ';
    "\\fB$t$tsep\\fR\\fI$_->{name}\\fR"
      . ($_->{array} ne '' ? "\\fB$_->{array}\\fR" : '')
  } @{ $f->{params} };
  my $head = "\\fB$ret$sep$f->{name}\\fR(";
  return "$head\\fBvoid\\fR);\n" unless @p;
  # One line if it is short, else one parameter a line.
  my $plain = "$ret$sep$f->{name}(" . join(', ', map {
    "$_->{type} $_->{name}$_->{array}" } @{ $f->{params} }) . ');';
  return $head . join(', ', @p) . ");\n" if length($plain) <= 78;
  my $r = $head . "\n";
  for my $i (0 .. $#p) {
    $r .= "    $p[$i]" . ($i < $#p ? ",\n" : ");\n");
  }
  return $r;
}

sub render_page {
  my ($members) = @_;
  my $main = $members->[0];
  my $r = '';
  my $title = uc($main->{name});
  $r .= ".\\\" Generated by doc/gen-man.pl from include/$main->{header};"
      . " do not edit.\n";
  $r .= ".\\\" SPDX-License-Identifier: MIT\n";
  $r .= ".TH $title 3 $date \"libsock2 $version\" \"libsock2 Manual\"\n";
  $r .= ".SH NAME\n";
  my $sum = $main->{summary} ne '' ? $main->{summary} : $main->{name};
  $r .= join(', ', map { $_->{name} } @$members) . " \\- "
      . inline($sum) . "\n";
  $r .= ".SH SYNOPSIS\n.nf\n.B #include <sock2.h>\n.PP\n";
  for my $i (0 .. $#$members) {
    $r .= ".PP\n" if $i;
    $r .= proto_of($members->[$i]);
  }
  $r .= ".fi\n.PP\nCompile and link with\n"
      . ".B \"cc ... \$(pkg\\-config \\-\\-cflags \\-\\-libs libsock2)\"\n";

  $r .= ".SH DESCRIPTION\n";
  for my $i (0 .. $#$members) {
    my $f = $members->[$i];
    if ($i) {
      $r .= ".PP\n\\fB$f->{name}\\fR():\n";
    }
    my $d = paragraphs(@{ $f->{desc} });
    $d =~ s/^\.PP\n// if $i;
    $d = ".PP\n" . line(inline($f->{name} . '().')) if $d eq '' && !$i;
    $r .= $d;
  }
  # One parameter list for the page: a name documented alike by several
  # functions once, a different text with the function it belongs to.
  my (@prow, %ptext);
  for my $f (@$members) {
    for my $pd (@{ $f->{param_doc} }) {
      my ($pn, $txt) = @$pd;
      my $t = join(' ', map { trim($_) } grep { /\S/ } @$txt);
      next if grep { $_ eq $t } @{ $ptext{$pn} // [] };
      my $who = $ptext{$pn} ? $f->{name} : undef;
      push @{ $ptext{$pn} }, $t;
      push @prow, [$pn, $t, $who];
    }
  }
  if (@prow) {
    $r .= ".PP\nParameters:\n";
    for my $p (@prow) {
      my ($pn, $t, $who) = @$p;
      $t = "($who) $t" if defined $who;
      $r .= ".TP\n.I $pn\n" . line(inline($t));
    }
  }

  $r .= ".SH RETURN VALUE\n";
  for my $f (@$members) {
    my $t = $f->{return};
    $t = $f->{ret} eq 'void' ? 'Nothing.' : 'See DESCRIPTION.'
      unless defined $t && $t ne '';
    $t = "\\fB$f->{name}\\fR(): " . inline($t) if @$members > 1;
    $t = inline($t) if @$members == 1;
    $r .= ".PP\n" if @$members > 1;
    $r .= line($t);
  }

  $r .= ".SH ERRORS\n";
  my (%done, @rows, $none);
  for my $f (@$members) {
    for my $e (@{ $f->{errors} }) {
      my ($code, $why) = @$e;
      if ($code eq 'none') { $none = 1; next; }
      my $key = "$code\0$why";
      if ($done{$key}) {
        push @{ $done{$key}[2] }, $f->{name};
        next;
      }
      $done{$key} = [$code, $why, [$f->{name}]];
      push @rows, $done{$key};
    }
  }
  my %n;
  $n{ $_->[0] }++ for @rows;
  my (%order, @grouped);
  for my $i (0 .. $#rows) {
    $order{ $rows[$i][0] } //= $i;
  }
  @rows = map { $_->[1] } sort { $a->[0] <=> $b->[0] || $a->[2] <=> $b->[2] }
          map { [$order{ $rows[$_][0] }, $rows[$_], $_] } 0 .. $#rows;
  # "other" always last.
  @rows = ((grep { $_->[0] ne 'other' } @rows),
           (grep { $_->[0] eq 'other' } @rows));
  if (!@rows) {
    $r .= $none ? "None: the function cannot fail.\n"
                : "The function reports no error code.\n";
  } else {
    $r .= "Every failure is a negative code (see \\fBsock2_strerror\\fR(3)):\n";
    for my $row (@rows) {
      my ($code, $why, $who) = @$row;
      $r .= ".TP\n";
      $r .= $code eq 'other' ? ".I other\n" : ".B $code\n";
      # Name the functions a reason is for, unless it is for all of them.
      my $label = '';
      $label = '(' . join(', ', map { "\\fB$_\\fR()" } @$who) . ') '
        if @$members > 1 && @$who < @$members;
      $r .= line($label . inline($why eq '' ? '.' : $why));
    }
  }

  $r .= ".SH AVAILABILITY\n";
  my %pdone;
  for my $f (@$members) {
    my $t = $f->{platforms} // 'Not documented.';
    next if $pdone{$t}++;
    $t = "\\fB$f->{name}\\fR(): " . inline($t) if @$members > 1
                                                  && keys(%pdone) > 1;
    $t = inline($t) unless @$members > 1 && keys(%pdone) > 1;
    $r .= ".PP\n" if keys(%pdone) > 1;
    $r .= line($t);
  }

  my @ex = grep { $_->{example} } @$members;
  if (@ex) {
    $r .= ".SH EXAMPLE\n";
    for my $f (@ex) {
      $r .= ".PP\n" if $f != $ex[0];
      $r .= ".EX\n";
      for my $l (@{ $f->{example} }) {
        (my $e = $l) =~ s/\\/\\e/g;
        $e = "\\&$e" if $e =~ /^[.']/ || $e eq '';
        $r .= "$e\n";
      }
      $r .= ".EE\n";
    }
  }

  $r .= ".SH HISTORY\n";
  my %since;
  for my $f (@$members) {
    push @{ $since{ $f->{since} // 'an unknown version' } }, $f->{name};
  }
  my @sv = sort keys %since;
  if (@sv == 1) {
    $r .= line("Added in libsock2 $sv[0].");
  } else {
    for my $v (@sv) {
      $r .= ".PP\n" . line(join(', ', map { "\\fB$_\\fR()" } @{ $since{$v} })
                           . ": added in libsock2 $v.");
    }
  }

  # SEE ALSO: the comments' @see, the types of the prototypes, sock2(7).
  my (@see, %sd);
  my $add = sub {
    my ($n, $s) = @_;
    return if $sd{$n}++;
    return if grep { $_->{name} eq $n } @$members;
    push @see, [$n, $s];
  };
  for my $f (@$members) {
    for my $s (@{ $f->{see} // [] }) {
      if ($s =~ /^([\w.-]+)\s*\((\d)\)$/) { $add->($1, $2); }
      elsif ($s =~ /^(\w+)\s*\(\)$/) { $add->($1, 3); }
      elsif ($s =~ /^([\w-]+)$/) { $add->($1, 3); }
    }
  }
  for my $f (@$members) {
    for my $t ($f->{ret}, map { $_->{type} } @{ $f->{params} }) {
      $add->($1, 3) while $t =~ /\b(sock2_\w+_t)\b/g;
    }
  }
  $add->('sock2', 7);
  $r .= ".SH SEE ALSO\n";
  for my $i (0 .. $#see) {
    $r .= ".BR $see[$i][0] ($see[$i][1])" . ($i < $#see ? ",\n" : "\n");
  }
  $r =~ s/^(\.SH [^\n]*\n)\.PP\n/$1/mg;
  return $r;
}

# A type's page, from the comment before its typedef.
sub render_type {
  my ($t) = @_;
  my @lines = split /\n/, $t->{comment};
  for (@lines) {
    s/^\s*\*(?: |$)//;
    s/^\s*\*$//;
    s/\s+$//;
  }
  shift @lines while @lines && $lines[0] !~ /\S/;
  my $first = '';
  for my $l (@lines) {
    last if $l !~ /\S/;
    $first .= ($first eq '' ? '' : ' ') . trim($l);
  }
  $first =~ s/^(.*?[.:;])(?:\s.*)?$/$1/;
  $first =~ s/[.:;]$//;
  $first = lcfirst($first) unless $first =~ /^[A-Z][A-Z0-9_]/;
  $first = "a libsock2 type" if $first eq '';
  my $r = ".\\\" Generated by doc/gen-man.pl from include/$t->{header};"
        . " do not edit.\n";
  $r .= ".\\\" SPDX-License-Identifier: MIT\n";
  $r .= ".TH " . uc($t->{name}) . " 3 $date \"libsock2 $version\""
      . " \"libsock2 Manual\"\n";
  $r .= ".SH NAME\n$t->{name} \\- " . inline($first) . "\n";
  $r .= ".SH SYNOPSIS\n.nf\n.B #include <sock2.h>\n.fi\n.PP\n.EX\n";
  for my $l (split /\n/, $t->{body}) {
    (my $e = $l) =~ s/\\/\\e/g;
    $e = "\\&$e" if $e =~ /^[.']/ || $e eq '';
    $r .= "$e\n";
  }
  $r .= ".EE\n.SH DESCRIPTION\n";
  my $d = paragraphs(@lines);
  $d = line("See the header <sock2.h>.") if $d eq '';
  $r .= $d;
  my @users = map { $_->{pagename} } grep {
    my $f = $_;
    grep { /\b\Q$t->{name}\E\b/ } ($f->{ret}, map { $_->{type} } @{ $f->{params} })
  } @funcs;
  my %u;
  @users = grep { !$u{$_}++ } @users;
  $r .= ".SH HISTORY\nAdded in libsock2 0.1.0 or later; see the functions"
      . " that use it.\n" if 0;
  $r .= ".SH SEE ALSO\n";
  my @see = ((map { [$_, 3] } @users), ['sock2', 7]);
  for my $i (0 .. $#see) {
    $r .= ".BR $see[$i][0] ($see[$i][1])" . ($i < $#see ? ",\n" : "\n");
  }
  $r =~ s/^(\.SH [^\n]*\n)\.PP\n/$1/mg;
  return $r;
}

sub write_file {
  my ($path, $text) = @_;
  open(my $fh, '>', "$path.tmp") or die "gen-man: $path.tmp: $!\n";
  print $fh $text;
  close($fh) or die "gen-man: $path.tmp: $!\n";
  rename("$path.tmp", $path) or die "gen-man: $path: $!\n";
}

# ---------------------------------------------------------------------------
# Checks.
# ---------------------------------------------------------------------------
sub codes_in {
  my ($s) = @_;
  my %c;
  $c{$1} = 1 while defined $s && $s =~ /\b(SOCK2_E[A-Z0-9_]+)\b/g;
  return \%c;
}

sub returns_code {
  my ($f) = @_;
  return $f->{ret} =~ /^(int|sock2_ssize_t)$/;
}

sub check_comments {
  my %entry;
  if (defined $entry_file) {
    for my $n (read_list($entry_file)) {
      problem("$entry_file: $n is not a public function") unless $func{$n};
      $entry{$n} = 1;
    }
  }
  for my $f (@funcs) {
    next if $f->{legacy};
    my $w = "$f->{header}: $f->{name}";
    problem("$w: no summary line") if $f->{summary} eq '';
    problem("$w: no \@return") if $f->{ret} ne 'void' && !$f->{tag_return};
    problem("$w: no \@platforms") unless $f->{platforms};
    if (!defined $f->{since}) {
      problem("$w: no \@since");
    } elsif ($f->{since} !~ /^\d+\.\d+\.\d+$/) {
      problem("$w: \@since '$f->{since}' is not a version");
    }
    problem("$w: an entry point (entry-points.txt) needs an \@example")
      if $entry{$f->{name}} && !$f->{example};
    my %pn = map { $_->{name} => 1 } @{ $f->{params} };
    for my $pd (@{ $f->{param_doc} }) {
      problem("$w: \@param $pd->[0] is not a parameter") unless $pn{$pd->[0]};
    }
    for my $e (@{ $f->{errors} }) {
      problem("$w: \@errors line '$e->[1]' names no code") if $e->[0] eq '';
    }
    if (!$f->{tag_errors}) {
      problem("$w: no \@errors (write `\@errors none` if it cannot fail)")
        if returns_code($f);
      next;
    }
    my %ec = map { $_->[0] => 1 } grep { $_->[0] =~ /^SOCK2_E/ }
             @{ $f->{errors} };
    my $rc = codes_in($f->{return});
    for my $c (sort keys %$rc) {
      problem("$w: \@return names $c, \@errors does not") unless $ec{$c};
    }
    # "as sock2_x()" returns may name no code: then only @errors counts.
    if (%$rc) {
      for my $c (sort keys %ec) {
        problem("$w: \@errors names $c, \@return does not") unless $rc->{$c};
      }
    }
  }
  # @see names must exist.
  for my $f (@funcs) {
    for my $s (@{ $f->{see} // [] }) {
      my ($n) = $s =~ /^(sock2_\w+)/ or next;
      problem("$f->{header}: $f->{name}: \@see $n: no such function or type")
        unless $func{$n} || $types{$n};
    }
  }
}

sub check_pages {
  my (@files) = @_;
  my (%page_codes, %seen_page);
  for my $file (@files) {
    open(my $fh, '<', $file) or do { problem("$file: $!"); next; };
    local $/;
    my $t = <$fh>;
    close($fh);
    (my $base = $file) =~ s{.*/}{};
    (my $pname = $base) =~ s/\.\d$//;
    $seen_page{$pname} = 1;
    problem("$file: a page for $pname, which is no public function or type")
      if $pname =~ /^sock2_/ && !$func{$pname} && !$typedef{$pname};
    next if $t =~ /^\.so /;
    (my $body = $t) =~ s/^\.\\".*\n//mg;
    while ($body =~ /\b(sock2_[a-z][a-z0-9_]*)([*<]?)/g) {
      my ($n, $wild) = ($1, $2);
      next if $wild ne '' || $n =~ /_$/;
      next if $func{$n} || $types{$n} || $tags{$n};
      problem("$file: names $n, which is no public function or type");
    }
    if ($func{$pname}) {
      for my $sec ('NAME', 'SYNOPSIS', 'DESCRIPTION', 'RETURN VALUE',
                   'ERRORS', 'AVAILABILITY', 'HISTORY', 'SEE ALSO') {
        problem("$file: no $sec section")
          unless $body =~ /^\.SH "?\Q$sec\E"?\s*$/m;
      }
      my ($errs) = $body =~ /^\.SH ERRORS\n(.*?)(?=^\.SH )/ms;
      my %pc;
      $pc{$1} = 1 while defined $errs && $errs =~ /^\.B (SOCK2_E\w+)$/mg;
      my %hc;
      for my $f (@{ $page_members{$pname} // [] }) {
        $hc{ $_->[0] } = 1 for grep { $_->[0] =~ /^SOCK2_E/ } @{ $f->{errors} };
        problem("$file: no EXAMPLE section, but $f->{name} has an \@example")
          if $f->{example} && $body !~ /^\.SH EXAMPLE$/m;
      }
      my $a = join(',', sort keys %pc);
      my $b = join(',', sort keys %hc);
      problem("$file: ERRORS lists {$a}, the header's \@errors {$b}")
        if $a ne $b;
    }
  }
  for my $f (@funcs) {
    problem("no page for $f->{name}") unless $seen_page{ $f->{name} };
  }
}
