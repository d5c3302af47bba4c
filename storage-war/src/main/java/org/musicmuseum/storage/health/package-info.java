/** Storage's MicroProfile Health checks: the consumer and the database. */
package org.musicmuseum.storage.health;
