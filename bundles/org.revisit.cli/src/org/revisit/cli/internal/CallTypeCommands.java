package org.revisit.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;

/** {@code revisit cli calltypes}: the call types the installed plug-ins contribute. */
final class CallTypeCommands {

	private final PrintStream out;

	CallTypeCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(new Cli.Command("calltypes", Messages.Calltypes_summary, Messages.Calltypes_help,
				Set.of(), Set.of("json", "help"), this::list));
	}

	private int list(Options options) {
		CallTypeRegistry registry = CallTypeRegistry.read();
		if (options.flag("json")) {
			List<Object> types = new ArrayList<>();
			for (CallTypeDescriptor d : registry.all()) {
				Map<String, Object> t = new LinkedHashMap<>();
				t.put("id", d.id());
				t.put("name", d.name());
				t.put("priority", d.priority());
				List<Object> outcomes = new ArrayList<>();
				d.outcomes().forEach(o -> {
					// code first, then name, in every run (Map.of iterates in an order that changes from run to run)
					Map<String, Object> outcome = new LinkedHashMap<>();
					outcome.put("code", o.code());
					outcome.put("name", o.name());
					outcomes.add(outcome);
				});
				t.put("outcomes", outcomes);
				// by language, in every run and both ways of starting (the framework's registry and the one read
				// without it give a call type's scripts in different orders)
				t.put("scripts", new java.util.TreeMap<>(d.scripts()));
				t.put("contributor", d.contributor());
				types.add(t);
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("callTypes", types);
			result.put("skipped", registry.problems());
			out.println(Json.write(result));
		} else {
			for (CallTypeDescriptor d : registry.all()) {
				out.println(Cli.pad(d.id(), 45) + " " + Cli.pad(d.name(), 20) + " " //$NON-NLS-1$ //$NON-NLS-2$
						+ NLS.bind(Messages.Calltypes_priority, String.format("%3d", d.priority())) + "  (" + d.contributor() //$NON-NLS-1$ //$NON-NLS-2$
						+ ")"); //$NON-NLS-1$
			}
			if (registry.all().isEmpty()) {
				out.println(Messages.Calltypes_none);
			}
			registry.problems().forEach(p -> out.println(NLS.bind(Messages.Script_skipped, p)));
		}
		return Cli.OK;
	}
}
