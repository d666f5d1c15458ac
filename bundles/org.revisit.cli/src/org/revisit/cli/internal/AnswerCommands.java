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
				"imports, lists, searches, exports the answer library; lists its versions and restores one",
				"Usage: revisit cli answers import FILE [--dry-run] [--replace] [--json] [--data DIR | --server URL --user NAME]\n"
						+ "       revisit cli answers list [--category TEXT] [--json]\n"
						+ "       revisit cli answers search TEXT [--category TEXT] [--language zh|en] [--limit N] [--json]\n"
						+ "       revisit cli answers export FILE\n"
						+ "       revisit cli answers versions [--json]\n"
						+ "       revisit cli answers restore VERSION\n"
						+ "import reads a training document (UTF-8 or GB18030 text): headings (一)… or 一、… and 1、…\n"
						+ "make categories; (1)客户：… / 客户: / 用户： / Customer: start an entry; 受理人： / 坐席： /\n"
						+ "客服： / Agent: (or a line starting with ：) give the reply; (condition)… and ①②③ lines give\n"
						+ "branches. Every line not understood is reported with its number; a customer line without\n"
						+ "reply is kept and reported. The categories are added to the library in use (--replace:\n"
						+ "they replace it) as a new version; --dry-run only reports.\n"
						+ "list prints the library in use (the built-in one until a team stores its own); search\n"
						+ "finds entries by Chinese or English words or pinyin initials (fwys finds 服务延时);\n"
						+ "--category keeps the categories whose path contains TEXT (or a complaint category such as\n"
						+ "SERVICE_DELAY). export writes the library in the layout import reads.\n"
						+ "versions lists the stored versions, oldest first: who stored each, when, and what changed\n"
						+ "(entries added, changed, removed); restore VERSION makes that version (0: the built-in\n"
						+ "library) the one in use again, as a new version.",
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
			out.println("Wrote " + args.get(1));
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
				throw new UsageException("answers restore: VERSION must be a version number, not '" + args.get(1) + "'");
			}
			try (Services services = Cli.services(options)) {
				int stored = services.answers().restore(version, services.answers().library().version());
				out.println("Restored version " + version + " of the answer library as version " + stored + ".");
			}
			return Cli.OK;
		}
		default -> throw new UsageException("expected 'answers import FILE', 'answers list', 'answers search TEXT', "
				+ "'answers export FILE', 'answers versions' or 'answers restore VERSION'");
		}
	}

	private static void expect(List<String> args, int size, String usage) throws UsageException {
		if (args.size() != size) {
			throw new UsageException("expected '" + usage + "'");
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
		out.printf("%s %d categories, %d entries, %d branches from %s; %d lines reported%s.%n",
				dryRun ? "Would import" : "Imported", countCategories(result.categories()), result.entries(),
				result.branches(), file, result.problems().size(),
				dryRun ? " (dry run: nothing stored)" : "; the library is now version " + result.version());
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
			out.println("No version stored: the built-in library (version 0) is in use.");
			return Cli.OK;
		}
		for (AnswerService.VersionChanges h : history) {
			out.println((h.version().version() == inUse ? "* " : "  ") + "version " + h.version().version() + "  "
					+ Times.local(h.version().createdAt()) + "  " + h.version().createdBy() + "  "
					+ h.version().entries() + " entries; " + h.changes().summary()
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
			out.println("Answer library version " + version + (version == 0 ? " (built-in)" : "") + ", "
					+ hits.size() + " entries");
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
