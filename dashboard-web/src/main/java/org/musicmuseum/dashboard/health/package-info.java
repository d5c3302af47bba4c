/** The dashboard's MicroProfile Health checks: its configuration and its page files. */
package org.musicmuseum.dashboard.health;
