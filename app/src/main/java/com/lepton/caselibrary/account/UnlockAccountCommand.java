package com.lepton.caselibrary.account;

import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.UsageException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Break-glass, from the command line: {@code java -jar lepton-case-library.jar unlock-account NAME
 * [--reset-password] [--spring.profiles.active=postgres ...]}. Forgets the account's failed sign-ins
 * from every address and lifts any lock; with {@code --reset-password} it also sets a one-time
 * password, printed once, to be changed at the next sign-in. It reads the same configuration as the
 * portal (profiles, environment, arguments) and touches only the database: on PostgreSQL it works
 * while the portal runs; the embedded H2 file is locked by a running portal, so stop it first.
 */
public final class UnlockAccountCommand {

    public static final String NAME = "unlock-account";

    /** Only the database: no web server, no plugins, no models. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class
    })
    static class DatabaseOnly {}

    /** What {@code unlock-account} expects; {@code unlock-account --help} prints it. */
    public static final CommandSpec SPEC = new CommandSpec(
            NAME,
            "Break-glass: lifts the lock-out of account NAME and forgets its failed sign-ins from every address.",
            List.of(),
            true,
            List.of(
                    "Give the account's NAME first: unlock-account NAME [--reset-password].",
                    "--reset-password also sets a one-time password, printed once, to be changed at the next sign-in.",
                    "Reads the portal's configuration (e.g. --spring.profiles.active=postgres); stop a portal on H2 first."));

    private UnlockAccountCommand() {}

    public static int run(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new UsageException("the account's NAME is required");
        }
        String username = args[1].strip();
        boolean reset = Arrays.asList(args).contains("--reset-password");
        String[] springArgs = Arrays.stream(args, 2, args.length)
                .filter(arg -> !arg.equals("--reset-password"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(springArgs)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            int accounts = jdbc.sql(
                            "update account set failed_attempts = 0, locked_until = null where lower(username) = ?")
                    .param(username.toLowerCase(Locale.ROOT))
                    .update();
            if (accounts == 0) {
                System.err.println("no account named '" + username + "'");
                return 1;
            }
            int addresses = jdbc.sql("delete from sign_in_failure where username = ?")
                    .param(username.toLowerCase(Locale.ROOT))
                    .update();
            System.out.printf(
                    "account '%s' unlocked; failed sign-ins forgotten from %d address(es)%n", username, addresses);
            if (reset) {
                String password = AccountService.oneTimePassword(new SecureRandom());
                jdbc.sql("update account set password_hash = ?, must_change_password = true, password_changed_at = ?"
                                + " where lower(username) = ?")
                        .params(
                                SecurityConfiguration.passwords().encode(password),
                                Timestamp.from(Instant.now()),
                                username.toLowerCase(Locale.ROOT))
                        .update();
                System.out.printf("one-time password (change it at the next sign-in): %s%n", password);
            }
            return 0;
        }
    }
}
