package io.mineseal.edge.console;

import java.util.function.Supplier;

/**
 * One block of a console page: a title, a template under {@code console/} and its data, read at
 * each request. A new concern (a self-test result, a site-wide count) adds one of these and its
 * template; the pages need no other change.
 */
public record Section(String id, String title, String template, Supplier<Object> view) {}
