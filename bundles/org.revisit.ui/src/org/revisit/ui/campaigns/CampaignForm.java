package org.revisit.ui.campaigns;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeParameter;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.CampaignValidation;
import org.revisit.core.calltype.CampaignValidation.Problem;
import org.revisit.core.plan.TargetFilter;
import org.revisit.core.script.run.TypicalCall;
import org.revisit.core.service.Services;
import org.revisit.model.AttemptPolicy;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.RetryRule;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Script;
import org.revisit.ui.internal.Background;

/**
 * The fields of a campaign, shared by the New Campaign wizard and the campaign editor: name, English name, period, target (with
 * a live count of matching contacts, counted in the background), calling windows, attempts and retry minutes,
 * priority, share of the weekly budget, script, and the call type's declared parameters, rendered from the declaration. Every change is
 * checked at once with {@link CampaignValidation}; {@link #problems()} says what is wrong, field first.
 */
public final class CampaignForm {

	private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})"); //$NON-NLS-1$
	private static final Pattern RETRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\\d+)"); //$NON-NLS-1$
	private static final List<String> TARGET_KEYS = List.of("class", "tag", "agent", "company", "region", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			TargetFilter.NOT_CALLED);

	private final CallTypeRegistry registry;
	private final Services services;
	private final Runnable changed;
	private final Composite top;
	private final Background counting;
	private final Text name;
	private final Text nameEn;
	private final Text from;
	private final Text to;
	private final Map<String, Text> target = new LinkedHashMap<>();
	private final Label count;
	private final Text windows;
	private final Spinner attempts;
	private final Text retry;
	private final Spinner priority;
	private final Spinner budgetShare;
	private final Text scriptId;
	private final Button chooseScript;
	private final Combo scriptVersion;
	/** The version of each item of {@link #scriptVersion}: {@link CampaignValidation#CURRENT_SCRIPT_VERSION} first. */
	private final List<Integer> versions = new ArrayList<>();
	private final Label scriptPreview;
	private final Background previewing;
	private final Group parameterGroup;
	private final Map<String, Control> parameters = new LinkedHashMap<>();
	private Campaign base = RevisitFactory.eINSTANCE.createCampaign();
	private String callTypeId;
	private boolean filling;
	private String lastFilter;

	/**
	 * @param changed told after every change the user makes (not while {@link #set} fills the fields)
	 */
	public CampaignForm(Composite parent, CallTypeRegistry registry, Services services, Runnable changed) {
		this.registry = registry;
		this.services = services;
		this.changed = changed;
		top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
		name = text(top, Messages.Form_name, null);
		nameEn = text(top, Messages.Form_nameEn, Messages.Form_nameEnHint);
		from = text(top, Messages.Form_from, Messages.Form_dateHint);
		to = text(top, Messages.Form_to, Messages.Form_dateHint);

		Group targetGroup = group(Messages.Form_target);
		target.put("class", text(targetGroup, Messages.Form_classes, "A,B")); //$NON-NLS-1$ //$NON-NLS-2$
		target.put("tag", text(targetGroup, Messages.Form_tags, Messages.Form_listHint)); //$NON-NLS-1$
		target.put("agent", text(targetGroup, Messages.Form_agent, Messages.Form_listHint)); //$NON-NLS-1$
		target.put("company", text(targetGroup, Messages.Form_company, null)); //$NON-NLS-1$
		target.put("region", text(targetGroup, Messages.Form_region, Messages.Form_listHint)); //$NON-NLS-1$
		target.put(TargetFilter.NOT_CALLED, text(targetGroup, Messages.Form_notCalled, Messages.Form_notCalledHint));
		new Label(targetGroup, SWT.NONE);
		count = new Label(targetGroup, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
		counting = new Background(count);

		Group schedule = group(Messages.Form_schedule);
		windows = text(schedule, Messages.Form_windows, Messages.Form_windowsHint);
		attempts = spinner(schedule, Messages.Form_attempts, 1, 20);
		retry = text(schedule, Messages.Form_retry, Messages.Form_retryHint);
		priority = spinner(schedule, Messages.Form_priority, 0, 100);
		budgetShare = spinner(schedule, Messages.Form_budgetShare, 1, 100);
		new Label(schedule, SWT.NONE).setText(Messages.Form_script);
		Composite script = new Composite(schedule, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(script);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(script);
		scriptId = new Text(script, SWT.BORDER);
		scriptId.setMessage(Messages.Form_scriptHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(scriptId);
		scriptId.addModifyListener(e -> edited(scriptId));
		chooseScript = new Button(script, SWT.PUSH);
		chooseScript.setText(Messages.Form_scriptChoose);
		chooseScript.setToolTipText(Messages.Form_scriptChooseTip);
		chooseScript.setEnabled(services != null);
		chooseScript.addListener(SWT.Selection, e -> openScriptPicker(true));
		new Label(schedule, SWT.NONE).setText(Messages.Form_scriptVersion);
		scriptVersion = new Combo(schedule, SWT.READ_ONLY);
		scriptVersion.setToolTipText(Messages.Form_scriptCurrentTip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(scriptVersion);
		versionItems(List.of(), CampaignValidation.CURRENT_SCRIPT_VERSION);
		scriptVersion.addListener(SWT.Selection, e -> edited(scriptVersion));
		new Label(schedule, SWT.NONE);
		scriptPreview = new Label(schedule, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(scriptPreview);
		previewing = new Background(scriptPreview);

		parameterGroup = group(Messages.Form_parameters);
	}

	public Control control() {
		return top;
	}

	private Group group(String title) {
		Group g = new Group(top, SWT.NONE);
		g.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(g);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(g);
		return g;
	}

	private Text text(Composite parent, String label, String hint) {
		new Label(parent, SWT.NONE).setText(label);
		Text t = new Text(parent, SWT.BORDER);
		if (hint != null) {
			t.setMessage(hint);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(t);
		t.addModifyListener(e -> edited(t));
		return t;
	}

	private Spinner spinner(Composite parent, String label, int min, int max) {
		new Label(parent, SWT.NONE).setText(label);
		Spinner s = new Spinner(parent, SWT.BORDER);
		s.setMinimum(min);
		s.setMaximum(max);
		s.addModifyListener(e -> edited(s));
		return s;
	}

	private void edited(Control source) {
		if (filling) {
			return;
		}
		if (target.containsValue(source)) {
			recount();
		}
		if (source == scriptId || source == scriptVersion) {
			previewScript();
		}
		changed.run();
	}

	/** Shows {@code campaign} (a copy is kept: the form never changes the caller's object). */
	public void set(Campaign campaign) {
		base = EcoreUtil.copy(campaign);
		filling = true;
		try {
			name.setText(nonNull(campaign.getName()));
			nameEn.setText(nonNull(campaign.getNameEn()));
			from.setText(campaign.getActiveFrom() == null ? "" : campaign.getActiveFrom().toString()); //$NON-NLS-1$
			to.setText(campaign.getActiveTo() == null ? "" : campaign.getActiveTo().toString()); //$NON-NLS-1$
			Map<String, String> terms = terms(campaign.getTargetFilter());
			target.forEach((key, field) -> field.setText(terms.getOrDefault(key, ""))); //$NON-NLS-1$
			List<String> w = new ArrayList<>();
			for (CallingWindow cw : campaign.getCallingWindows()) {
				w.add(hhmm(cw.getStartMinute()) + "-" + hhmm(cw.getEndMinute())); //$NON-NLS-1$
			}
			windows.setText(String.join(", ", w)); //$NON-NLS-1$
			AttemptPolicy policy = campaign.getAttemptPolicy();
			attempts.setSelection(policy == null ? 3 : policy.getMaxAttempts());
			List<String> r = new ArrayList<>();
			if (policy != null) {
				for (RetryRule rule : policy.getRetryRules()) {
					r.add(rule.getOutcomeCode() + "=" + rule.getIntervalMinutes()); //$NON-NLS-1$
				}
			}
			retry.setText(String.join(", ", r)); //$NON-NLS-1$
			priority.setSelection(campaign.getPriority());
			budgetShare.setSelection(campaign.getBudgetShare());
			scriptId.setText(nonNull(campaign.getScriptId()));
			versionItems(List.of(), Math.max(CampaignValidation.CURRENT_SCRIPT_VERSION, campaign.getScriptVersion()));
			setCallType(campaign.getCallTypeId());
		} finally {
			filling = false;
		}
		recount();
		previewScript();
	}

	/**
	 * Reads the script the form names in the background: its stored versions (offered in the version choice) and the
	 * version chosen (or the current one), shown as its title, the typical call's steps and speaking time
	 * ({@link TypicalCall}) and its first words.
	 */
	private void previewScript() {
		String id = scriptId.getText().strip();
		int version = scriptVersion();
		if (services == null) {
			return;
		}
		if (id.isEmpty()) {
			previewing.latest(Messages.Form_scriptJob, () -> null, s -> {
				scriptPreview.setText(""); //$NON-NLS-1$
				versionItems(List.of(), scriptVersion());
			}, null);
			return;
		}
		scriptPreview.setText(Messages.Form_scriptReading);
		previewing.latest(Messages.Form_scriptJob, () -> {
			List<Integer> stored = services.scripts().versions(id).stream().map(v -> v.version()).toList();
			Script s = version > 0 ? services.scripts().load(id, version) : services.scripts().latest(id);
			return new ScriptRead(stored, s == null ? null : describe(s));
		}, read -> {
			versionItems(read.versions(), scriptVersion());
			scriptPreview.setText(read.preview() == null ? Messages.Form_scriptMissing : read.preview());
			top.layout(true, true);
		}, e -> scriptPreview.setText(e.getMessage()));
	}

	/** The stored versions of a script and the preview of the one chosen (null: not stored). */
	private record ScriptRead(List<Integer> versions, String preview) {
	}

	/**
	 * Offers "current version" and each stored version (newest first) in the version choice, choosing {@code chosen}
	 * (a pinned version not stored any more is still offered, so the campaign shows what it names).
	 */
	private void versionItems(List<Integer> stored, int chosen) {
		List<Integer> offered = new ArrayList<>(stored);
		if (chosen > 0 && !offered.contains(chosen)) {
			offered.add(chosen);
		}
		offered.sort(java.util.Comparator.reverseOrder());
		offered.add(0, CampaignValidation.CURRENT_SCRIPT_VERSION);
		if (offered.equals(versions) && scriptVersion.getSelectionIndex() == versions.indexOf(chosen)) {
			return;
		}
		versions.clear();
		versions.addAll(offered);
		int latest = stored.stream().mapToInt(Integer::intValue).max().orElse(0);
		List<String> items = new ArrayList<>();
		for (int v : offered) {
			items.add(v <= CampaignValidation.CURRENT_SCRIPT_VERSION
					? (latest > 0 ? NLS.bind(Messages.Form_scriptCurrentIs, latest) : Messages.Form_scriptCurrent)
					: NLS.bind(Messages.Form_scriptVersionItem, v));
		}
		scriptVersion.setItems(items.toArray(String[]::new));
		scriptVersion.select(Math.max(0, versions.indexOf(chosen)));
	}

	/**
	 * Opens the script picker for the campaign's call type; the script chosen goes into the form, following its current
	 * version. Returns the picker (opened without blocking when {@code block} is false, for tests).
	 */
	public ScriptPicker openScriptPicker(boolean block) {
		String current = scriptId.getText().strip();
		ScriptPicker picker = new ScriptPicker(top.getShell(), services, callTypeId, current.isEmpty() ? null : current,
				row -> {
					if (top.isDisposed()) {
						return;
					}
					versionItems(List.of(), CampaignValidation.CURRENT_SCRIPT_VERSION);
					scriptId.setText(row.scriptId());
					scriptId.setFocus();
				});
		picker.setBlockOnOpen(block);
		picker.open();
		return picker;
	}

	/** A script in two lines: title, version, typical call and speaking time; its first words (public for tests). */
	public static String describe(Script s) {
		TypicalCall call = TypicalCall.of(s);
		String steps = call.steps().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("\u2192")); //$NON-NLS-1$
		String first = s.getSteps().isEmpty() ? "" : s.getSteps().get(0).getUtterance(); //$NON-NLS-1$
		if (first != null && first.length() > 80) {
			first = first.substring(0, 79) + "\u2026"; //$NON-NLS-1$
		}
		return NLS.bind(Messages.Form_scriptPreview, new Object[] { s.getTitle(), s.getScriptVersion(), steps,
				call.time() }) + "\n" + first; //$NON-NLS-1$
	}

	/** The script preview shown (for tests). */
	public String scriptPreview() {
		return scriptPreview.getText();
	}

	/** Shows the parameters the call type {@code id} declares, keeping the values of the campaign shown. */
	public void setCallType(String id) {
		callTypeId = id;
		base.setCallTypeId(id);
		for (Control c : parameterGroup.getChildren()) {
			c.dispose();
		}
		parameters.clear();
		CallTypeDescriptor type = id == null ? null : registry.get(id);
		if (type == null || type.parameters().isEmpty()) {
			Label none = new Label(parameterGroup, SWT.NONE);
			none.setText(Messages.Form_noParameters);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(none);
		} else {
			boolean was = filling;
			filling = true;
			for (CallTypeParameter p : type.parameters()) {
				Label label = new Label(parameterGroup, SWT.NONE);
				label.setText((p.required() ? NLS.bind(Messages.Form_required, p.label()) : p.label()) + ":"); //$NON-NLS-1$
				label.setToolTipText(p.help());
				String value = base.getParameters().get(p.name());
				Control control;
				if (p.type() == CallTypeParameter.Type.CHOICE) {
					Combo combo = new Combo(parameterGroup, SWT.READ_ONLY);
					combo.add(""); //$NON-NLS-1$
					p.choices().forEach(combo::add);
					combo.select(Math.max(0, p.choices().indexOf(value == null ? p.defaultValue() : value) + 1));
					combo.addModifyListener(e -> edited(combo));
					control = combo;
				} else {
					Text t = new Text(parameterGroup, SWT.BORDER);
					t.setText(nonNull(value));
					t.setMessage(p.defaultValue() != null ? p.defaultValue() : p.type().word());
					t.addModifyListener(e -> edited(t));
					control = t;
				}
				control.setToolTipText(p.help());
				control.setData("parameter", p.name()); //$NON-NLS-1$
				GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(control);
				parameters.put(p.name(), control);
			}
			filling = was;
		}
		top.getShell().layout(true, true);
		for (Composite c = top.getParent(); c != null; c = c.getParent()) {
			if (c instanceof ScrolledComposite scroll && scroll.getContent() != null) {
				scroll.setMinSize(scroll.getContent().computeSize(SWT.DEFAULT, SWT.DEFAULT));
				break;
			}
		}
		if (!filling) {
			changed.run();
		}
	}

	/** The field that edits parameter {@code name}, or null (for tests and screenshots). */
	public Control parameterControl(String name) {
		return parameters.get(name);
	}

	/** The script version the form says: a number from 1, or {@link CampaignValidation#CURRENT_SCRIPT_VERSION}. */
	private int scriptVersion() {
		int i = scriptVersion.getSelectionIndex();
		return i < 0 || i >= versions.size() ? CampaignValidation.CURRENT_SCRIPT_VERSION : versions.get(i);
	}

	/** The script's id (typed, or put there by the script picker). */
	public Text scriptIdField() {
		return scriptId;
	}

	/** "Choose…": opens the script picker. */
	public Button chooseScriptField() {
		return chooseScript;
	}

	/**
	 * The script version: "current version" (item 0) or one of the script's stored versions, newest first (for tests
	 * and screenshots).
	 */
	public Combo scriptVersionField() {
		return scriptVersion;
	}

	/** The versions offered by {@link #scriptVersionField()}, item by item (0 is the current version). */
	public List<Integer> scriptVersions() {
		return List.copyOf(versions);
	}

	public Text nameField() {
		return name;
	}

	public Text nameEnField() {
		return nameEn;
	}

	public Spinner budgetShareField() {
		return budgetShare;
	}

	public Text fromField() {
		return from;
	}

	public Text toField() {
		return to;
	}

	public Text targetField(String key) {
		return target.get(key);
	}

	public Label countLabel() {
		return count;
	}

	/** The target filter of the target fields, e.g. {@code class:A,B tag:VIP}. */
	public String targetFilter() {
		List<String> terms = new ArrayList<>();
		target.forEach((key, field) -> {
			String value = field.getText().strip().replaceAll("\\s*,\\s*", ",").replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (!value.isEmpty()) {
				terms.add(key + ":" + value); //$NON-NLS-1$
			}
		});
		return String.join(" ", terms); //$NON-NLS-1$
	}

	private void recount() {
		String filter = targetFilter();
		if (services == null || filter.equals(lastFilter)) {
			return;
		}
		lastFilter = filter;
		count.setText(Messages.Form_counting);
		counting.latest(Messages.Form_countJob, () -> services.campaigns().countTargets(filter),
				n -> count.setText(NLS.bind(Messages.Form_count, n)), e -> count.setText(e.getMessage()));
	}

	/** The campaign the fields describe, on a copy of the one {@link #set} showed; fields that do not read stay as they were. */
	public Campaign campaign() {
		Campaign c = EcoreUtil.copy(base);
		c.setName(name.getText().strip());
		c.setNameEn(nameEn.getText().isBlank() ? null : nameEn.getText().strip());
		c.setCallTypeId(callTypeId);
		c.setActiveFrom(date(null, from.getText(), null));
		c.setActiveTo(date(null, to.getText(), null));
		c.setTargetFilter(targetFilter().isEmpty() ? null : targetFilter());
		List<CallingWindow> w = windows(null);
		if (w != null) {
			c.getCallingWindows().clear();
			c.getCallingWindows().addAll(w);
		}
		AttemptPolicy policy = c.getAttemptPolicy() == null ? RevisitFactory.eINSTANCE.createAttemptPolicy() : c.getAttemptPolicy();
		c.setAttemptPolicy(policy);
		policy.setMaxAttempts(attempts.getSelection());
		List<RetryRule> rules = retries(null);
		if (rules != null) {
			policy.getRetryRules().clear();
			policy.getRetryRules().addAll(rules);
		}
		c.setPriority(priority.getSelection());
		c.setBudgetShare(budgetShare.getSelection());
		c.setScriptId(scriptId.getText().isBlank() ? null : scriptId.getText().strip());
		c.setScriptVersion(scriptVersion());
		parameters.forEach((key, control) -> {
			String value = control instanceof Combo combo ? combo.getText() : ((Text) control).getText();
			if (value.isBlank()) {
				c.getParameters().removeKey(key);
			} else {
				c.getParameters().put(key, value.strip());
			}
		});
		return c;
	}

	/**
	 * What keeps the campaign from being saved, each problem naming its field by the label the form shows it with
	 * (not the campaign file's path the command line names); empty when it may be saved.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		date(label(Messages.Form_from), from.getText(), problems);
		date(label(Messages.Form_to), to.getText(), problems);
		windows(problems);
		retries(problems);
		for (Problem p : CampaignValidation.findings(campaign(), registry)) {
			problems.add(NLS.bind(Messages.Form_problem, label(p), p.text()));
		}
		return problems;
	}

	/** The label of the field a problem is about, as the form shows it; the field's path if the form has no label for it. */
	private String label(Problem problem) {
		String field = problem.field();
		String key = field.replaceAll("[.\\[].*", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String rest = field.substring(key.length()).replaceAll("^\\.|^\\[|\\]$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String shown = switch (key) {
		case "name" -> Messages.Form_name; //$NON-NLS-1$
		case "nameEn" -> Messages.Form_nameEn; //$NON-NLS-1$
		case "callTypeId" -> Messages.Form_callType; //$NON-NLS-1$
		case "activeFrom" -> Messages.Form_from; //$NON-NLS-1$
		case "activeTo" -> Messages.Form_to; //$NON-NLS-1$
		case "targetFilter" -> Messages.Form_target; //$NON-NLS-1$
		case "callingWindows" -> Messages.Form_windows; //$NON-NLS-1$
		case "maxAttempts" -> Messages.Form_attempts; //$NON-NLS-1$
		case "retryMinutes" -> Messages.Form_retry; //$NON-NLS-1$
		case "priority" -> Messages.Form_priority; //$NON-NLS-1$
		case "budgetShare" -> Messages.Form_budgetShare; //$NON-NLS-1$
		case "scriptId" -> Messages.Form_script; //$NON-NLS-1$
		case "scriptVersion" -> Messages.Form_scriptVersion; //$NON-NLS-1$
		case "parameters" -> parameterLabel(rest); //$NON-NLS-1$
		default -> null;
		};
		if (shown == null) {
			return field;
		}
		// a calling window's problem shows the window itself; a retry rule's says its outcome
		return key.equals("retryMinutes") && !rest.isEmpty() ? NLS.bind(Messages.Form_fieldPart, label(shown), rest) //$NON-NLS-1$
				: label(shown);
	}

	private String parameterLabel(String name) {
		CallTypeDescriptor type = callTypeId == null ? null : registry.get(callTypeId);
		CallTypeParameter p = type == null ? null : type.parameter(name);
		return p == null || p.label() == null || p.label().isBlank() ? name : p.label();
	}

	/** A label without the colon it has beside its field: "Name:" and "名称：" name the field as "Name" and "名称". */
	static String label(String shown) {
		return shown.strip().replaceAll("[:\uff1a]$", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static LocalDate date(String field, String text, List<String> problems) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeException e) {
			if (problems != null) {
				problems.add(NLS.bind(Messages.Form_badDate, field, text));
			}
			return null;
		}
	}

	private List<CallingWindow> windows(List<String> problems) {
		List<CallingWindow> result = new ArrayList<>();
		for (String part : windows.getText().split(",")) { //$NON-NLS-1$
			if (part.isBlank()) {
				continue;
			}
			Matcher m = WINDOW.matcher(part.strip());
			if (!m.matches()) {
				if (problems != null) {
					problems.add(NLS.bind(Messages.Form_badWindows, label(Messages.Form_windows), part.strip()));
				}
				return null;
			}
			CallingWindow w = RevisitFactory.eINSTANCE.createCallingWindow();
			w.setStartMinute(Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)));
			w.setEndMinute(Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4)));
			result.add(w);
		}
		return result;
	}

	private List<RetryRule> retries(List<String> problems) {
		List<RetryRule> result = new ArrayList<>();
		for (String part : retry.getText().split(",")) { //$NON-NLS-1$
			if (part.isBlank()) {
				continue;
			}
			Matcher m = RETRY.matcher(part.replace(" ", "")); //$NON-NLS-1$ //$NON-NLS-2$
			if (!m.matches()) {
				if (problems != null) {
					problems.add(NLS.bind(Messages.Form_badRetry, label(Messages.Form_retry), part.strip()));
				}
				return null;
			}
			RetryRule r = RevisitFactory.eINSTANCE.createRetryRule();
			r.setOutcomeCode(m.group(1).toUpperCase(Locale.ROOT));
			r.setIntervalMinutes(Integer.parseInt(m.group(2)));
			result.add(r);
		}
		return result;
	}

	/** The terms of a target filter by key (values joined by commas). */
	static Map<String, String> terms(String filter) {
		Map<String, String> terms = new LinkedHashMap<>();
		if (filter != null) {
			for (String word : filter.strip().split("\\s+")) { //$NON-NLS-1$
				int colon = word.indexOf(':');
				if (colon > 0 && TARGET_KEYS.contains(word.substring(0, colon).toLowerCase(Locale.ROOT))) {
					terms.merge(word.substring(0, colon).toLowerCase(Locale.ROOT), word.substring(colon + 1), (a, b) -> a + "," + b); //$NON-NLS-1$
				}
			}
		}
		return terms;
	}

	private static String hhmm(int minute) {
		return String.format("%02d:%02d", minute / 60, minute % 60); //$NON-NLS-1$
	}

	private static String nonNull(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
