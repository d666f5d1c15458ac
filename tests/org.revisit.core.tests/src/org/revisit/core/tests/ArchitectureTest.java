package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The workbench and the command line go through the services ({@code org.revisit.core.service.Services}), never to
 * the database: in team mode there is none on the agent's machine. This reads their sources and fails on any use of
 * JDBC ({@code java.sql}), of the store ({@code org.revisit.store.Store}, {@code StoreConfig}) or of a repository
 * (the records a repository declares, such as {@code TaskRepository.QueueItem}, are data and allowed). And SQL
 * statements are run by the store only: no other bundle prepares a statement or reads a result set, but for the
 * exceptions listed with their reason ({@link #sqlStaysInTheStore}); nor does any hold a JDBC connection, but for
 * the exceptions listed ({@link #connectionsStayInTheStore}).
 */
class ArchitectureTest {

	/** What the clients must not name: JDBC, the store and its configuration, a repository class, all of the store. */
	private static final Pattern FORBIDDEN = Pattern.compile("\\bjava\\.sql\\b|\\borg\\.revisit\\.store\\.(?:Store|StoreConfig)\\b"
			+ "|\\borg\\.revisit\\.store\\.\\w+Repository\\b(?!\\.[A-Z])|\\borg\\.revisit\\.store\\.\\*");

	/** Only the application may see the local services (it makes them). */
	private static final Pattern LOCAL_SERVICES = Pattern.compile("\\bLocalServices\\b");

	/**
	 * The files allowed to, each with the reason. Something must open the embedded database: the workbench does
	 * that in one class.
	 */
	private static final Map<String, String> ALLOWED = Map.of(
			"bundles/org.revisit.rcp/src/org/revisit/rcp/internal/EmbeddedDatabase.java",
			"opens the embedded database for the desktop's local services",
			"bundles/org.revisit.cli/src/org/revisit/cli/internal/EmbeddedData.java",
			"opens the embedded database of a data folder for the command line's local services");

	@Test
	void theWorkbenchGoesThroughTheServices() {
		List<String> found = new ArrayList<>();
		found.addAll(violations("bundles/org.revisit.ui", FORBIDDEN));
		found.addAll(violations("bundles/org.revisit.rcp", FORBIDDEN));
		found.addAll(violations("bundles/org.revisit.ui", LOCAL_SERVICES));
		assertEquals(List.of(), found, "the workbench reaches past the services");
	}

	@Test
	void theCommandLineGoesThroughTheServices() {
		assertEquals(List.of(), violations("bundles/org.revisit.cli", FORBIDDEN),
				"the command line reaches past the services");
	}

	/** SQL statements and their results: what only the store runs (issue 16). */
	private static final Pattern SQL = Pattern.compile("\\b(?:java\\.sql\\.)?(?:Prepared|Callable)?Statement\\b"
			+ "|\\bResultSet\\b|\\.(?:prepareStatement|createStatement|prepareCall)\\(");

	/**
	 * The classes outside the store that may still run SQL, each with the reason. The benchmarks measure our code
	 * next to a raw SQL baseline (or fill a database faster than the product would); the report and answer classes
	 * are listed until their SQL moves into the store (they were being reworked when this rule came): remove a line
	 * here when its class stops running SQL, the list only shrinks.
	 */
	private static final Map<String, String> SQL_OUTSIDE_THE_STORE = Map.ofEntries(
			Map.entry("bundles/org.revisit.core/src/org/revisit/core/report/ReportBenchmark.java", "benchmark: raw SQL baseline"),
			Map.entry("bundles/org.revisit.core/src/org/revisit/core/plan/ClaimQueueBenchmark.java", "benchmark: raw SQL baseline"),
			Map.entry("bundles/org.revisit.core/src/org/revisit/core/plan/PlanBenchmark.java", "benchmark: raw SQL baseline"),
			Map.entry("bundles/org.revisit.core/src/org/revisit/core/io/ImportBenchmark.java", "benchmark: raw SQL baseline"),
			Map.entry("bundles/org.revisit.server/src/org/revisit/server/bench/CallCheck.java", "team benchmark's check"));

	/** Every bundle but the store runs its SQL through the store's classes. */
	@Test
	void sqlStaysInTheStore() {
		List<String> found = new ArrayList<>();
		try (Stream<Path> bundles = Files.list(repository().resolve("bundles"))) {
			for (Path bundle : bundles.sorted().toList()) {
				String name = "bundles/" + bundle.getFileName();
				if (!name.equals("bundles/org.revisit.store") && Files.isDirectory(bundle.resolve("src"))) {
					found.addAll(violations(name, SQL, SQL_OUTSIDE_THE_STORE));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertEquals(List.of(), found, "SQL outside the store (move it into a class of org.revisit.store)");
		for (String allowed : SQL_OUTSIDE_THE_STORE.keySet()) {
			assertTrue(Files.isRegularFile(repository().resolve(allowed)), "an exception names a file that is gone: " + allowed);
		}
	}

	/**
	 * A JDBC connection, named (imported, {@code java.sql.*} or spelled out), turned into a unit of work
	 * ({@code Store.transactionOn}) or taken from the store ({@code store.read(c -> ...)},
	 * {@code store.inTransaction(c -> ...)}): the store's public methods take its {@code Tx} instead (issue 16).
	 */
	private static final Pattern CONNECTION = Pattern.compile("\\bjava\\.sql\\.(?:Connection\\b|\\*)|\\.transactionOn\\("
			+ "|\\.(?:read|inTransaction)\\(\\w+\\s*->");

	/**
	 * The classes outside the store that may still hold a JDBC connection, each with the reason: the benchmarks,
	 * which measure our code next to a raw SQL baseline, and the team benchmark's check of the stored calls. The
	 * list only shrinks.
	 */
	private static final Map<String, String> CONNECTION_OUTSIDE_THE_STORE = Map.ofEntries(
			Map.entry("bundles/org.revisit.core/src/org/revisit/core/plan/ClaimQueueBenchmark.java", "benchmark: raw SQL baseline"),
			Map.entry("bundles/org.revisit.core/src/org/revisit/core/io/ImportBenchmark.java", "benchmark: raw SQL baseline"),
			Map.entry("bundles/org.revisit.core/src/org/revisit/core/plan/PlanBenchmark.java", "benchmark: raw SQL baseline"),
			Map.entry("bundles/org.revisit.core/src/org/revisit/core/report/ReportBenchmark.java", "benchmark: raw SQL baseline"),
			Map.entry("bundles/org.revisit.server/src/org/revisit/server/bench/CallCheck.java", "team benchmark's check"));

	/** Every bundle but the store hands the store's methods a {@code Tx}, never a connection of its own. */
	@Test
	void connectionsStayInTheStore() {
		List<String> found = new ArrayList<>();
		try (Stream<Path> bundles = Files.list(repository().resolve("bundles"))) {
			for (Path bundle : bundles.sorted().toList()) {
				String name = "bundles/" + bundle.getFileName();
				if (!name.equals("bundles/org.revisit.store") && Files.isDirectory(bundle.resolve("src"))) {
					found.addAll(violations(name, CONNECTION, CONNECTION_OUTSIDE_THE_STORE));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertEquals(List.of(), found, "a JDBC connection outside the store (use Store.transaction/reading and a Tx)");
		for (String allowed : CONNECTION_OUTSIDE_THE_STORE.keySet()) {
			assertTrue(Files.isRegularFile(repository().resolve(allowed)), "an exception names a file that is gone: " + allowed);
		}
	}

	@Test
	void theConnectionCheckSeesWhatItLooksFor() {
		assertTrue(CONNECTION.matcher("import java.sql.Connection;").find());
		assertTrue(CONNECTION.matcher("import java.sql.*;").find());
		assertTrue(CONNECTION.matcher("static void record(java.sql.Connection c, Store store) {").find());
		assertTrue(CONNECTION.matcher("load.publish(store.transactionOn(c));").find());
		assertTrue(CONNECTION.matcher("return store.read(c -> ReportQueries.calling(c, f, null));").find());
		assertTrue(CONNECTION.matcher("store.inTransaction(c -> {").find());
		assertTrue(!CONNECTION.matcher("return store.reading(tx -> ReportQueries.calling(tx, f, null));").find());
		assertTrue(!CONNECTION.matcher("import java.sql.SQLException;").find());
		assertTrue(!CONNECTION.matcher("import java.sql.ConnectionBuilder;").find());
		assertTrue(!CONNECTION.matcher("store.transaction(tx -> store.users().lockAll(tx));").find());
		assertTrue(!violations("bundles/org.revisit.store", CONNECTION, Map.of()).isEmpty(), "the store itself is found");
	}

	/**
	 * The CSV importers hold no JDBC connection: their lookups and writes go through the store's
	 * {@code ImportTransaction} (issue 15). The import benchmark keeps its raw JDBC baseline.
	 */
	@Test
	void theImportersUseNoJdbc() {
		String io = "bundles/org.revisit.core/src/org/revisit/core/io/";
		List<String> found = violations("bundles/org.revisit.core", Pattern.compile("\\bjava\\.sql\\b"),
				Map.of(io + "ImportBenchmark.java", "benchmark: raw SQL baseline"));
		assertEquals(List.of(), found.stream().filter(f -> f.startsWith(io)).toList(), "JDBC in the importers");
		assertTrue(violations("bundles/org.revisit.core", Pattern.compile("\\bjava\\.sql\\b"), Map.of()).stream()
				.anyMatch(f -> f.startsWith(io + "ImportBenchmark.java")), "the check sees the benchmark's JDBC");
	}

	@Test
	void theSqlCheckSeesWhatItLooksFor() {
		assertTrue(SQL.matcher("try (PreparedStatement p = c.prepareStatement(\"SELECT 1\")) {").find());
		assertTrue(SQL.matcher("import java.sql.ResultSet;").find());
		assertTrue(SQL.matcher("try (Statement s = c.createStatement()) {").find());
		assertTrue(SQL.matcher("c.prepareCall(\"CALL x()\")").find());
		assertTrue(!SQL.matcher("import java.sql.SQLException;").find());
		assertTrue(!SQL.matcher("String statements = \"the statement of account\";").find());
		assertTrue(!violations("bundles/org.revisit.store", SQL, Map.of()).isEmpty(), "the store itself is found");
	}

	@Test
	void theCheckSeesWhatItLooksFor() {
		assertTrue(FORBIDDEN.matcher("import java.sql.Connection;").find());
		assertTrue(FORBIDDEN.matcher("import org.revisit.store.Store;").find());
		assertTrue(FORBIDDEN.matcher("import org.revisit.store.StoreConfig;").find());
		assertTrue(FORBIDDEN.matcher("import org.revisit.store.TaskRepository;").find());
		assertTrue(FORBIDDEN.matcher("{@link org.revisit.store.TaskRepository#overdueCount}").find());
		assertTrue(FORBIDDEN.matcher("import org.revisit.store.*;").find());
		assertTrue(!FORBIDDEN.matcher("import org.revisit.store.TaskRepository.QueueItem;").find());
		assertTrue(!FORBIDDEN.matcher("import org.revisit.store.StaleDataException;").find());
		assertTrue(!FORBIDDEN.matcher("import org.revisit.store.Counts;").find());
		assertTrue(!violations("bundles/org.revisit.store", FORBIDDEN).isEmpty(), "the store itself is found");
	}

	/**
	 * Jobs made ad hoc and work handed to the UI thread by hand: what only {@code Background} does in the workbench
	 * (issue 16). A job that asks a widget for its display, or hands its result to a view that was closed
	 * meanwhile, throws "Widget is disposed"; the helper takes the display on the UI thread and delivers only while
	 * the owner is alive (and, for a search, only the newest answer).
	 */
	private static final Pattern JOB_OR_UI_THREAD = Pattern.compile("\\bnew\\s+Job\\s*\\(|\\bJob\\.create\\s*\\("
			+ "|\\.\\s*(?:async|sync)Exec\\s*\\(");

	private static final String UI = "bundles/org.revisit.ui/src/org/revisit/ui/";
	private static final String RCP = "bundles/org.revisit.rcp/src/org/revisit/rcp/";

	/** The classes that may, each with the reason. The list only shrinks. */
	private static final Map<String, String> JOBS_AND_UI_THREAD_ALLOWED = Map.of(
			UI + "internal/Background.java", "the helper itself",
			RCP + "RevisitApplication.java", "IApplication.stop is called on another thread: closes the workbench on "
					+ "the UI thread (the platform's own pattern; there is no widget to own it)",
			RCP + "internal/EmbeddedDatabase.java", "opens the database before the workbench exists, on a thread of "
					+ "its own while the UI thread spins; syncExec so that the recovery notice is up before Derby "
					+ "goes on");

	/** A class of its own that is a job: a long user job with progress and cancel. */
	private static final Pattern JOB_CLASS = Pattern.compile("\\bextends\\s+Job\\b");

	/**
	 * The long jobs, each with the reason: their progress (a thread of their own watched by the job) and cancel (the
	 * services asked to stop) do not fit a call of the helper; they tell their outcome through the helper
	 * ({@code Background.later}, {@code post}, {@code workbench()}), never to the UI thread themselves.
	 */
	private static final Map<String, String> LONG_JOBS = Map.of(
			UI + "contacts/ExportJob.java", "export with progress and cancel; never a partial file",
			UI + "contacts/BulkJob.java", "bulk change with progress; cancel rolls it back",
			UI + "contacts/ImportJob.java", "import with progress; cancel stores nothing",
			UI + "internal/PlanJob.java", "planning with the service's progress and cancel; one at a time (its family)");

	@Test
	void theWorkbenchMakesItsJobsAndReachesTheUiThreadThroughTheHelper() {
		List<String> found = new ArrayList<>();
		found.addAll(violations("bundles/org.revisit.ui", JOB_OR_UI_THREAD, JOBS_AND_UI_THREAD_ALLOWED));
		found.addAll(violations("bundles/org.revisit.rcp", JOB_OR_UI_THREAD, JOBS_AND_UI_THREAD_ALLOWED));
		assertEquals(List.of(), found, "a job or a hand-off to the UI thread outside Background (use its run, latest, "
				+ "quietly, post or later)");
		List<String> jobs = new ArrayList<>();
		jobs.addAll(violations("bundles/org.revisit.ui", JOB_CLASS, LONG_JOBS));
		jobs.addAll(violations("bundles/org.revisit.rcp", JOB_CLASS, LONG_JOBS));
		assertEquals(List.of(), jobs, "a job class of its own (use Background, or list it here with the reason)");
		for (String allowed : List.of(JOBS_AND_UI_THREAD_ALLOWED.keySet(), LONG_JOBS.keySet()).stream()
				.flatMap(java.util.Set::stream).toList()) {
			assertTrue(Files.isRegularFile(repository().resolve(allowed)), "an exception names a file that is gone: " + allowed);
		}
		assertTrue(violations("bundles/org.revisit.ui", JOB_CLASS, Map.of()).size() == LONG_JOBS.size(),
				"the job check sees the long jobs");
	}

	@Test
	void theJobCheckSeesWhatItLooksFor() {
		assertTrue(JOB_OR_UI_THREAD.matcher("Job job = new Job(NLS.bind(Messages.Import_job, name)) {").find());
		assertTrue(JOB_OR_UI_THREAD.matcher("refresher = Job.create(Messages.QueueView_loadJob, monitor -> {").find());
		assertTrue(JOB_OR_UI_THREAD.matcher("display.asyncExec(() -> finished(done));").find());
		assertTrue(JOB_OR_UI_THREAD.matcher("table.getDisplay().syncExec(this::refresh);").find());
		assertTrue(JOB_OR_UI_THREAD.matcher("Display.getDefault().asyncExec(() -> {").find());
		assertTrue(!JOB_OR_UI_THREAD.matcher("background.post(() -> finished(done));").find());
		assertTrue(!JOB_OR_UI_THREAD.matcher("display.timerExec(LINT_DELAY_MILLIS, later);").find());
		assertTrue(!JOB_OR_UI_THREAD.matcher("new PlanJob(services, false).schedule(2_000);").find());
		assertTrue(JOB_CLASS.matcher("public final class BulkJob extends Job {").find());
		assertTrue(!JOB_CLASS.matcher("public final class BulkJobs extends Jobs {").find());
		assertTrue(!violations("bundles/org.revisit.ui", JOB_OR_UI_THREAD, Map.of()).isEmpty(), "the helper itself is found");
	}

	/**
	 * What the product ships does not know its tests: no manifest of a bundle names a test bundle (in
	 * {@code x-friends} or anywhere). The tests reach internal packages as any outsider would, with the discouraged
	 * access the compiler tolerates in the test bundles only.
	 */
	@Test
	void productManifestsNameNoTestBundle() throws IOException {
		Path bundles = repository().resolve("bundles");
		List<String> found = new ArrayList<>();
		int manifests = 0;
		try (Stream<Path> dirs = Files.list(bundles)) {
			for (Path dir : dirs.sorted().toList()) {
				Path manifest = dir.resolve("META-INF/MANIFEST.MF");
				if (!Files.isRegularFile(manifest)) {
					continue;
				}
				manifests++;
				List<String> lines = Files.readAllLines(manifest);
				for (int i = 0; i < lines.size(); i++) {
					if (TEST_BUNDLE.matcher(lines.get(i)).find()) {
						found.add(bundles.getParent().relativize(manifest) + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertTrue(manifests >= 10, "the manifests are read: " + manifests);
		assertEquals(List.of(), found, "a product manifest names a test bundle");
		assertTrue(TEST_BUNDLE.matcher(" org.revisit.ui;x-friends:=\"org.revisit.rcp,org.revisit.ui.tests\"").find());
		assertTrue(!TEST_BUNDLE.matcher(" org.revisit.ui;x-friends:=\"org.revisit.rcp\"").find());
	}

	/** A bundle name of this project's tests: {@code org.revisit.<anything>.tests} or {@code ...testplugin}. */
	private static final Pattern TEST_BUNDLE = Pattern.compile("\\borg\\.revisit\\.[\\w.]*(?:tests|testplugin)\\b");

	/** Each line of the Java sources under {@code bundle} that matches {@code pattern}, as "file:line: text". */
	private static List<String> violations(String bundle, Pattern pattern) {
		return violations(bundle, pattern, ALLOWED);
	}

	/** As {@link #violations(String, Pattern)}, leaving out the files {@code allowed} names. */
	private static List<String> violations(String bundle, Pattern pattern, Map<String, String> allowed) {
		Path root = repository();
		Path src = root.resolve(bundle).resolve("src");
		assertTrue(Files.isDirectory(src), "the sources are there: " + src);
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(src)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				String name = root.relativize(file).toString().replace('\\', '/');
				if (allowed.containsKey(name)) {
					continue;
				}
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					Matcher m = pattern.matcher(lines.get(i));
					if (m.find()) {
						found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return found;
	}

	/** The checkout: the first folder up from the working directory that holds the bundles. */
	private static Path repository() {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("bundles/org.revisit.ui"))) {
				return p;
			}
		}
		throw new AssertionError("no checkout with bundles/org.revisit.ui above " + Path.of("").toAbsolutePath());
	}
}
