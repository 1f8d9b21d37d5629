/**
 * The picocli sub-commands of {@code tidewatch} ({@code demo}, {@code serve}, {@code ingest}, {@code search},
 * {@code reindex} …), registered in {@link org.tidewatch.app.Main}.
 *
 * <p>To add one, write a {@code Callable<Integer>} with {@code @Command}, mix in
 * {@link org.tidewatch.app.cli.GlobalOptions} for {@code --data} and {@code --config}, do the work through the
 * {@code runtime} package (which takes the data-directory lock), and list the class in {@code Main}'s
 * {@code subcommands}. Throw {@link org.tidewatch.app.cli.UserFacingException} for a mistake the user can fix:
 * {@code Main} prints its message as one line and exits 1.
 */
package org.tidewatch.app.cli;
