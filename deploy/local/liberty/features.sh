#!/bin/sh
# The local base's features.sh. Open Liberty's kernel-slim image installs here what server.xml
# names; this base already holds every feature the museum's servers use (./museum deploy minified
# the runtime to their union when it made the base), so there is nothing to fetch. It checks that
# each feature the server's configuration names is installed and fails the build otherwise.
set -eu
config=/config
missing=""
for f in $(cat "$config"/server.xml "$config"/configDropins/*/*.xml /opt/ol/wlp/usr/shared/config/*.xml 2>/dev/null \
  | sed -n 's:.*<feature>\([^<]*\)</feature>.*:\1:p' | sort -u); do
  if ! grep -rqsi "^IBM-ShortName: *$f[[:space:]]*$" /opt/ol/wlp/lib/features/; then
    missing="$missing $f"
  fi
done
if [ -n "$missing" ]; then
  echo "features.sh: not in this base image:$missing (rebuild the base: ./museum deploy build)" >&2
  exit 1
fi
echo "features.sh: every feature the configuration names is installed"
