/** The relay from the updates topic to every connected page. */
package org.musicmuseum.dashboard.service;
