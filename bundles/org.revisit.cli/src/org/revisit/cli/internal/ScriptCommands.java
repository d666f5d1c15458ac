package org.revisit.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.script.ScriptDiagnostics;
import org.revisit.core.script.ScriptValidator;
import org.revisit.core.script.lint.LanguageLint;
import org.revisit.core.script.lint.SpeakingTime;
import org.revisit.core.script.text.ImportResult;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.model.Answer;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.model.validation.RevisitModelValidator;
import org.revisit.model.validation.SafeText;
import org.revisit.core.service.Services;

/** {@code import script} and {@code script validate}: call scripts in the numbered-step text format. */
final class ScriptCommands {

	/** Language rules in the data folder replace the built-in ones. */
	static final String RULES_FILE = "language-rules.txt";

	private final PrintStream out;
	private final PrintStream err;

	ScriptCommands(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	List<Cli.Command> commands() {
		return List.of(new Cli.Command("import script", Messages.ImportScript_summary, Messages.ImportScript_help,
				Set.of("data", "call-type"), Set.of("json", "help", "builtin"), this::importScript),
				new Cli.Command("script validate", Messages.ScriptValidate_summary, Messages.ScriptValidate_help,
						Set.of("data", "call-type"), Set.of("json", "help"), this::validate));
	}

	/** A parsed file with every script's diagnostics. */
	private record Checked(Path file, ImportResult result, Map<Script, List<Diagnostic>> diagnostics) {

		int errors(Script s) {
			return (int) diagnostics.get(s).stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).count();
		}

		/** Validation and language warnings and the lines of the script that were not understood. */
		int warnings(Script s) {
			return (int) diagnostics.get(s).stream().filter(d -> d.getSeverity() == Diagnostic.WARNING).count()
					+ result.problems(s).size();
		}

		int errors() {
			int n = 0;
			for (Script s : result.scripts()) {
				n += errors(s);
			}
			return n;
		}

		/** Every warning, the lines not understood included (also those outside any script). */
		int warnings() {
			int n = result.problems().size();
			for (Script s : result.scripts()) {
				n += warnings(s) - result.problems(s).size();
			}
			return n;
		}
	}

	private Checked check(Options options) throws UsageException, IOException {
		if (options.positional().size() != 1) {
			throw new UsageException(NLS.bind(Messages.Script_oneFile, options.positional().size()));
		}
		String callType = options.value("call-type");
		if (callType != null) {
			callType = callType.strip();
			checkCallType(callType);
		}
		Path file = Path.of(options.positional().get(0)).toAbsolutePath().normalize();
		String text = TextFiles.read(file);
		String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		ImportResult result = ScriptReader.read(text, name);
		LanguageLint lint = LanguageLint.loadOrDefaults(options.dataDirectory().resolve(RULES_FILE));
		ScriptValidator validator = new ScriptValidator();
		Diagnostician model = RevisitModelValidator.diagnostician();
		Map<Script, List<Diagnostic>> diagnostics = new LinkedHashMap<>();
		for (Script s : result.scripts()) {
			if (callType != null) {
				s.setCallTypeId(callType);
			}
			List<Diagnostic> list = new ArrayList<>(validator.validate(s).getChildren());
			list.addAll(modelErrors(model, s));
			list.addAll(lint.check(s).getChildren());
			diagnostics.put(s, list);
		}
		return new Checked(file, result, diagnostics);
	}

	/** {@code --call-type} names an installed call type; a typo would store scripts no campaign finds. */
	private static void checkCallType(String id) throws UsageException {
		CallTypeRegistry registry = CallTypeRegistry.read();
		if (registry.get(id) == null) {
			List<String> known = registry.all().stream().map(CallTypeDescriptor::id).sorted().toList();
			throw new UsageException(NLS.bind(Messages.Script_unknownCallType, SafeText.echo(id),
					known.isEmpty() ? Messages.Script_none : String.join(", ", known))); //$NON-NLS-1$
		}
	}

