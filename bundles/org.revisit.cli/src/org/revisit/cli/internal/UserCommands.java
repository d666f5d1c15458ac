package org.revisit.cli.internal;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.revisit.core.io.IoErrors;
import org.revisit.core.service.Services;
import org.revisit.core.service.UserInfo;
import org.revisit.model.Role;

/**
 * {@code user add|list|disable|enable|passwd|role}: the people who log in to a Revisit server, through the
 * {@link org.revisit.core.service.UserService}. Passwords come from a file ({@code --password-file}) or are typed
 * twice at the terminal; never from the command line, where other users of the machine could see them.
 */
final class UserCommands {

	private static final String ROLES = "agent, supervisor, manager or admin";

	private final PrintStream out;

	UserCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(
				new Cli.Command("user add", "adds a user who can log in to the Revisit server",
						"Usage: revisit cli user add NAME --role agent|supervisor|manager|admin [--display-name TEXT]\n"
								+ "                         [--password-file FILE] [--data DIR | --server URL --login ADMIN] [--json]\n"
								+ "NAME is the login: letters, digits and . _ @ -. The password (at least 10 characters,\n"
								+ "not the name) is the first line of FILE, or is typed twice at the terminal. On a running\n"
								+ "server an administrator signs in with --login NAME; the password is the first line of\n"
								+ "--login-password-file FILE, or $REVISIT_PASSWORD, or typed.",
						remote("data", "role", "display-name", "password-file"), Set.of("json", "help"), this::add),
				new Cli.Command("user list", "lists the users, their roles and whether they are locked out",
						"Usage: revisit cli user list [--data DIR | --server URL --login ADMIN] [--json]\n"
								+ "Lists every user with role, state (enabled, disabled, locked until a time after failed\n"
								+ "logins) and last login.",
						remote("data"), Set.of("json", "help"), this::list),
				new Cli.Command("user disable", "stops a user from logging in",
						"Usage: revisit cli user disable NAME [--data DIR | --server URL --login ADMIN]\n"
								+ "The last enabled administrator cannot be disabled.",
						remote("data"), Set.of("help"), o -> change(o, "disable")),
				new Cli.Command("user enable", "lets a disabled or locked-out user log in again",
						"Usage: revisit cli user enable NAME [--data DIR | --server URL --login ADMIN]\n"
								+ "Also ends a lockout after failed logins.",
						remote("data"), Set.of("help"), o -> change(o, "enable")),
				new Cli.Command("user passwd", "sets a user's password",
						"Usage: revisit cli user passwd NAME [--password-file FILE] [--data DIR | --server URL --login ADMIN]\n"
								+ "The password (at least 10 characters, not the name) is the first line of FILE, or is\n"
								+ "typed twice at the terminal.",
						remote("data", "password-file"), Set.of("help"), this::passwd),
				new Cli.Command("user role", "gives a user another role",
						"Usage: revisit cli user role NAME agent|supervisor|manager|admin [--data DIR | --server URL --login ADMIN]\n"
								+ "The last enabled administrator keeps the admin role.",
						remote("data"), Set.of("help"), this::role));
	}

	private int add(Options options) throws Exception {
		String name = one(options, "NAME");
		String roleText = options.value("role");
		if (roleText == null) {
			throw new UsageException("--role is required: " + ROLES);
		}
		Role role = role(roleText, "--role");
		char[] password = newPassword(options, name);
		try (Services services = services(options)) {
			UserInfo added = services.users().add(name, options.value("display-name"), role, password);
			if (options.flag("json")) {
				out.println(Json.write(json(added)));
			} else {
				out.println("Added " + added.name() + " as " + literal(added.role()) + ".");
			}
			return Cli.OK;
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private int list(Options options) throws Exception {
		if (!options.positional().isEmpty()) {
			throw new UsageException("'user list' takes no arguments");
		}
		try (Services services = services(options)) {
			List<UserInfo> users = services.users().list();
			if (options.flag("json")) {
				List<Object> rows = new ArrayList<>();
				users.forEach(u -> rows.add(json(u)));
				out.println(Json.write(Map.of("users", rows)));
				return Cli.OK;
			}
			if (users.isEmpty()) {
				out.println("No users; 'revisit cli user add NAME --role admin' adds the first administrator.");
				return Cli.OK;
			}
			out.printf("%-20s %-24s %-10s %-32s %s%n", "Name", "Display name", "Role", "State", "Last login");
			for (UserInfo u : users) {
				String state = u.disabled() ? "disabled"
						: u.lockedUntil() != null ? "locked until " + Times.local(u.lockedUntil())
								: u.passwordSet() ? "enabled" : "no password";
				out.printf("%-20s %-24s %-10s %-32s %s%n", Cli.shown(u.name()),
						u.displayName() == null ? "" : Cli.shown(u.displayName()), literal(u.role()), state,
						u.lastLogin() == null ? "never" : Times.local(u.lastLogin()));
			}
			return Cli.OK;
		}
	}

	private int change(Options options, String what) throws Exception {
		String name = one(options, "NAME");
		try (Services services = services(options)) {
			if (what.equals("disable")) {
				services.users().disable(name);
				out.println("Disabled " + name + ": they can no longer log in.");
			} else {
				services.users().enable(name);
				out.println("Enabled " + name + ".");
			}
			return Cli.OK;
		}
	}

	private int passwd(Options options) throws Exception {
		String name = one(options, "NAME");
		char[] password = newPassword(options, name);
		try (Services services = services(options)) {
			services.users().setPassword(name, password);
			out.println("Set the password of " + name + ".");
			return Cli.OK;
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private int role(Options options) throws Exception {
		if (options.positional().size() != 2) {
			throw new UsageException("expected NAME and ROLE (" + ROLES + ")");
		}
		String name = options.positional().get(0);
		Role role = role(options.positional().get(1), "ROLE");
		try (Services services = services(options)) {
			services.users().setRole(name, role);
			out.println(name + " is now " + literal(role) + ".");
			return Cli.OK;
		}
	}

	/**
	 * The services for the user and audit commands: on the data folder's database, for the operating-system user, who
	 * owns its files and is an administrator there; or, with {@code --server}, on a running Revisit server, signed in
	 * as {@code --login NAME} with the password of {@code --login-password-file FILE} (or {@code $REVISIT_PASSWORD},
	 * or typed). {@code --user} and {@code --password-file} mean other things in these commands (whose audit entries
	 * to show, the new password), hence the other names.
	 */
	static Services services(Options options) throws UsageException, FailedException {
		if (options.value("server") == null) {
			if (options.value("login") != null || options.value("login-password-file") != null) {
				throw new UsageException("--login and --login-password-file go with --server https://HOST:PORT");
			}
			return Cli.local(options);
		}
		URI server = options.server();
		String login = options.value("login");
		if (login == null || login.isBlank()) {
			throw new UsageException("with --server, the user and audit commands need --login NAME (an administrator, or a "
					+ "manager for the audit)");
		}
		char[] password = options.password("login-password-file", login.strip(), System::getenv);
		try {
			return ServerConnection.open(server, login.strip(), password, options.clock(), options::notice);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/** {@code names} and the options that reach a server: --server, --login, --login-password-file. */
	static Set<String> remote(String... names) {
		Set<String> all = new java.util.HashSet<>(Set.of(names));
		all.addAll(Set.of("server", "login", "login-password-file"));
		return Set.copyOf(all);
	}

	/**
	 * A new password: the first line of {@code --password-file} (without its line break), or typed twice at the
	 * terminal. The caller clears the array.
	 */
	static char[] newPassword(Options options, String user) throws UsageException, FailedException {
		String file = options.value("password-file");
		if (file != null) {
			return readPasswordFile(Path.of(file));
		}
		Console console = System.console();
		if (console == null || !isTerminal(console)) {
			throw new UsageException("no password given: use --password-file FILE, or run the command in a terminal "
					+ "to type it");
		}
		char[] first = console.readPassword("Password for %s: ", user);
		char[] again = first == null ? null : console.readPassword("The same again: ");
		try {
			if (first == null || again == null) {
				throw new FailedException("no password typed");
			}
			if (!Arrays.equals(first, again)) {
				throw new FailedException("the two passwords differ; nothing was changed");
			}
			return first.clone();
		} finally {
			if (first != null) {
				Arrays.fill(first, '\0');
			}
			if (again != null) {
				Arrays.fill(again, '\0');
			}
		}
	}

	/** The password on the first line of {@code file}: UTF-8, one line, a final line break (LF or CRLF) dropped. */
	static char[] readPasswordFile(Path file) throws FailedException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new FailedException("no such password file: " + file);
		} catch (IOException e) {
			throw new FailedException(IoErrors.cannotRead(file, e));
		}
		CharBuffer chars = null;
		try {
			chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			int start = chars.position();
			int end = chars.limit();
			if (end > start && chars.get(start) == '\uFEFF') {
				start++;
			}
			if (end > start && chars.get(end - 1) == '\n') {
				end--;
				if (end > start && chars.get(end - 1) == '\r') {
					end--;
				}
			}
			char[] password = new char[end - start];
			for (int i = start; i < end; i++) {
				char ch = chars.get(i);
				if (ch == '\n' || ch == '\r') {
					Arrays.fill(password, '\0');
					throw new FailedException("the password file " + file + " must hold the password on one line");
				}
				password[i - start] = ch;
			}
			return password;
		} catch (CharacterCodingException e) {
			throw new FailedException("the password file " + file + " is not UTF-8 text");
		} finally {
			Arrays.fill(bytes, (byte) 0);
			if (chars != null && chars.hasArray()) {
				Arrays.fill(chars.array(), '\0');
			}
		}
	}

	/** Whether the console is a terminal (Java 22 and later know a console on redirected streams too). */
	private static boolean isTerminal(Console console) {
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true; // Java 21: there is a console only for a terminal
		}
	}

	static Role role(String text, String what) throws UsageException {
		Role role = Role.getByName(text.strip().toUpperCase(Locale.ROOT));
		if (role == null) {
			throw new UsageException(what + " must be " + ROLES + ", not '" + Cli.shown(text) + "'");
		}
		return role;
	}

	private static String one(Options options, String what) throws UsageException {
		if (options.positional().size() != 1) {
			throw new UsageException("expected one " + what);
		}
		return options.positional().get(0);
	}

	private static String literal(Role role) {
		return role.getLiteral().toLowerCase(Locale.ROOT);
	}

	private static Map<String, Object> json(UserInfo u) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", u.name());
		m.put("displayName", u.displayName());
		m.put("role", literal(u.role()));
		m.put("disabled", u.disabled());
		m.put("lockedUntil", u.lockedUntil() == null ? null : u.lockedUntil().toString());
		m.put("lastLogin", u.lastLogin() == null ? null : u.lastLogin().toString());
		m.put("created", u.created() == null ? null : u.created().toString());
		m.put("passwordSet", u.passwordSet());
		return m;
	}
}
