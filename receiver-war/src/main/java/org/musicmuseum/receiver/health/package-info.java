/** The receiver's MicroProfile Health checks: the broker and the producer. */
package org.musicmuseum.receiver.health;