	/**
	 * The errors of the model's validator, which the store applies to every script it saves (a title must be
	 * plain text, for one), so that validating finds what importing would refuse. Step numbers and go-to
	 * targets are left to the {@link ScriptValidator}, which says the same with the line.
	 */
	private static List<Diagnostic> modelErrors(Diagnostician model, Script script) {
		List<Diagnostic> errors = new ArrayList<>();
		for (Diagnostic d : model.validate(script).getChildren()) {
			if (d.getSeverity() >= Diagnostic.ERROR && d.getCode() != RevisitModelValidator.STEP_DUPLICATE
					&& d.getCode() != RevisitModelValidator.STEP_MISSING) {
				errors.add(d);
			}
		}
		return errors;
	}

	private int validate(Options options) throws Exception {
		Checked c = check(options);
		if (options.flag("json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", c.file().toString());
			json.put("ok", c.errors() == 0 && !c.result().scripts().isEmpty());
			json.put("errors", c.errors());
			json.put("warnings", c.warnings());
			json.put("problems", problems(c.result()));
			List<Object> scripts = new ArrayList<>();
			for (Script s : c.result().scripts()) {
				scripts.add(describe(c, s));
			}
			json.put("scripts", scripts);
			out.println(Json.write(json));
		} else {
			printReport(c);
		}
		if (c.result().scripts().isEmpty() && c.errors() == 0) {
			err.println("revisit script validate: " + NLS.bind(Messages.Script_noScriptIn, c.file())); //$NON-NLS-1$
			return Cli.FAILED;
		}
		if (c.errors() > 0) {
			err.println("revisit script validate: " + NLS.bind(Messages.Script_errorsIn, c.errors(), c.file())); //$NON-NLS-1$
			return Cli.FAILED;
		}
		return Cli.OK;
	}

