/**
 * The offset index, the audit's core: the position of the N-th event of each type, in memory and in
 * a file of fixed-size entries.
 */
package org.musicmuseum.audit.index;
