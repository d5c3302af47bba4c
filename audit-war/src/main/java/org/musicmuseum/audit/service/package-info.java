/** The lookups: the N-th event of a type, through the index and one read of the log. */
package org.musicmuseum.audit.service;
