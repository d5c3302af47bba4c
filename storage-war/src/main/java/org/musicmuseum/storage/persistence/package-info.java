/** The database: schema migrations, the batch writer and the paged reader. */
package org.musicmuseum.storage.persistence;
