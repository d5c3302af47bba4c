/** The audit's MicroProfile Health checks: the indexer, the index and the broker. */
package org.musicmuseum.audit.health;
