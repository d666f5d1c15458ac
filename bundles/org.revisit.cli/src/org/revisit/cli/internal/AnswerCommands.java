package org.revisit.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.answers.AnswerBranch;
import org.revisit.core.answers.AnswerCategory;
import org.revisit.core.answers.AnswerEntry;
import org.revisit.core.answers.AnswerLibrary;
import org.revisit.core.answers.AnswerSearch;
import org.revisit.core.answers.ImportProblem;
import org.revisit.core.answers.ImportResult;
import org.revisit.core.service.AnswerService;
import org.revisit.core.service.Services;

/** {@code answers import|list|search|export|versions|restore}: the answer library (投诉标准应答). */
final class AnswerCommands {

	private final PrintStream out;

	AnswerCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(new Cli.Command("answers",
				Messages.Answers_summary, Messages.Answers_help,
				Set.of("data", "category", "language", "limit"), Set.of("json", "dry-run", "replace", "help"), this::run));
	}

	private int run(Options options) throws UsageException, FailedException, IOException {
		List<String> args = options.positional();
		String verb = args.isEmpty() ? "" : args.get(0);
		switch (verb) {
		case "import" -> {
			expect(args, 2, "answers import FILE");
			return importFile(Path.of(args.get(1)), options);
		}
		case "list" -> {
			expect(args, 1, "answers list");
			return list(options);
		}
		case "search" -> {
			expect(args, 2, "answers search TEXT");
			return search(args.get(1), options);
		}
		case "export" -> {
			expect(args, 2, "answers export FILE");
			try (Services services = Cli.services(options)) {
				Files.write(Path.of(args.get(1)), services.answers().export());
			}
			out.println(NLS.bind(Messages.Calendar_wrote, args.get(1)));
			return Cli.OK;
		}
		case "versions" -> {
			expect(args, 1, "answers versions");
			return versions(options);
		}
		case "restore" -> {
			expect(args, 2, "answers restore VERSION");
			int version;
			try {
				version = Integer.parseInt(args.get(1).strip());
			} catch (NumberFormatException e) {
				throw new UsageException(NLS.bind(Messages.Answers_badVersion, args.get(1)));
			}
			try (Services services = Cli.services(options)) {
				int stored = services.answers().restore(version, services.answers().library().version());
				out.println(NLS.bind(Messages.Answers_restored, version, stored));
			}
			return Cli.OK;
		}
		default -> throw new UsageException(Messages.Answers_expected);
		}
	}

	private static void expect(List<String> args, int size, String usage) throws UsageException {
		if (args.size() != size) {
			throw new UsageException(NLS.bind(Messages.Answers_expectedArgs, usage));
		}
	}

	private int importFile(Path file, Options options) throws IOException, UsageException, FailedException {
		byte[] document = TextFiles.read(file).getBytes(StandardCharsets.UTF_8);
		boolean dryRun = options.flag("dry-run");
		ImportResult result;
		try (Services services = Cli.services(options)) {
			result = services.answers().importDocument(document, file.getFileName().toString(),
					options.flag("replace"), dryRun);
		}
		if (options.flag("json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", file.toString());
			json.put("dryRun", dryRun);
			json.put("version", result.version());
			json.put("categories", countCategories(result.categories()));
			json.put("entries", result.entries());
			json.put("branches", result.branches());
			List<Object> problems = new ArrayList<>();
			for (ImportProblem p : result.problems()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("line", p.line());
				m.put("kind", p.kind().name());
				m.put("reason", p.reason() == null ? null : p.reason().name());
				m.put("message", p.message());
				m.put("text", p.text());
				problems.add(m);
			}
			json.put("problems", problems);
			out.println(Json.write(json));
			return Cli.OK;
		}
		for (ImportProblem p : result.problems()) {
			out.println(file + ":" + p.line() + ": " + p.kind().label() + ": " + p.message() + ": " + p.text());
		}
		out.println(NLS.bind(dryRun ? Messages.Answers_wouldImport : Messages.Answers_imported,
				new Object[] { countCategories(result.categories()), result.entries(), result.branches(), file,
						result.problems().size(), result.version() }));
		return Cli.OK;
	}

	private int versions(Options options) throws UsageException, FailedException {
		List<AnswerService.VersionChanges> history;
		int inUse;
		try (Services services = Cli.services(options)) {
			history = services.answers().history();
			inUse = services.answers().library().version();
		}
		if (options.flag("json")) {
			List<Object> list = new ArrayList<>();
			for (AnswerService.VersionChanges h : history) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("version", h.version().version());
				m.put("entries", h.version().entries());
				m.put("createdBy", h.version().createdBy());
				m.put("createdAt", String.valueOf(h.version().createdAt()));
				m.put("note", h.version().note());
				m.put("added", ids(h.changes().added()));
				m.put("changed", ids(h.changes().changed()));
				m.put("removed", ids(h.changes().removed()));
				list.add(m);
			}
			out.println(Json.write(list));
			return Cli.OK;
		}
		if (history.isEmpty()) {
			out.println(Messages.Answers_noVersion);
			return Cli.OK;
		}
		for (AnswerService.VersionChanges h : history) {
			out.println((h.version().version() == inUse ? "* " : "  ") //$NON-NLS-1$ //$NON-NLS-2$
					+ NLS.bind(Messages.Answers_version, h.version().version()) + "  " //$NON-NLS-1$
					+ Times.local(h.version().createdAt()) + "  " + h.version().createdBy() + "  " //$NON-NLS-1$ //$NON-NLS-2$
					+ NLS.bind(Messages.Answers_entries, h.version().entries()) + "; " + h.changes().summary() //$NON-NLS-1$
					+ (h.version().note() == null || h.version().note().isBlank() ? "" : "  (" + h.version().note() + ")"));
		}
		return Cli.OK;
	}

	private static List<String> ids(List<AnswerLibrary.Placed> entries) {
		return entries.stream().map(p -> p.entry().id()).toList();
	}

	private static int countCategories(List<AnswerCategory> categories) {
		int n = 0;
		for (AnswerCategory c : categories) {
			n += 1 + countCategories(c.children());
		}
		return n;
	}

	private int list(Options options) throws UsageException, FailedException {
		String filter = options.value("category");
		try (Services services = Cli.services(options)) {
			AnswerLibrary library = services.answers().library();
			List<AnswerSearch.Hit> hits = new ArrayList<>();
			for (AnswerLibrary.Placed p : library.entries()) {
				if (filter == null || p.pathText().toLowerCase().contains(filter.toLowerCase())
						|| filter.equalsIgnoreCase(p.entry().complaintCategory())) {
					hits.add(new AnswerSearch.Hit(p.entry(), p.pathText(), 0));
				}
			}
			print(library.version(), hits, options.flag("json"));
		}
		return Cli.OK;
	}

	private int search(String text, Options options) throws UsageException, FailedException {
		int limit = options.value("limit") == null ? 20 : options.intValue("limit", 20, 1, 1000);
		try (Services services = Cli.services(options)) {
			print(-1, services.answers().search(text, options.value("category"), options.value("language"), limit),
					options.flag("json"));
		}
		return Cli.OK;
	}

	private void print(int version, List<AnswerSearch.Hit> hits, boolean json) {
		if (json) {
			List<Object> list = new ArrayList<>();
			for (AnswerSearch.Hit h : hits) {
				AnswerEntry e = h.entry();
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("id", e.id());
				m.put("category", h.path());
				m.put("customer", e.customer());
				m.put("reply", e.reply());
				List<Object> branches = new ArrayList<>();
				for (AnswerBranch b : e.branches()) {
					branches.add(Map.of("condition", b.condition(), "reply", b.reply()));
				}
				m.put("branches", branches);
				m.put("tags", e.tags());
				m.put("complaintCategory", e.complaintCategory());
				m.put("language", e.language());
				if (version < 0) {
					m.put("score", h.score());
				}
				list.add(m);
			}
			out.println(Json.write(list));
			return;
		}
		if (version >= 0) {
			out.println(NLS.bind(version == 0 ? Messages.Answers_libraryBuiltin : Messages.Answers_library, version,
					hits.size()));
		}
		String path = null;
		for (AnswerSearch.Hit h : hits) {
			if (!h.path().equals(path)) {
				path = h.path();
				out.println("== " + path);
			}
			AnswerEntry e = h.entry();
			out.println("  [" + e.id() + "] " + e.customer());
			if (e.reply() != null && !e.reply().isBlank()) {
				out.println("      -> " + e.reply());
			}
			for (AnswerBranch b : e.branches()) {
				out.println("      (" + b.condition() + ") " + b.reply());
			}
		}
	}
}
