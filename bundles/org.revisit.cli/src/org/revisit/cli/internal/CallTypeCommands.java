package org.revisit.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;

/** {@code revisit cli calltypes}: the call types the installed plug-ins contribute. */
final class CallTypeCommands {

	private final PrintStream out;

	CallTypeCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(new Cli.Command("calltypes", "lists the call types the installed plug-ins contribute",
				"Usage: revisit cli calltypes [--json]\n"
						+ "Lists each call type: id, name, priority, outcome codes, default scripts and the\n"
						+ "contributing plug-in, and the contributions that were skipped as broken, with why.",
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
				out.println(String.format("%-45s %-20s priority %3d  (%s)", d.id(), d.name(), d.priority(),
						d.contributor()));
			}
			if (registry.all().isEmpty()) {
				out.println("No call types are installed.");
			}
			registry.problems().forEach(p -> out.println("Skipped: " + p));
		}
		return Cli.OK;
	}
}
