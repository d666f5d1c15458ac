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

import org.eclipse.osgi.util.NLS;
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
		return List.of(new Cli.Command("campaign", Messages.Campaign_summary, Messages.Campaign_help, //$NON-NLS-1$
				Set.of("data", "reason", "days"), Set.of("json", "help"), this::campaign));
	}

	private int campaign(Options options) throws Exception {
		List<String> args = options.positional();
		if (args.isEmpty() || !SUBCOMMANDS.contains(args.get(0))) {
			throw new UsageException(NLS.bind(Messages.Campaign_expectedSub, String.join(", ", SUBCOMMANDS))); //$NON-NLS-1$
		}
		String sub = args.get(0);
		int expected = switch (sub) {
		case "list" -> 1;
		case "edit" -> 3;
		default -> 2;
		};
		if (args.size() != expected) {
			throw new UsageException(NLS.bind(Messages.Campaign_expectedArgs, sub + switch (sub) {
			case "list" -> ""; //$NON-NLS-1$ //$NON-NLS-2$
			case "create" -> " FILE"; //$NON-NLS-1$ //$NON-NLS-2$
			case "edit" -> " ID FILE"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> " ID"; //$NON-NLS-1$
			}));
		}
		if (options.value("reason") != null && !sub.equals("end")) {
			throw new UsageException(Messages.Campaign_reasonOnlyForEnd);
		}
		if (options.value("days") != null && !sub.equals("preview")) {
			throw new UsageException(Messages.Campaign_daysOnlyForPreview);
		}
		if (sub.equals("end") && (options.value("reason") == null || options.value("reason").isBlank())) {
			throw new UsageException(Messages.Campaign_endNeedsReason);
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
					out.println(NLS.bind(Messages.Campaign_warning, warning));
				}
				done(campaigns, created, Messages.Campaign_created, options.flag("json"), warning); //$NON-NLS-1$
			}
			case "edit" -> {
				Path path = Path.of(args.get(2));
				Campaign campaign = existing(campaigns, id);
				CampaignFile.apply(file, campaign, path);
				Campaign saved = checked(path, () -> campaigns.update(campaign));
				done(campaigns, saved, Messages.Campaign_saved, options.flag("json")); //$NON-NLS-1$
			}
			case "activate" -> done(campaigns, campaigns.activate(id), Messages.Campaign_activated, options.flag("json")); //$NON-NLS-1$
			case "pause" -> done(campaigns, campaigns.pause(id), Messages.Campaign_paused, options.flag("json")); //$NON-NLS-1$
			case "resume" -> done(campaigns, campaigns.resume(id), Messages.Campaign_resumed, options.flag("json")); //$NON-NLS-1$
			case "copy" -> done(campaigns, campaigns.copy(id), Messages.Campaign_copied.replace("{4}", Long.toString(id)), //$NON-NLS-1$
					options.flag("json")); //$NON-NLS-1$
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
					out.println(NLS.bind(Messages.Campaign_ended, new Object[] { id, campaign.getName(), cancelled }));
				}
			}
			case "delete" -> {
				Campaign campaign = existing(campaigns, id);
				campaigns.delete(id);
				if (options.flag("json")) {
					out.println(Json.write(Map.of("id", id, "deleted", true)));
				} else {
					out.println(NLS.bind(Messages.Campaign_deleted, id, campaign.getName()));
				}
			}
			case "preview" -> preview(campaigns.preview(existing(campaigns, id), days), options.flag("json"));
			default -> throw new UsageException(NLS.bind(Messages.Campaign_unknownSub, sub));
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
		throw new UsageException(NLS.bind(Messages.Campaign_badId, Cli.shown(text)));
	}

	private static Campaign existing(CampaignService campaigns, long id) {
		Campaign c = campaigns.find(id);
		if (c == null) {
			throw new ServiceException(ServiceException.Kind.NOT_FOUND, NLS.bind(Messages.Campaign_noSuch, id));
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
			throw new FailedException(NLS.bind(Messages.Campaign_activeNotPlanned, file,
					String.join("; ", preview.problems()))); //$NON-NLS-1$
		}
		List<String> warnings = new ArrayList<>(preview.warnings());
		if (preview.calls() == 0) {
			warnings.add(0, NLS.bind(Messages.Campaign_noCallPlaced,
					new Object[] { days, preview.proposals(), preview.refused() }));
		}
		return warnings.isEmpty() ? null : String.join("; ", warnings);
	}

	private void done(CampaignService campaigns, Campaign c, String said, boolean json) {
		done(campaigns, c, said, json, null);
	}

	/** Prints the campaign {@code c}: as JSON, or {@code said} with its id, name, state and version. */
	private void done(CampaignService campaigns, Campaign c, String said, boolean json, String warning) {
		CampaignState state = campaigns.states().get(c.getId());
		if (json) {
			Map<String, Object> written = new LinkedHashMap<>(CampaignFile.write(c, state.name()));
			if (warning != null) {
				written.put("warning", warning);
			}
			out.println(Json.write(written));
		} else {
			out.println(NLS.bind(said, new Object[] { c.getId(), c.getName(), state(state), c.getVersion() }));
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
		// the columns are as wide as their heading in the user's language, at least
		int[] w = { Cli.width(Messages.Campaign_headId, 5), Cli.width(Messages.Campaign_headState, 7),
				Cli.width(Messages.Campaign_headPriority, 4), Cli.width(Messages.Campaign_headPeriod, 23),
				Cli.width(Messages.Campaign_headCalls, 9) };
		out.println(Cli.pad(Messages.Campaign_headId, w[0]) + " " + Cli.pad(Messages.Campaign_headState, w[1]) + " " //$NON-NLS-1$ //$NON-NLS-2$
				+ Cli.pad(Messages.Campaign_headPriority, w[2]) + " " + Cli.pad(Messages.Campaign_headPeriod, w[3]) + " " //$NON-NLS-1$ //$NON-NLS-2$
				+ Cli.pad(Messages.Campaign_headCalls, w[4]) + " " + Messages.Campaign_headName); //$NON-NLS-1$
		for (Map<String, Object> r : rows) {
			out.println(Cli.pad(r.get("id"), w[0]) + " " //$NON-NLS-1$ //$NON-NLS-2$
					+ Cli.pad(state(CampaignState.valueOf(String.valueOf(r.get("state")))), w[1]) + " " //$NON-NLS-1$ //$NON-NLS-2$
					+ Cli.pad(r.get("priority"), w[2]) + " " + Cli.pad(period(r.get("activeFrom"), r.get("activeTo")), w[3]) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ " " + Cli.pad(r.get("openCalls") + "/" + r.get("calls"), w[4]) + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					+ NLS.bind(Messages.Campaign_nameAndType, r.get("name"), //$NON-NLS-1$
							Boolean.TRUE.equals(r.get("callTypeInstalled")) ? r.get("callTypeId") //$NON-NLS-1$ //$NON-NLS-2$
									: NLS.bind(Messages.Campaign_notInstalled, r.get("callTypeId")))); //$NON-NLS-1$
		}
		out.println(NLS.bind(Messages.Campaign_count, rows.size()));
	}

	/** A campaign's state as the user reads it: draft, active, paused, ended (in English the lower-case name). */
	static String state(CampaignState state) {
		return switch (state) {
		case DRAFT -> Messages.Campaign_stateDraft;
		case ACTIVE -> Messages.Campaign_stateActive;
		case PAUSED -> Messages.Campaign_statePaused;
		case ENDED -> Messages.Campaign_stateEnded;
		};
	}

	private static String period(Object from, Object to) {
		return NLS.bind(Messages.Campaign_period, from == null ? "…" : from, to == null ? "…" : to); //$NON-NLS-1$ //$NON-NLS-2$
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
		out.printf("%-15s %s%n", "calls:", NLS.bind(Messages.Campaign_calls, p.open(), p.total())); //$NON-NLS-1$ //$NON-NLS-2$
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
		out.println(NLS.bind(Messages.Campaign_preview,
				new Object[] { preview.days(), preview.from(), preview.calls(), preview.proposals() }));
		for (Map.Entry<LocalDate, Integer> e : preview.callsPerDay().entrySet()) {
			if (e.getValue() > 0) {
				out.printf("  %s  %5d%n", e.getKey(), e.getValue());
			}
		}
		if (!preview.callsPerAgent().isEmpty()) {
			out.println(Messages.Campaign_perAgent);
			preview.callsPerAgent().forEach((a, n) -> out.printf("  %-12s %5d%n", a.isEmpty() ? Messages.Campaign_noAgent : a, n)); //$NON-NLS-1$
		}
		if (!preview.refusedPerGate().isEmpty()) {
			out.println(Messages.Campaign_refused);
			preview.refusedPerGate().forEach((g, n) -> out.printf("  %-15s %5d%n", g, n));
		}
		preview.problems().forEach(p -> out.println(NLS.bind(Messages.Campaign_problem, p)));
		preview.warnings().forEach(w -> out.println(NLS.bind(Messages.Campaign_warning, w)));
	}
}
