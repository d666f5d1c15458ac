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

import org.eclipse.osgi.util.NLS;
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


	private final PrintStream out;

	UserCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(
				new Cli.Command("user add", Messages.UserAdd_summary, Messages.UserAdd_help,
						remote("data", "role", "display-name", "password-file"), Set.of("json", "help"), this::add),
				new Cli.Command("user list", Messages.UserList_summary, Messages.UserList_help,
						remote("data"), Set.of("json", "help"), this::list),
				new Cli.Command("user disable", Messages.UserDisable_summary, Messages.UserDisable_help,
						remote("data"), Set.of("help"), o -> change(o, "disable")),
				new Cli.Command("user enable", Messages.UserEnable_summary, Messages.UserEnable_help,
						remote("data"), Set.of("help"), o -> change(o, "enable")),
				new Cli.Command("user passwd", Messages.UserPasswd_summary, Messages.UserPasswd_help,
						remote("data", "password-file"), Set.of("help"), this::passwd),
				new Cli.Command("user role", Messages.UserRole_summary, Messages.UserRole_help,
						remote("data"), Set.of("help"), this::role));
	}

	private int add(Options options) throws Exception {
		String name = one(options, "NAME");
		String roleText = options.value("role");
		if (roleText == null) {
			throw new UsageException(NLS.bind(Messages.User_roleRequired, Messages.User_roles));
		}
		Role role = role(roleText, "--role");
		char[] password = newPassword(options, name);
		try (Services services = services(options)) {
			UserInfo added = services.users().add(name, options.value("display-name"), role, password);
			if (options.flag("json")) {
				out.println(Json.write(json(added)));
			} else {
				out.println(NLS.bind(Messages.User_added, added.name(), literal(added.role())));
			}
			return Cli.OK;
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private int list(Options options) throws Exception {
		if (!options.positional().isEmpty()) {
			throw new UsageException(Messages.User_listNoArguments);
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
				out.println(Messages.User_none);
				return Cli.OK;
			}
			out.println(Cli.pad(Messages.User_name, 20) + " " + Cli.pad(Messages.User_displayName, 24) + " " //$NON-NLS-1$ //$NON-NLS-2$
					+ Cli.pad(Messages.User_role, 10) + " " + Cli.pad(Messages.User_state, 32) + " " + Messages.User_lastLogin); //$NON-NLS-1$ //$NON-NLS-2$
			for (UserInfo u : users) {
				String state = u.disabled() ? Messages.User_disabled
						: u.lockedUntil() != null ? NLS.bind(Messages.User_lockedUntil, Times.local(u.lockedUntil()))
								: u.passwordSet() ? Messages.User_enabled : Messages.User_noPassword;
				out.println(Cli.pad(Cli.shown(u.name()), 20) + " " //$NON-NLS-1$
						+ Cli.pad(u.displayName() == null ? "" : Cli.shown(u.displayName()), 24) + " " //$NON-NLS-1$ //$NON-NLS-2$
						+ Cli.pad(literal(u.role()), 10) + " " + Cli.pad(state, 32) + " " //$NON-NLS-1$ //$NON-NLS-2$
						+ (u.lastLogin() == null ? Messages.User_never : Times.local(u.lastLogin())));
			}
			return Cli.OK;
		}
	}

	private int change(Options options, String what) throws Exception {
		String name = one(options, "NAME");
		try (Services services = services(options)) {
			if (what.equals("disable")) {
				services.users().disable(name);
				out.println(NLS.bind(Messages.User_disabledDone, name));
			} else {
				services.users().enable(name);
				out.println(NLS.bind(Messages.User_enabledDone, name));
			}
			return Cli.OK;
		}
	}

	private int passwd(Options options) throws Exception {
		String name = one(options, "NAME");
		char[] password = newPassword(options, name);
		try (Services services = services(options)) {
			services.users().setPassword(name, password);
			out.println(NLS.bind(Messages.User_passwordSet, name));
			return Cli.OK;
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private int role(Options options) throws Exception {
		if (options.positional().size() != 2) {
			throw new UsageException(NLS.bind(Messages.User_nameAndRole, Messages.User_roles));
		}
		String name = options.positional().get(0);
		Role role = role(options.positional().get(1), "ROLE");
		try (Services services = services(options)) {
			services.users().setRole(name, role);
			out.println(NLS.bind(Messages.User_roleDone, name, literal(role)));
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
				throw new UsageException(Messages.User_loginWithoutServer);
			}
			return Cli.local(options);
		}
		URI server = options.server();
		String login = options.value("login");
		if (login == null || login.isBlank()) {
			throw new UsageException(Messages.User_serverNeedsLogin);
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
			throw new UsageException(Messages.User_noPasswordGiven);
		}
		char[] first = console.readPassword(Messages.Options_passwordPrompt, user);
		char[] again = first == null ? null : console.readPassword("%s", Messages.User_passwordAgain); //$NON-NLS-1$
		try {
			if (first == null || again == null) {
				throw new FailedException(Messages.User_noPasswordTyped);
			}
			if (!Arrays.equals(first, again)) {
				throw new FailedException(Messages.User_passwordsDiffer);
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
			throw new FailedException(NLS.bind(Messages.User_noSuchPasswordFile, file));
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
					throw new FailedException(NLS.bind(Messages.User_passwordOneLine, file));
				}
				password[i - start] = ch;
			}
			return password;
		} catch (CharacterCodingException e) {
			throw new FailedException(NLS.bind(Messages.User_passwordNotUtf8, file));
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
			throw new UsageException(NLS.bind(Messages.User_badRole, new Object[] { what, Messages.User_roles, Cli.shown(text) }));
		}
		return role;
	}

	private static String one(Options options, String what) throws UsageException {
		if (options.positional().size() != 1) {
			throw new UsageException(NLS.bind(Messages.User_expectedOne, what));
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
