/** The updates relayed to the pages: what one says, the latest of each kind, the feed's state. */
package org.musicmuseum.dashboard.domain;
