package org.revisit.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.plan.CampaignPreview;
import org.revisit.core.service.CampaignService;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.model.Campaign;
import org.revisit.model.RevisitFactory;
import org.revisit.store.CampaignState;
import org.revisit.store.TaskRepository.CampaignProgress;

import com.google.gson.JsonObject;

/**
 * {@code campaign list|show|create|edit|activate|pause|resume|end|copy|delete|preview}: managers' campaigns on the
 * command line, with the campaign file format of {@link CampaignFile}.
 */
final class CampaignCommands {

	private static final List<String> SUBCOMMANDS = List.of("list", "show", "create", "edit", "activate", "pause",
			"resume", "end", "copy", "delete", "preview");

	private final PrintStream out;

	CampaignCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(new Cli.Command("campaign", "lists, shows, creates, edits, pauses, resumes, ends, copies, deletes campaigns",
				"Usage: revisit cli campaign list [--json]\n"
						+ "       revisit cli campaign show ID [--json]\n"
						+ "       revisit cli campaign create FILE [--json]\n"
						+ "       revisit cli campaign edit ID FILE [--json]\n"
						+ "       revisit cli campaign activate|pause|resume|copy|delete ID [--json]\n"
						+ "       revisit cli campaign end ID --reason TEXT [--json]\n"
						+ "       revisit cli campaign preview ID [--days N] [--json]\n"
						+ "       (each also takes --data DIR | --server URL --user NAME)\n"
						+ "create stores the campaign of a JSON file (see docs/manager-guide.md for its fields; 'campaign show\n"
						+ "ID --json' prints one) as a draft, or active with \"active\": true; edit applies the\n"
						+ "fields the file has to campaign ID (with \"version\", only if nobody saved it since).\n"
						+ "Each problem of a file names the field (a missing required parameter of the call type,\n"
						+ "a period ending before it starts, malformed JSON with its line); nothing is stored then.\n"
						+ "activate (a draft) and resume (a paused campaign) let the planner plan its calls; pause\n"
						+ "stops new calls and claims of its calls, calls under way finish; end cancels its open\n"
						+ "calls with the reason; copy makes a draft with the same settings; delete removes a\n"
						+ "campaign whose calls have no outcomes yet. preview is a dry run of the planner for the\n"
						+ "campaign over N days (default 30): calls per day and agent, refusals per gate.",
				Set.of("data", "reason", "days"), Set.of("json", "help"), this::campaign));
	}

	private int campaign(Options options) throws Exception {
		List<String> args = options.positional();
		if (args.isEmpty() || !SUBCOMMANDS.contains(args.get(0))) {
			throw new UsageException("expected one of: campaign " + String.join(", ", SUBCOMMANDS));
		}
		String sub = args.get(0);
		int expected = switch (sub) {
		case "list" -> 1;
		case "edit" -> 3;
		default -> 2;
		};
		if (args.size() != expected) {
			throw new UsageException("expected 'campaign " + sub + (switch (sub) {
			case "list" -> "'";
			case "create" -> " FILE'";
			case "edit" -> " ID FILE'";
			default -> " ID'";
			}));
		}
		if (options.value("reason") != null && !sub.equals("end")) {
			throw new UsageException("--reason is for 'campaign end'");
		}
		if (options.value("days") != null && !sub.equals("preview")) {
			throw new UsageException("--days is for 'campaign preview'");
		}
		if (sub.equals("end") && (options.value("reason") == null || options.value("reason").isBlank())) {
			throw new UsageException("'campaign end' needs --reason TEXT (the open calls are cancelled with it)");
		}
		int days = options.intValue("days", 30, 1, 366);
		JsonObject file = sub.equals("create") ? CampaignFile.parse(Path.of(args.get(1)))
				: sub.equals("edit") ? CampaignFile.parse(Path.of(args.get(2))) : null;
		long id = sub.equals("list") || sub.equals("create") ? 0 : id(args.get(1));
		try (Services services = Cli.services(options)) {
			CampaignService campaigns = services.campaigns();
			switch (sub) {
			case "list" -> list(campaigns, options.flag("json"));
			case "show" -> show(campaigns, existing(campaigns, id), options.flag("json"));
			case "create" -> {
				Path path = Path.of(args.get(1));
				Campaign campaign = RevisitFactory.eINSTANCE.createCampaign();
				campaign.setPriority(50);
				CampaignFile.apply(file, campaign, path);
				// "active": true skips the preview a manager sees in the workbench before Activate, so it runs here
				String warning = campaign.isActive() ? previewBeforeActive(campaigns, campaign, path, days) : null;
				Campaign created = checked(path, () -> campaigns.create(campaign));
				if (warning != null && !options.flag("json")) {
					out.println("Warning: " + warning);
				}
				done(campaigns, created, "Created", options.flag("json"), warning);
			}
			case "edit" -> {
				Path path = Path.of(args.get(2));
				Campaign campaign = existing(campaigns, id);
				CampaignFile.apply(file, campaign, path);
				Campaign saved = checked(path, () -> campaigns.update(campaign));
				done(campaigns, saved, "Saved", options.flag("json"));
			}
			case "activate" -> done(campaigns, campaigns.activate(id), "Activated", options.flag("json"));
			case "pause" -> done(campaigns, campaigns.pause(id), "Paused", options.flag("json"));
			case "resume" -> done(campaigns, campaigns.resume(id), "Resumed", options.flag("json"));
			case "copy" -> done(campaigns, campaigns.copy(id), "Copied campaign " + id + " as", options.flag("json"));
			case "end" -> {
				Campaign campaign = existing(campaigns, id);
				int cancelled = campaigns.end(id, options.value("reason"));
				if (options.flag("json")) {
					Map<String, Object> json = new LinkedHashMap<>();
					json.put("id", id);
					json.put("state", CampaignState.ENDED.name());
					json.put("cancelled", cancelled);
					out.println(Json.write(json));
				} else {
					out.printf("Ended campaign %d \"%s\": %d open calls cancelled; calls under way finish.%n", id,
							campaign.getName(), cancelled);
				}
			}
			case "delete" -> {
				Campaign campaign = existing(campaigns, id);
				campaigns.delete(id);
				if (options.flag("json")) {
					out.println(Json.write(Map.of("id", id, "deleted", true)));
				} else {
					out.printf("Deleted campaign %d \"%s\" and its calls.%n", id, campaign.getName());
				}
			}
			case "preview" -> preview(campaigns.preview(existing(campaigns, id), days), options.flag("json"));
			default -> throw new UsageException("unknown subcommand " + sub);
			}
			return Cli.OK;
		}
	}

	private interface Call {
		Campaign run();
	}

	/** A refusal of the file's campaign, said with the file's name. */
	private static Campaign checked(Path file, Call call) throws FailedException {
		try {
			return call.run();
		} catch (ServiceException e) {
			if (e.kind() == ServiceException.Kind.INVALID) {
				throw new FailedException(file + ": " + e.getMessage());
			}
			throw e;
		}
	}

	private static long id(String text) throws UsageException {
		try {
			long id = Long.parseLong(text);
			if (id > 0) {
				return id;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new UsageException("a campaign id is a number above 0, not '" + text + "'");
	}

	private static Campaign existing(CampaignService campaigns, long id) {
		Campaign c = campaigns.find(id);
		if (c == null) {
			throw new ServiceException(ServiceException.Kind.NOT_FOUND, "There is no campaign " + id);
		}
		return c;
	}

	/**
	 * The preview of a campaign file that says {@code "active": true}: refused (nothing stored) when the planner
	 * would not plan it at all, a warning when it places no call in the next {@code days} days or the preview warns.
	 */
	private static String previewBeforeActive(CampaignService campaigns, Campaign campaign, Path file, int days)
			throws FailedException {
		org.revisit.core.plan.CampaignPreview preview;
		try {
			preview = campaigns.preview(campaign, days);
		} catch (ServiceException e) {
			if (e.kind() == ServiceException.Kind.INVALID) {
				throw new FailedException(file + ": " + e.getMessage());
			}
			throw e;
		}
		if (!preview.problems().isEmpty()) {
			throw new FailedException(file + ": \"active\": true, but the preview finds the campaign would not be "
					+ "planned: " + String.join("; ", preview.problems()) + "; nothing stored (create it as a draft, "
					+ "see 'campaign preview', then 'campaign activate')");
		}
		List<String> warnings = new ArrayList<>(preview.warnings());
		if (preview.calls() == 0) {
			warnings.add(0, "the preview places no call in the next " + days + " days (" + preview.proposals()
					+ " proposed, " + preview.refused() + " refused by the gates); see 'campaign preview ID'");
		}
		return warnings.isEmpty() ? null : String.join("; ", warnings);
	}

	private void done(CampaignService campaigns, Campaign c, String verb, boolean json) {
		done(campaigns, c, verb, json, null);
	}

	private void done(CampaignService campaigns, Campaign c, String verb, boolean json, String warning) {
		CampaignState state = campaigns.states().get(c.getId());
		if (json) {
			Map<String, Object> written = new LinkedHashMap<>(CampaignFile.write(c, state.name()));
			if (warning != null) {
				written.put("warning", warning);
			}
			out.println(Json.write(written));
		} else {
			out.printf("%s campaign %d \"%s\" (%s, version %d).%n", verb, c.getId(), c.getName(),
					state.name().toLowerCase(), c.getVersion());
		}
	}

	private void list(CampaignService campaigns, boolean json) {
		Map<Long, CampaignState> states = campaigns.states();
		Map<Long, CampaignProgress> progress = campaigns.progress();
		// The call types of the plug-ins installed here (as 'calltypes' lists them): a campaign whose plug-in was
		// uninstalled is kept, with its calls, but nothing plans or shows its calls until the plug-in is back.
		CallTypeRegistry installed = CallTypeRegistry.read();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Campaign c : campaigns.list()) {
			CampaignProgress p = progress.getOrDefault(c.getId(), new CampaignProgress(0, 0));
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", c.getId());
			row.put("name", c.getName());
			row.put("callTypeId", c.getCallTypeId());
			row.put("state", states.get(c.getId()).name());
			row.put("priority", c.getPriority());
			row.put("activeFrom", c.getActiveFrom() == null ? null : c.getActiveFrom().toString());
			row.put("activeTo", c.getActiveTo() == null ? null : c.getActiveTo().toString());
			row.put("openCalls", p.open());
			row.put("calls", p.total());
			row.put("callTypeInstalled", installed.get(c.getCallTypeId()) != null);
			rows.add(row);
		}
		if (json) {
			out.println(Json.write(rows));
			return;
		}
		out.printf("%-5s %-7s %-4s %-23s %-9s %s%n", "ID", "STATE", "PRIO", "PERIOD", "OPEN/ALL", "NAME (CALL TYPE)");
		for (Map<String, Object> r : rows) {
			out.printf("%-5s %-7s %-4s %-23s %-9s %s (%s)%n", r.get("id"), String.valueOf(r.get("state")).toLowerCase(),
					r.get("priority"), period(r.get("activeFrom"), r.get("activeTo")), r.get("openCalls") + "/" + r.get("calls"),
					r.get("name"), Boolean.TRUE.equals(r.get("callTypeInstalled")) ? r.get("callTypeId")
							: r.get("callTypeId") + ", call type not installed");
		}
		out.println(rows.size() + " campaigns");
	}

	private static String period(Object from, Object to) {
		return (from == null ? "…" : from) + " to " + (to == null ? "…" : to);
	}

	private void show(CampaignService campaigns, Campaign c, boolean json) {
		CampaignState state = campaigns.states().get(c.getId());
		CampaignProgress p = campaigns.progress().getOrDefault(c.getId(), new CampaignProgress(0, 0));
		String reason = state == CampaignState.ENDED ? campaigns.endReason(c.getId()) : null;
		Map<String, Object> m = CampaignFile.write(c, state.name());
		if (json) {
			m.put("endReason", reason);
			m.put("openCalls", p.open());
			m.put("calls", p.total());
			out.println(Json.write(m));
			return;
		}
		for (Map.Entry<String, Object> e : m.entrySet()) {
			out.printf("%-15s %s%n", e.getKey() + ":", e.getValue() == null ? "" : e.getValue());
		}
		if (reason != null) {
			out.printf("%-15s %s%n", "endReason:", reason);
		}
		out.printf("%-15s %d open of %d%n", "calls:", p.open(), p.total());
	}

	private void preview(CampaignPreview preview, boolean json) {
		if (json) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("from", preview.from().toString());
			m.put("days", preview.days());
			m.put("calls", preview.calls());
			m.put("proposals", preview.proposals());
			Map<String, Object> perDay = new LinkedHashMap<>();
			preview.callsPerDay().forEach((d, n) -> perDay.put(d.toString(), n));
			m.put("callsPerDay", perDay);
			m.put("callsPerAgent", preview.callsPerAgent());
			Map<String, Object> refused = new LinkedHashMap<>();
			preview.refusedPerGate().forEach((g, n) -> refused.put(g.name(), n));
			m.put("refusedPerGate", refused);
			m.put("problems", preview.problems());
			m.put("warnings", preview.warnings());
			out.println(Json.write(m));
			return;
		}
		out.printf("Preview of %d days from %s: %d calls of %d proposed (nothing was stored).%n", preview.days(),
				preview.from(), preview.calls(), preview.proposals());
		for (Map.Entry<LocalDate, Integer> e : preview.callsPerDay().entrySet()) {
			if (e.getValue() > 0) {
				out.printf("  %s  %5d%n", e.getKey(), e.getValue());
			}
		}
		if (!preview.callsPerAgent().isEmpty()) {
			out.println("Per agent:");
			preview.callsPerAgent().forEach((a, n) -> out.printf("  %-12s %5d%n", a.isEmpty() ? "(none)" : a, n));
		}
		if (!preview.refusedPerGate().isEmpty()) {
			out.println("Refused:");
			preview.refusedPerGate().forEach((g, n) -> out.printf("  %-15s %5d%n", g, n));
		}
		preview.problems().forEach(p -> out.println("Problem: " + p));
		preview.warnings().forEach(w -> out.println("Warning: " + w));
	}
}
