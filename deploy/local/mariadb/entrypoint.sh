#!/bin/sh
# First start on an empty volume: the system tables, then the database and the user of the
# environment, through a server that listens on no port. Then the server itself, as user mysql.
set -eu
: "${MYSQL_DATABASE:?set MYSQL_DATABASE}" "${MYSQL_USER:?set MYSQL_USER}" "${MYSQL_PASSWORD:?set MYSQL_PASSWORD}"
datadir=/var/lib/mysql
chown mysql:mysql "$datadir" /run/mysqld
if [ ! -d "$datadir/mysql" ]; then
  echo "entrypoint: initialising $datadir"
  mariadb-install-db --user=mysql --datadir="$datadir" --skip-test-db --auth-root-authentication-method=socket > /dev/null
  mariadbd --user=mysql --datadir="$datadir" --skip-networking --socket=/run/mysqld/init.sock &
  pid=$!
  i=0
  until mariadb --socket=/run/mysqld/init.sock -e 'SELECT 1' > /dev/null 2>&1; do
    i=$((i + 1))
    [ "$i" -lt 300 ] || { echo "entrypoint: the init server did not start" >&2; exit 1; }
    sleep 0.2
  done
  # The password goes in as a quoted literal: escape backslashes and single quotes.
  pw=$(printf '%s' "$MYSQL_PASSWORD" | sed -e 's/\\/\\\\/g' -e "s/'/\\\\'/g")
  mariadb --socket=/run/mysqld/init.sock <<SQL
CREATE DATABASE IF NOT EXISTS \`$MYSQL_DATABASE\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
DELETE FROM mysql.global_priv WHERE User = '';
CREATE USER '$MYSQL_USER'@'%' IDENTIFIED BY '$pw';
CREATE USER '$MYSQL_USER'@'localhost' IDENTIFIED BY '$pw';
GRANT ALL ON \`$MYSQL_DATABASE\`.* TO '$MYSQL_USER'@'%';
GRANT ALL ON \`$MYSQL_DATABASE\`.* TO '$MYSQL_USER'@'localhost';
FLUSH PRIVILEGES;
SQL
  kill "$pid"
  wait "$pid" || true
  echo "entrypoint: database $MYSQL_DATABASE and user $MYSQL_USER created"
fi
exec mariadbd --user=mysql --datadir="$datadir" "$@"
