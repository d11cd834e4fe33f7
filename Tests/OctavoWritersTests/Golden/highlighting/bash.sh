#!/usr/bin/env bash
# Install the tools, then report.
set -euo pipefail
name="${1:-world}"   # a default
for file in *.md; do
    echo "file: $file, count=$# status=$?" | grep -v '#not a comment' > /dev/null 2>&1
done
cat <<-EOF2 > out.txt
	Hello $name, it's $(date)
	EOF2
cat <<'END'
raw $text stays
END
if [ -n "$HOME" ]; then export PATH=$HOME/bin:$PATH; fi
url=http://example.com/a#b
