package org.tidewatch.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The demo's users: one per role, named after it, created once per data directory. */
public final class DemoUsers {
    /**
     * A demo user.
     *
     * @param password the generated password when created now; empty when the user already existed
     */
    public record DemoUser(String name, Role role, Optional<String> password) {
        /** A line to print, e.g. {@code analyst / Xk3... (analyst)} or {@code analyst (already exists)}. */
        public String describe() {
            return password.map(p -> name + " / " + p).orElse(name + " (already exists, password unchanged)");
        }
    }

    private DemoUsers() {
    }

    /** Creates the missing demo users with fresh random passwords and keeps the existing ones. */
    public static List<DemoUser> ensure(UserStore users) {
        List<DemoUser> out = new ArrayList<>();
        for (Role role : Role.values()) {
            String name = role.id();
            if (users.find(name).isPresent()) {
                out.add(new DemoUser(name, role, Optional.empty()));
            } else {
                String password = Secrets.password(16);
                users.add(name, Set.of(role), password.toCharArray());
                out.add(new DemoUser(name, role, Optional.of(password)));
            }
        }
        return out;
    }
}
