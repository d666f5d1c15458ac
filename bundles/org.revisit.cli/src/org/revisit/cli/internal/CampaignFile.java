package org.revisit.cli.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calltype.CampaignValidation;
import org.revisit.model.AttemptPolicy;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.RetryRule;
import org.revisit.model.RevisitFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * A campaign as a JSON file ({@code campaign create FILE}, {@code campaign edit ID FILE}): the fields are the
 * model's, the calling windows are {@code "09:00-10:00"} texts, the retry intervals minutes per outcome code and the
 * script version a number or {@code "current"}.
 * Reading applies the fields the file has to a campaign, so an edit file may hold only what changes. Every
 * problem names the file and the field; the call type's parameters are checked by the service.
 */
final class CampaignFile {

	/** The fields of the file, in the order {@link #write} puts them. */
	static final List<String> FIELDS = List.of("id", "version", "state", "name", "callTypeId", "activeFrom", "activeTo",
			"priority", "targetFilter", "scriptId", "scriptVersion", "callingWindows", "maxAttempts", "retryMinutes",
			"parameters", "active", "nameEn", "budgetShare");

	/** The word for a campaign that follows its script's current version. */
	static final String CURRENT = "current";

	private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");

	private CampaignFile() {
	}

	/** The JSON object of {@code file}. */
	static JsonObject parse(Path file) throws IOException, FailedException {
		String text = TextFiles.read(file);
		JsonElement root;
		try {
			JsonReader reader = new JsonReader(new StringReader(text));
			reader.setStrictness(Strictness.STRICT);
			root = JsonParser.parseReader(reader);
			if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
				throw new FailedException(NLS.bind(Messages.CampaignFile_more, file));
			}
		} catch (JsonParseException | IOException | IllegalStateException e) {
			// Gson's own detail ("Expected name", "Unterminated object") is English: of its message only the place is
			// kept (line, column and the key it was reading, as "path $.priority"), the sentence is ours
			String message = e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
			Matcher m = Pattern.compile("line (\\d+) column (\\d+)").matcher(message); //$NON-NLS-1$
			String where = m.find() ? NLS.bind(Messages.CampaignFile_at, m.group(1), m.group(2)) : ""; //$NON-NLS-1$
			Matcher k = Pattern.compile("path \\$\\.(\\S+)").matcher(message); //$NON-NLS-1$
			String near = k.find() ? NLS.bind(Messages.CampaignFile_near, k.group(1)) : ""; //$NON-NLS-1$
			throw new FailedException(NLS.bind(Messages.CampaignFile_malformed, new Object[] { file, where, near }));
		}
		if (!root.isJsonObject()) {
			throw new FailedException(NLS.bind(Messages.CampaignFile_notObject, new Object[] { file,
					"{\"name\": ...}", kind(root) })); //$NON-NLS-1$
		}
		return root.getAsJsonObject();
	}

	/**
	 * Applies the fields of {@code json} to {@code campaign}.
	 *
	 * @throws FailedException naming the file and the field at the first field that is unknown or of the wrong kind
	 */
	static void apply(JsonObject json, Campaign campaign, Path file) throws FailedException {
		for (Map.Entry<String, JsonElement> e : json.entrySet()) {
			String field = e.getKey();
			JsonElement v = e.getValue();
			String at = file + ": " + field + ": "; //$NON-NLS-1$ //$NON-NLS-2$ the field's key as the file writes it
			switch (field) {
			case "id", "state" -> {
				// shown by 'campaign show --json'; the command line says which campaign, the state has commands
			}
			case "version" -> campaign.setVersion(integer(v, at));
			case "name" -> campaign.setName(text(v, at));
			case "nameEn" -> campaign.setNameEn(text(v, at));
			case "budgetShare" -> campaign.setBudgetShare(integer(v, at));
			case "callTypeId" -> campaign.setCallTypeId(text(v, at));
			case "activeFrom" -> campaign.setActiveFrom(date(v, at));
			case "activeTo" -> campaign.setActiveTo(date(v, at));
			case "priority" -> campaign.setPriority(integer(v, at));
			case "targetFilter" -> campaign.setTargetFilter(text(v, at));
			case "scriptId" -> campaign.setScriptId(text(v, at));
			case "scriptVersion" -> campaign.setScriptVersion(scriptVersion(v, at));
			case "active" -> {
				if (!(v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean())) {
					throw new FailedException(at + NLS.bind(Messages.CampaignFile_boolean, kind(v)));
				}
				campaign.setActive(v.getAsBoolean());
			}
			case "callingWindows" -> {
				if (!v.isJsonArray()) {
					throw new FailedException(at + NLS.bind(Messages.CampaignFile_windows, kind(v)));
				}
				List<CallingWindow> windows = new ArrayList<>();
				for (JsonElement w : v.getAsJsonArray()) {
					windows.add(window(text(w, at), at));
				}
				campaign.getCallingWindows().clear();
				campaign.getCallingWindows().addAll(windows);
			}
			case "maxAttempts" -> policy(campaign).setMaxAttempts(integer(v, at));
			case "retryMinutes" -> {
				if (!v.isJsonObject()) {
					throw new FailedException(at + NLS.bind(Messages.CampaignFile_retry, "{\"NO_ANSWER\": 120}", kind(v))); //$NON-NLS-1$
				}
				List<RetryRule> rules = new ArrayList<>();
				for (Map.Entry<String, JsonElement> r : v.getAsJsonObject().entrySet()) {
					RetryRule rule = RevisitFactory.eINSTANCE.createRetryRule();
					rule.setOutcomeCode(r.getKey());
					rule.setIntervalMinutes(integer(r.getValue(), file + ": " + field + "." + r.getKey() + ": "));
					rules.add(rule);
				}
				policy(campaign).getRetryRules().clear();
				policy(campaign).getRetryRules().addAll(rules);
			}
			case "parameters" -> {
				if (!v.isJsonObject()) {
					throw new FailedException(at + NLS.bind(Messages.CampaignFile_parameters, kind(v)));
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (Map.Entry<String, JsonElement> p : v.getAsJsonObject().entrySet()) {
					JsonElement value = p.getValue();
					if (value.isJsonNull()) {
						values.put(p.getKey(), null);
					} else if (value.isJsonPrimitive()) {
						values.put(p.getKey(), value.getAsString());
					} else {
						throw new FailedException(file + ": parameters." + p.getKey() + ": " //$NON-NLS-1$ //$NON-NLS-2$
								+ NLS.bind(Messages.CampaignFile_textOrNumber, kind(value)));
					}
				}
				values.forEach((name, value) -> {
					if (value == null) {
						campaign.getParameters().removeKey(name);
					} else {
						campaign.getParameters().put(name, value);
					}
				});
			}
			default -> throw new FailedException(NLS.bind(Messages.CampaignFile_unknownField,
					new Object[] { file, field, String.join(", ", FIELDS) })); //$NON-NLS-1$
			}
		}
	}

	/** The campaign as a map for {@link Json#write}, in the file format. */
	static Map<String, Object> write(Campaign c, String state) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", c.getId());
		m.put("version", c.getVersion());
		m.put("state", state);
		m.put("name", c.getName());
		m.put("callTypeId", c.getCallTypeId());
		m.put("activeFrom", c.getActiveFrom() == null ? null : c.getActiveFrom().toString());
		m.put("activeTo", c.getActiveTo() == null ? null : c.getActiveTo().toString());
		m.put("priority", c.getPriority());
		m.put("targetFilter", c.getTargetFilter());
		m.put("scriptId", c.getScriptId());
		m.put("scriptVersion", c.getScriptVersion() == CampaignValidation.CURRENT_SCRIPT_VERSION ? CURRENT
				: (Object) c.getScriptVersion());
		List<String> windows = new ArrayList<>();
		for (CallingWindow w : c.getCallingWindows()) {
			windows.add(hhmm(w.getStartMinute()) + "-" + hhmm(w.getEndMinute()));
		}
		m.put("callingWindows", windows);
		m.put("maxAttempts", c.getAttemptPolicy() == null ? 3 : c.getAttemptPolicy().getMaxAttempts());
		Map<String, Object> retries = new LinkedHashMap<>();
		if (c.getAttemptPolicy() != null) {
			for (RetryRule r : c.getAttemptPolicy().getRetryRules()) {
				retries.put(r.getOutcomeCode(), r.getIntervalMinutes());
			}
		}
		m.put("retryMinutes", retries);
		m.put("parameters", new LinkedHashMap<>(c.getParameters().map()));
		m.put("nameEn", c.getNameEn());
		m.put("budgetShare", c.getBudgetShare());
		return m;
	}

	/**
	 * A script version: {@code "current"} (the script's newest version, whichever it is when a call starts) or a
	 * version number from 1, which pins the campaign to it. Files written before "current" was a word say 0 for it,
	 * and are read so.
	 */
	private static int scriptVersion(JsonElement v, String at) throws FailedException {
		if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() && v.getAsString().strip().equals(CURRENT)) {
			return CampaignValidation.CURRENT_SCRIPT_VERSION;
		}
		if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
			try {
				int version = v.getAsJsonPrimitive().getAsBigDecimal().intValueExact();
				if (version >= 0) {
					return version;
				}
			} catch (ArithmeticException e) {
				// reported below
			}
		}
		throw new FailedException(at + NLS.bind(Messages.CampaignFile_scriptVersion, kind(v)));
	}

	static String hhmm(int minute) {
		return String.format("%02d:%02d", minute / 60, minute % 60);
	}

	private static AttemptPolicy policy(Campaign campaign) {
		if (campaign.getAttemptPolicy() == null) {
			campaign.setAttemptPolicy(RevisitFactory.eINSTANCE.createAttemptPolicy());
		}
		return campaign.getAttemptPolicy();
	}

	private static CallingWindow window(String text, String at) throws FailedException {
		Matcher m = WINDOW.matcher(text.strip());
		if (!m.matches()) {
			throw new FailedException(at + NLS.bind(Messages.CampaignFile_window, text));
		}
		CallingWindow w = RevisitFactory.eINSTANCE.createCallingWindow();
		w.setStartMinute(Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)));
		w.setEndMinute(Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4)));
		return w;
	}

	private static String text(JsonElement v, String at) throws FailedException {
		if (v.isJsonNull()) {
			return null;
		}
		if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
			throw new FailedException(at + NLS.bind(Messages.CampaignFile_text, kind(v)));
		}
		return v.getAsString();
	}

	private static int integer(JsonElement v, String at) throws FailedException {
		if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
			try {
				return v.getAsJsonPrimitive().getAsBigDecimal().intValueExact();
			} catch (ArithmeticException e) {
				// reported below
			}
		}
		throw new FailedException(at + NLS.bind(Messages.CampaignFile_integer, kind(v)));
	}

	private static LocalDate date(JsonElement v, String at) throws FailedException {
		String text = text(v, at);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeException e) {
			throw new FailedException(at + NLS.bind(Messages.CampaignFile_date, text));
		}
	}

	private static String kind(JsonElement v) {
		if (v.isJsonNull()) {
			return "null";
		}
		if (v instanceof JsonArray) {
			return Messages.CampaignFile_aList;
		}
		if (v instanceof JsonObject) {
			return Messages.CampaignFile_anObject;
		}
		JsonPrimitive p = v.getAsJsonPrimitive();
		return p.isString() ? "'" + p.getAsString() + "'" : p.toString();
	}
}
