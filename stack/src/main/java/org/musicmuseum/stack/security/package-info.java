/** The local stack's JWT signing keys, and the command that prints a token. */
package org.musicmuseum.stack.security;
