/**
 * The run command ({@code up}, {@code down}, {@code status}, {@code logs}, {@code token}): the
 * stack's components, their processes and what it prints.
 */
package org.musicmuseum.stack.launcher;