	private int importScript(Options options) throws Exception {
		if (options.flag("builtin")) {
			return importBuiltin(options);
		}
		Checked c = check(options);
		List<Script> accepted = new ArrayList<>();
		List<Script> refused = new ArrayList<>();
		for (Script s : c.result().scripts()) {
			(c.errors(s) == 0 ? accepted : refused).add(s);
		}
		if (!accepted.isEmpty()) {
			try (Services services = Cli.services(options)) {
				List<Integer> versions = services.scripts().store(accepted);
				for (int i = 0; i < accepted.size(); i++) {
					accepted.get(i).setScriptVersion(versions.get(i));
				}
			}
		}
		if (options.flag("json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("file", c.file().toString());
			List<Object> stored = new ArrayList<>();
			for (Script s : accepted) {
				Map<String, Object> m = describe(c, s);
				m.put("version", s.getScriptVersion());
				stored.add(m);
			}
			List<Object> notStored = new ArrayList<>();
			for (Script s : refused) {
				notStored.add(describe(c, s));
			}
			json.put("stored", stored);
			json.put("refused", notStored);
			json.put("problems", problems(c.result()));
			out.println(Json.write(json));
		} else {
			printReport(c);
			for (Script s : accepted) {
				int warnings = c.warnings(s);
				print(NLS.bind(Messages.Script_storedSteps, new Object[] { s.getTitle(), s.getScriptId(),
						s.getScriptVersion(), s.getSteps().size(),
						warnings == 0 ? "" : NLS.bind(Messages.Script_andWarnings, warnings) })); //$NON-NLS-1$
			}
		}
		if (!refused.isEmpty() || accepted.isEmpty()) {
			err.println("revisit import script: " + (accepted.isEmpty() && refused.isEmpty() //$NON-NLS-1$
					? NLS.bind(Messages.Script_noScriptIn, c.file())
					: NLS.bind(Messages.Script_notStored, refused.size(), c.file())));
			return Cli.FAILED;
		}
		return Cli.OK;
	}

	private int importBuiltin(Options options) throws UsageException, FailedException {
		if (!options.positional().isEmpty() || options.value("call-type") != null) {
			throw new UsageException(Messages.Script_builtinArgs);
		}
		List<Script> changed = new ArrayList<>();
		List<Script> unchanged = new ArrayList<>();
		BuiltinScripts.Defaults defaults = BuiltinScripts.all();
		try (Services services = Cli.services(options)) {
			for (Script s : defaults.scripts()) {
				Script latest = services.scripts().latest(s.getScriptId());
				if (latest != null) {
					s.setScriptVersion(latest.getScriptVersion());
				}
				(latest != null && EcoreUtil.equals(latest, s) ? unchanged : changed).add(s);
			}
			if (!changed.isEmpty()) {
				List<Integer> versions = services.scripts().store(changed);
				for (int i = 0; i < changed.size(); i++) {
					changed.get(i).setScriptVersion(versions.get(i));
				}
			}
		}
		if (options.flag("json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			List<Object> stored = new ArrayList<>();
			for (Script s : changed) {
				stored.add(Map.of("scriptId", s.getScriptId(), "version", s.getScriptVersion(), "title", s.getTitle()));
			}
			json.put("stored", stored);
			json.put("unchanged", unchanged.size());
			json.put("skipped", defaults.problems());
			out.println(Json.write(json));
		} else {
			for (Script s : changed) {
				out.println(NLS.bind(Messages.Script_stored, new Object[] { s.getTitle(), s.getScriptId(),
						s.getScriptVersion() }));
			}
			defaults.problems().forEach(p -> out.println(NLS.bind(Messages.Script_skipped, p)));
			out.println(NLS.bind(Messages.Script_builtinDone, changed.size(), unchanged.size()));
		}
		return Cli.OK;
	}

	/** Prints the findings; the file's text in them is shown with control characters escaped. */
	private void printReport(Checked c) {
		String file = c.file().toString();
		for (Diagnostic d : c.result().problems()) {
			print(NLS.bind(Messages.Script_warningAt, new Object[] { file, ScriptDiagnostics.line(d),
					d.getMessage().replaceFirst("^Line \\d+: ", "") })); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (Script s : c.result().scripts()) {
			print(NLS.bind(Messages.Script_scriptAt, new Object[] { file, c.result().lineOf(s), s.getTitle(),
					s.getLanguage(), s.getSteps().size(), SpeakingTime.ofScript(s), c.errors(s), c.warnings(s) }));
			for (Diagnostic d : c.diagnostics().get(s)) {
				print(NLS.bind(d.getSeverity() == Diagnostic.ERROR ? Messages.Script_errorAt : Messages.Script_warningAt,
						new Object[] { file, lineOf(c, s, d), d.getMessage() }));
			}
		}
	}

	private void print(String line) {
		out.println(SafeText.echo(line, -1));
	}

	/** The line of the answer, else of the step, else of the script a finding is about. */
	private static int lineOf(Checked c, Script s, Diagnostic d) {
		Answer answer = ScriptDiagnostics.answer(d);
		Step step = ScriptDiagnostics.step(d);
		return c.result().lineOf(answer != null ? answer : step != null ? step : s);
	}

	private static List<Object> problems(ImportResult result) {
		List<Object> list = new ArrayList<>();
		for (Diagnostic d : result.problems()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("line", ScriptDiagnostics.line(d));
			m.put("text", d.getData().get(1));
			m.put("message", d.getMessage());
			list.add(m);
		}
		return list;
	}

	private static Map<String, Object> describe(Checked c, Script s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("scriptId", s.getScriptId());
		m.put("title", s.getTitle());
		m.put("language", s.getLanguage());
		m.put("callType", s.getCallTypeId());
		m.put("line", c.result().lineOf(s));
		m.put("steps", s.getSteps().size());
		SpeakingTime t = SpeakingTime.ofScript(s);
		m.put("speakingSeconds", Map.of("min", Math.round(t.minSeconds()), "max", Math.round(t.maxSeconds())));
		m.put("errors", c.errors(s));
		m.put("warnings", c.warnings(s));
		List<Object> diagnostics = new ArrayList<>();
		for (Diagnostic d : c.diagnostics().get(s)) {
			Map<String, Object> dm = new LinkedHashMap<>();
			Step step = ScriptDiagnostics.step(d);
			dm.put("severity", d.getSeverity() == Diagnostic.ERROR ? "error" : "warning");
			dm.put("code", d.getCode());
			dm.put("line", lineOf(c, s, d));
			dm.put("step", step == null ? null : step.getNumber());
			dm.put("message", d.getMessage());
			diagnostics.add(dm);
		}
		m.put("diagnostics", diagnostics);
		return m;
	}
}
