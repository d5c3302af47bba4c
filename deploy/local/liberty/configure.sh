#!/bin/sh
# The local base's configure.sh. Open Liberty's image applies interim fixes and warms OpenJ9's
# shared class cache here; this base has no interim fixes and runs HotSpot, which has no such
# cache to warm, so the step only makes sure the server's directories exist.
set -eu
mkdir -p /config/apps /output /logs
echo "configure.sh: nothing to configure for HotSpot"
