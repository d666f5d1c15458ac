package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One language everywhere: every text file of a bundle that speaks to users has the same keys in English and in
 * Chinese, every field of an NLS {@code Messages} class has its key in both, and no user-facing string literal is
 * left in the code that speaks to users (a simple scan of the literals passed to setText, dialogs, statuses and
 * the planner's problems), but for the justified exceptions of {@link #ALLOWED}.
 */
class LanguagesTest {

	/** Where users read text: the workbench, the application, the call types, the planner and the call runner. */
	private static final List<String> SCANNED = List.of("bundles/org.revisit.ui/src", "bundles/org.revisit.rcp/src",
			"bundles/org.revisit.calltypes/src", "bundles/org.revisit.core/src/org/revisit/core/plan",
			"bundles/org.revisit.core/src/org/revisit/core/script/run");

	/** A literal with a letter in it, given to a method whose text users read. */
	private static final Pattern USER_FACING = Pattern.compile("\\b(setText|setToolTipText|setMessage|setErrorMessage"
			+ "|setTitle|setDescription|setTaskName|subTask|beginTask|openError|openInformation|openWarning|openConfirm"
			+ "|openQuestion|error|warning|info|problems\\.add|warnings\\.add)\\(\"([^\"]*[\\p{L}][^\"]*)\"");

	/** File and literal of each justified exception, with the reason. */
	private static final Map<String, String> ALLOWED = Map.of(
			"CallbackDialog.java:yyyy-MM-dd HH:mm", "the format typed times are read in, the same in every language",
			"EmbeddedDatabase.java:Revisit", "the product's name, not translated",
			"ProductUpdateSite.java:Update site ", "a line of the log, which is English for support");

	/**
	 * The command line: every file of its commands (and of the campaign file, the options, the connection to a server)
	 * speaks the user's language; its errors and the summaries the overview lists go through the cli bundle's
	 * Messages. Only the benchmarks' own files are left out, see {@link #CLI_BENCHES}.
	 */
	private static final String CLI_SCANNED = "bundles/org.revisit.cli/src/org/revisit/cli/internal";

	/** The benchmarks' files: for developers, in English like docs/benchmarks.md. */
	private static final Set<String> CLI_BENCHES = Set.of("ClaimQueueBench.java", "StartBench.java", "TeamBench.java");

	/** A literal with a letter in it as the message of a command line error, or as a command's summary. */
	private static final Pattern CLI_USER_FACING = Pattern.compile("\\b(?:(?:UsageException|FailedException)\\("
			+ "|ServiceException\\([\\w.]+, |Command\\(\"[\\w ]+\", )\"([^\"]*[\\p{L}][^\"]*)\"");

	/** The benchmarks' errors in the command files: for developers, in English like docs/benchmarks.md. */
	private static final Set<String> CLI_ALLOWED = Set.of(
			"IoCommands.java:'bench simulate' runs on a fresh database of this computer; it takes no --server",
			"IoCommands.java:'bench import' and 'bench plan' measure Derby on this computer, in a temporary ",
			"IoCommands.java:expected 'bench import [--rows N]', 'bench plan [--contacts N]', 'bench claims', "
					+ "'bench queue', 'bench start', 'bench all' or 'bench team ",
			"IoCommands.java:--from must be a date like 2026-11-23, not '",
			"IoCommands.java:'bench all' prints text on this computer; for JSON run each bench with --json");

	/**
	 * The server's command line ({@code revisit server init|start|stop|status}, issue 16): its help, usage errors,
	 * refusals and results go through the server bundle's Messages.
	 */
	private static final List<String> SERVER_SCANNED = List.of(
			"bundles/org.revisit.server/src/org/revisit/server/ServerCommands.java",
			"bundles/org.revisit.server/src/org/revisit/server/ServerApplication.java",
			"bundles/org.revisit.server/src/org/revisit/server/internal/Args.java",
			// the TLS identity's files and PEM files: errors an administrator reads at init and start
			"bundles/org.revisit.server/src/org/revisit/server/ServerFolder.java",
			"bundles/org.revisit.server/src/org/revisit/server/Certificates.java");

	/** The server bundle's message files. */
	private static final String SERVER_MESSAGES = "bundles/org.revisit.server/src/org/revisit/server/internal";

	/**
	 * A literal with a letter in it (escapes such as \n do not count) printed, logged, or made the message of a usage
	 * error or a refusal, or concatenated to one.
	 */
	private static final Pattern SERVER_USER_FACING = Pattern.compile("(?:\\b(?:println|print|printf|readPassword|Bad"
			+ "|IllegalArgumentException|IllegalStateException|IOException|info)\\([^\"();]*|\\+\\s*)"
			+ "\"((?:[^\"\\\\]|\\\\.)*?\\p{L}(?:[^\"\\\\]|\\\\.)*)\"");

	/** The server's literals that stay English, with the reason. */
	private static final Map<String, String> SERVER_ALLOWED = Map.of(
			"ServerCommands.java:Recovering the database ", "a line of the server's log, which is English for support",
			"ServerCommands.java: (it was not shut down cleanly)...", "a line of the server's log, English for support",
			"ServerCommands.java:Stopping...", "a line of the server's log, which is English for support",
			"ServerCommands.java:Stopped; the database is closed.", "a line of the server's log, English for support",
			"ServerCommands.java:https://", "the scheme of a URL",
			"ServerCommands.java:%s", "the format that prints a translated prompt on the console",
			"ServerCommands.java:%s%n", "the format that prints a translated line on the console",
			"ServerFolder.java:\\n-----END CERTIFICATE-----\\n", "the PEM format's own marker",
			"Certificates.java:An identity needs a certificate", "a programming error (an empty chain), no input's");

	/** Text files whose English is not in the file: the reports' English headings are the core's own names. */
	private static final Set<String> ENGLISH_ELSEWHERE = Set.of("headings_zh.properties");

	private static Path repository() {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("bundles/org.revisit.ui"))) {
				return p;
			}
		}
		throw new AssertionError("no checkout with bundles/org.revisit.ui above " + Path.of("").toAbsolutePath());
	}

	private static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			p.load(in);
		}
		return p;
	}

	private static List<Path> files(Path under, String suffix) throws IOException {
		try (Stream<Path> all = Files.walk(under)) {
			return all.filter(f -> f.toString().endsWith(suffix) && !f.toString().contains("/target/")
					&& !f.toString().contains("/bin/")).sorted().toList();
		}
	}

	@Test
	void everyKeyIsThereInBothLanguagesInEveryBundle() throws IOException {
		Path bundles = repository().resolve("bundles");
		List<String> problems = new ArrayList<>();
		int pairs = 0;
		for (Path zh : files(bundles, "_zh.properties")) {
			if (zh.toString().contains(".nl_zh/") || ENGLISH_ELSEWHERE.contains(zh.getFileName().toString())) {
				// a fragment org.revisit.*.nl_zh translates its host's own file (JFace's, the workbench's, p2's...), which
				// is not ours (PlatformNlsUiTest checks the p2 and security ones against their hosts); or English comes
				// from the core
				continue;
			}
			Path en = zh.resolveSibling(zh.getFileName().toString().replace("_zh.properties", ".properties"));
			if (!Files.isRegularFile(en)) {
				problems.add(zh + " has no English file");
				continue;
			}
			pairs++;
			Set<String> enKeys = new TreeSet<>(load(en).stringPropertyNames());
			Set<String> zhKeys = new TreeSet<>(load(zh).stringPropertyNames());
			Set<String> onlyEn = new TreeSet<>(enKeys);
			onlyEn.removeAll(zhKeys);
			Set<String> onlyZh = new TreeSet<>(zhKeys);
			onlyZh.removeAll(enKeys);
			if (!onlyEn.isEmpty()) {
				problems.add(bundles.relativize(zh) + " lacks " + onlyEn);
			}
			if (!onlyZh.isEmpty()) {
				problems.add(bundles.relativize(en) + " lacks " + onlyZh);
			}
		}
		assertTrue(pairs >= 12, "the text files were found: " + pairs);
		assertEquals(List.of(), problems);
	}

	@Test
	void everyMessagesFieldHasItsTextInBothLanguages() throws IOException {
		Pattern field = Pattern.compile("public static String (\\w+);");
		Pattern bundleName = Pattern.compile("BUNDLE_NAME = \"([\\w.]+)\"");
		List<String> problems = new ArrayList<>();
		int classes = 0;
		Path root = repository();
		for (Path java : files(root.resolve("bundles"), "Messages.java")) {
			String text = Files.readString(java);
			Matcher name = bundleName.matcher(text);
			if (!text.contains("extends NLS") || !name.find()) {
				continue;
			}
			classes++;
			Path src = java;
			while (!src.getFileName().toString().equals("src")) {
				src = src.getParent();
			}
			Path base = src.resolve(name.group(1).replace('.', '/'));
			for (String suffix : List.of(".properties", "_zh.properties")) {
				Path file = Path.of(base + suffix);
				if (!Files.isRegularFile(file)) {
					problems.add(root.relativize(java) + ": no " + root.relativize(file));
					continue;
				}
				Set<String> keys = load(file).stringPropertyNames();
				Matcher f = field.matcher(text);
				while (f.find()) {
					if (!keys.contains(f.group(1))) {
						problems.add(root.relativize(file) + " lacks " + f.group(1));
					}
				}
			}
		}
		assertTrue(classes >= 8, "the Messages classes were found: " + classes);
		assertEquals(List.of(), problems);
	}

	@Test
	void noUserFacingLiteralIsLeft() throws IOException {
		Path root = repository();
		List<String> found = new ArrayList<>();
		for (String dir : SCANNED) {
			for (Path java : files(root.resolve(dir), ".java")) {
				List<String> lines = Files.readAllLines(java);
				for (int i = 0; i < lines.size(); i++) {
					Matcher m = USER_FACING.matcher(lines.get(i));
					while (m.find()) {
						String key = java.getFileName() + ":" + m.group(2);
						if (!ALLOWED.containsKey(key)) {
							found.add(root.relativize(java) + ":" + (i + 1) + ": \"" + m.group(2) + "\"");
						}
					}
				}
			}
		}
		assertEquals(List.of(), found, "user-facing text belongs in the Messages of its bundle");
	}

	/**
	 * Services whose refusals users read, checked line by line: a string literal with a letter in it is on a line
	 * marked as not for users ({@code //$NON-NLS-n$}: SQL, ids, the audit trail's English); the rest comes from the
	 * core's {@code Messages}.
	 */
	private static final List<String> MARKED = List.of(
			"bundles/org.revisit.core/src/org/revisit/core/service/local/LocalAnswerService.java");

	/** The first string literal of a line with a letter in it (read quote by quote), or {@code null}. */
	private static String literalWithLetter(String line) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\'') {
				i += line.startsWith("\\", i + 1) ? 3 : 2; // a char literal, '"' or '\"'
			} else if (c == '"') {
				int end = i + 1;
				while (end < line.length() && line.charAt(end) != '"') {
					end += line.charAt(end) == '\\' ? 2 : 1;
				}
				String literal = line.substring(i, Math.min(end + 1, line.length()));
				if (literal.replaceAll("\\\\.", "").codePoints().anyMatch(Character::isLetter)) {
					return literal;
				}
				i = end;
			}
		}
		return null;
	}

	@Test
	void theAnswerServiceSpeaksTheUsersLanguage() throws IOException {
		Path root = repository();
		List<String> found = new ArrayList<>();
		for (String file : MARKED) {
			List<String> lines = Files.readAllLines(root.resolve(file));
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).strip();
				if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//") || line.startsWith("@")) {
					continue;
				}
				String literal = literalWithLetter(line);
				if (literal != null && !line.contains("$NON-NLS-")) {
					found.add(file + ":" + (i + 1) + ": " + literal);
				}
			}
		}
		assertEquals(List.of(), found, "a refusal users read belongs in the core's Messages");
		assertEquals("\"entry is empty\"", literalWithLetter("throw invalid(\"entry is empty\");"));
		assertNull(literalWithLetter("x.split(\",\"); String.join(\" \", ids) + \" \\u2026\"; c == '\"'"));
	}

	@Test
	void noManagerFacingLiteralIsLeftInTheCommandLine() throws IOException {
		Path root = repository();
		List<String> found = new ArrayList<>();
		List<Path> scanned = files(root.resolve(CLI_SCANNED), ".java").stream()
				.filter(f -> !CLI_BENCHES.contains(f.getFileName().toString())).toList();
		assertTrue(scanned.size() >= 20 && scanned.stream().anyMatch(f -> f.endsWith("UserCommands.java")),
				"every command file is scanned: " + scanned);
		for (Path java : scanned) {
			List<String> lines = Files.readAllLines(java);
			for (int i = 0; i < lines.size(); i++) {
				Matcher m = CLI_USER_FACING.matcher(lines.get(i));
				while (m.find()) {
					if (!CLI_ALLOWED.contains(java.getFileName() + ":" + m.group(1))) {
						found.add(root.relativize(java) + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
					}
				}
			}
		}
		assertEquals(List.of(), found, "the command line's errors and summaries belong in org.revisit.cli's Messages");
		Matcher m = CLI_USER_FACING.matcher("throw new UsageException(\"--from is required\"); new Command(\"x y\", \"does x\",");
		assertTrue(m.find() && m.group(1).equals("--from is required"));
		assertTrue(m.find() && m.group(1).equals("does x"), "the scan finds literals");
	}

	@Test
	void noAdministratorFacingLiteralIsLeftInTheServersCommandLine() throws IOException {
		Path root = repository();
		List<String> found = new ArrayList<>();
		for (String file : SERVER_SCANNED) {
			Path java = root.resolve(file);
			List<String> lines = Files.readAllLines(java);
			for (int i = 0; i < lines.size(); i++) {
				Matcher m = SERVER_USER_FACING.matcher(lines.get(i));
				while (m.find()) {
					if (!SERVER_ALLOWED.containsKey(java.getFileName() + ":" + m.group(1))) {
						found.add(file + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
					}
				}
			}
		}
		assertEquals(List.of(), found, "the server's help, errors and results belong in org.revisit.server's Messages");
		Matcher m = SERVER_USER_FACING.matcher("err.println(\"revisit server: a server is running on \" + data"
				+ " + \" (process \"); throw new Args.Bad(\"--\" + name + \" needs a value\"); x + \"\\n\" + y;");
		assertTrue(m.find() && m.group(1).equals("revisit server: a server is running on "));
		assertTrue(m.find() && m.group(1).equals(" (process "));
		assertTrue(m.find() && m.group(1).equals(" needs a value"), "the scan finds literals");
		assertTrue(!m.find(), "an escape is not a letter");
	}

	@Test
	void theServersMessageFilesHaveTheSameKeys() throws IOException {
		Path dir = repository().resolve(SERVER_MESSAGES);
		Set<String> en = new TreeSet<>(load(dir.resolve("messages.properties")).stringPropertyNames());
		Set<String> zh = new TreeSet<>(load(dir.resolve("messages_zh.properties")).stringPropertyNames());
		assertTrue(en.size() >= 40 && en.contains("Server_usage"), "the server's messages were read: " + en);
		assertEquals(en, zh);
		String text = Files.readString(dir.resolve("messages_zh.properties"), StandardCharsets.ISO_8859_1);
		assertTrue(text.chars().allMatch(c -> c < 128), "the Chinese file is written in \\uXXXX escapes");
	}

	/**
	 * The command line's texts with {0} go through NLS.bind, which drops a single apostrophe (it quotes) and prints
	 * two as one; the texts without are printed as they are. So an apostrophe is doubled exactly in the texts with
	 * placeholders, in both languages.
	 */
	@Test
	void theCommandLinesApostrophesArePrintedAsWritten() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (String name : List.of(CLI_SCANNED + "/messages.properties", CLI_SCANNED + "/messages_zh.properties",
				SERVER_MESSAGES + "/messages.properties", SERVER_MESSAGES + "/messages_zh.properties")) {
			Properties texts = load(repository().resolve(name));
			for (String key : new TreeSet<>(texts.stringPropertyNames())) {
				String text = texts.getProperty(key);
				boolean bound = Pattern.compile("\\{\\d\\}").matcher(text).find();
				if (bound ? text.replace("''", "").contains("'") : text.contains("''")) {
					wrong.add(name + ": " + key + " = " + text);
				}
			}
		}
		assertEquals(List.of(), wrong, "with {0}, write '' for an apostrophe; without, write '");
	}

	/**
	 * Where the services' and the store's refusals are made (issue 16): the message of each of their exceptions
	 * users read comes from the core's or the store's {@code Messages}.
	 */
	private static final List<String> REFUSALS_SCANNED = List.of("bundles/org.revisit.core/src/org/revisit/core/service",
			"bundles/org.revisit.core/src/org/revisit/core/io", "bundles/org.revisit.store/src");

	/**
	 * A literal with a letter in it among the arguments of a service's or the store's exception, or of the services'
	 * {@code invalid(...)} and {@code refusal(...)}, up to the end of the statement (a message may span lines).
	 */
	private static final Pattern REFUSAL = Pattern.compile("\\b(?:new (?:ServiceException|StoreException"
			+ "|StaleDataException|ValidationException|PlanningBusyException|CancellationException|ImportException)"
			+ "|invalid|refusal)"
			+ "\\(([^;{]*?)\"((?:[^\"\\\\\\n]|\\\\.)*?\\p{L}(?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

	/**
	 * The store's messages no user reads in normal use, each with the reason: file and the literal (its start).
	 * A programming error is a check the services make first with a worded refusal of their own; a database or
	 * packaging failure goes to the log, and the team server sends only its kind ({@code Failures}).
	 */
	private static final Map<String, String> REFUSALS_ALLOWED = Map.ofEntries(
			Map.entry("AuditRepository.java:An audit entry for ", "programming error: Audit.record always names the user"),
			Map.entry("AuditRepository.java:An audit entry needs an action of capital letters and underscores, not '",
					"programming error: the services use AuditActions' constants"),
			Map.entry("AuditRepository.java:The entity type of an audit entry has at most ",
					"programming error: entity types are the services' constants"),
			Map.entry("AuditRepository.java:The name of the user making the change is missing; changes are audited",
					"programming error: every service has its principal's user"),
			Map.entry("CallDrafts.java:The outcome of the call on task ",
					"programming error: the call service sets the agent and the start"),
			Map.entry("CallbackRepository.java: needs a stored contact",
					"programming error: the callback service refuses first (Callbacks_noContact)"),
			Map.entry("CallbackRepository.java: for contact ",
					"programming error: the callback service refuses a missing time first (Callbacks_noTime), sets the source"),
			Map.entry("ImportTransaction.java: [SQLState ", "a database failure for the log; clients get its kind only"),
			Map.entry("OutcomeRepository.java:A call outcome needs its stored call task and contact; use insert(contactId, ",
					"programming error: names the method to use instead"),
			Map.entry("OutcomeRepository.java:The call outcome for contact ",
					"programming error: the call service sets the agent and the start"),
			Map.entry("PlanRuns.java:Cannot take the planning lock: ", "a database failure (SQL) for the log"),
			Map.entry("ScriptRepository.java:Script ",
					"programming error: a stored version is 1 or more; names insertNewVersion"),
			Map.entry("ScriptRepository.java:Cannot write script ", "programming error: EMF cannot serialise the model"),
			Map.entry("TaskClaims.java:Cannot claim task ", "a database failure (SQL) for the log"),
			Map.entry("UserRepository.java:A user needs a name", "programming error: the user service refuses first (Users_noName)"),
			Map.entry("UserRepository.java:User ", "programming error: the user service refuses first (Users_noRole)"),
			Map.entry("Migrations.java:Schema script schema/", "packaging error: the store bundle lacks its schema"),
			Map.entry("Migrations.java:Cannot read schema script ", "packaging error: the store bundle lacks its schema"),
			Map.entry("UtcTimestamps.java:Table ", "programming error: every table has a primary key"));

	/**
	 * The client of a Revisit server (issue 16): the first literal with a letter in an exception it makes is either
	 * worded by its {@code Messages} or listed here with the reason no user reads it.
	 */
	private static final Pattern REMOTE_THROWN = Pattern.compile("\\bnew \\w*(?:Exception|Error)\\(");

	private static final Map<String, String> REMOTE_ALLOWED = Map.ofEntries(
			Map.entry("PinnedTls.java:\"This Java has no TLS: \"", "packaging error: every JDK has TLS; for the log"),
			Map.entry("PinnedTls.java:\"A Revisit client does not accept client certificates\"",
					"programming error: a client's trust manager is never asked about clients"),
			Map.entry("KnownServers.java:\"Cannot take the fingerprint of a certificate: \"",
					"packaging error: every JDK has SHA-256; for the log"),
			Map.entry("KnownServers.java:\"A SHA-256 fingerprint is 32 hex pairs joined by colons, not '\"",
					"programming error: trust() is given the fingerprint the client computed"),
			Map.entry("RemoteServices.java:\"These services were closed\"",
					"programming error: the workbench and the command line close their services last"),
			Map.entry("RemoteServices.java:\"null\"", "the JSON value the server answered, quoted as it is in a worded text"),
			Map.entry("ServiceCatalog.java:\" overloads \"", "programming error: checked when the catalog is built"),
			Map.entry("ValueAdapters.java:\"' is not \"", "protocol error for the log: client and server share the codec"),
			Map.entry("ValueAdapters.java:\"not base64 bytes at \"", "protocol error for the log"),
			Map.entry("ValueAdapters.java:\"expected \"", "protocol error for the log"),
			Map.entry("StrictEnumAdapterFactory.java:\"' is not a \"", "protocol error for the log"),
			Map.entry("EObjectAdapterFactory.java:", "protocol and programming errors for the log: the model's codec"));

	@Test
	void theServersClientSpeaksTheUsersLanguage() throws IOException {
		Path root = repository();
		List<String> found = new ArrayList<>();
		int files = 0;
		for (Path java : files(root.resolve("bundles/org.revisit.remote/src"), ".java")) {
			files++;
			String name = java.getFileName().toString();
			String text = Files.readString(java);
			Matcher m = REMOTE_THROWN.matcher(text);
			while (m.find()) {
				int end = text.indexOf(';', m.end());
				String literal = literalWithLetter(text.substring(m.end(), end < 0 ? text.length() : end));
				if (literal != null && !REMOTE_ALLOWED.containsKey(name + ":" + literal)
						&& !REMOTE_ALLOWED.containsKey(name + ":")) {
					int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
					found.add(root.relativize(java) + ":" + (line + 1) + ": " + literal);
				}
			}
		}
		assertTrue(files > 10, "the client was scanned: " + files);
		assertEquals(List.of(), found, "what the client tells users belongs in org.revisit.remote's Messages");
		assertEquals("\"The server showed no certificate\"",
				literalWithLetter("(\"The server showed no certificate\")"), "the old literal would be caught");
	}

	@Test
	void theServicesAndTheStoreRefuseInTheUsersLanguage() throws IOException {
		Path root = repository();
		List<String> found = new ArrayList<>();
		int files = 0;
		for (String dir : REFUSALS_SCANNED) {
			for (Path java : files(root.resolve(dir), ".java")) {
				files++;
				String name = java.getFileName().toString();
				String text = Files.readString(java);
				List<String> lines = Files.readAllLines(java);
				Matcher m = REFUSAL.matcher(text);
				while (m.find()) {
					int line = (int) text.substring(0, m.start(2)).chars().filter(c -> c == '\n').count();
					if (lines.get(line).contains("$NON-NLS-")) {
						continue; // a field's path or a developer's text, marked as such
					}
					if (!REFUSALS_ALLOWED.containsKey(name + ":" + m.group(2))) {
						found.add(root.relativize(java) + ":" + (line + 1) + ": \"" + m.group(2) + "\"");
					}
				}
			}
		}
		assertTrue(files > 100, "the services, io and the store were scanned: " + files);
		assertEquals(List.of(), found, "a refusal users read belongs in the Messages of the core or the store");
		Matcher m = REFUSAL.matcher("throw invalid(name + \": a value\"); throw new ServiceException(Kind.INVALID,\n"
				+ "\t\t\"call \" + id); x(\"not this\");");
		assertTrue(m.find() && m.group(2).equals(": a value"), "a literal after another argument");
		assertTrue(m.find() && m.group(2).equals("call "), "a literal on the next line");
		assertTrue(!m.find(), "only in refusals");
	}

	/**
	 * One mechanism: the bundles' texts are Eclipse NLS {@code Messages}; java.util.ResourceBundle is left only
	 * where the keys are not known in advance.
	 */
	private static final Map<String, String> RESOURCE_BUNDLE_ALLOWED = Map.of(
			"InstalledBundles.java", "reads installed call-type bundles' plugin.properties without the framework, "
					+ "the framework's own format (Bundle-Localization)",
			"Headings.java", "the results' headings are keyed by the core's report names (no English file, see "
					+ "ENGLISH_ELSEWHERE)");

	@Test
	void oneMechanismForTexts() throws IOException {
		Path root = repository();
		List<String> found = new ArrayList<>();
		for (Path java : files(root.resolve("bundles"), ".java")) {
			if (Files.readString(java).contains("java.util.ResourceBundle")
					&& !RESOURCE_BUNDLE_ALLOWED.containsKey(java.getFileName().toString())) {
				found.add(root.relativize(java).toString());
			}
		}
		assertEquals(List.of(), found, "texts are NLS Messages");
	}

	/**
	 * The Results view words the reports' English names (tables, columns) through {@code headings_zh.properties}
	 * and shows a name it does not find in English: so every name {@code ReportTables} gives has its Chinese there
	 * (the key as {@code Headings.of} makes it; "Calling per " is completed by what the calls are grouped by).
	 */
	@Test
	void everyReportHeadingHasItsChinese() throws IOException {
		Path root = repository();
		String source = Files.readString(root.resolve("bundles/org.revisit.core/src/org/revisit/core/report/ReportTables.java"))
				.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
		Properties zh = load(root.resolve("bundles/org.revisit.ui/src/org/revisit/ui/results/headings_zh.properties"));
		List<String> missing = new ArrayList<>();
		int names = 0;
		Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(source);
		while (m.find()) {
			String name = m.group(1);
			if (!name.matches(".*[A-Za-z].*")) {
				continue;
			}
			List<String> shown = name.endsWith(" ")
					? Stream.of("campaign", "call type", "agent", "day").map(by -> name + by).toList()
					: List.of(name);
			for (String english : shown) {
				names++;
				String key = english.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
						.replaceAll("^_|_$", "");
				if (zh.getProperty(key) == null) {
					missing.add(english + " (" + key + ")");
				}
			}
		}
		assertTrue(names > 50, "the scan reads the names: " + names);
		assertEquals(List.of(), missing, "report names without Chinese in headings_zh.properties");
	}

	@Test
	void theScanFindsALiteral() {
		Matcher m = USER_FACING.matcher("label.setText(\"Save\"); problems.add(\"not planned\");");
		assertTrue(m.find() && m.group(2).equals("Save"));
		assertTrue(m.find() && m.group(2).equals("not planned"));
		assertTrue(!USER_FACING.matcher("label.setText(\"\"); x.setText(Messages.A);").find());
	}
}
