package org.revisit.core.calltype;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The call types contributed to {@value #EXTENSION_POINT}; {@link #read()} shares one reading. A broken contribution is logged with
 * the name of the bundle that made it and skipped; the others are unaffected.
 */
public final class CallTypeRegistry {

	public static final String EXTENSION_POINT = "org.revisit.core.callTypes"; //$NON-NLS-1$

	private final Map<String, CallTypeDescriptor> byId;
	private final List<String> problems;

	private CallTypeRegistry(Map<String, CallTypeDescriptor> byId, List<String> problems) {
		this.byId = Collections.unmodifiableMap(byId);
		this.problems = List.copyOf(problems);
	}

	/** The call types of the platform's registry, shared; {@code null} until read, and again after a change. */
	private static volatile CallTypeRegistry shared;

	/** The registry whose changes drop {@link #shared}; {@code null} until listened to. */
	private static IExtensionRegistry listened;

	/**
	 * The call types of the platform's extension registry, shared by the planner, the workbench and the command
	 * line: read once (each broken contribution logged once), and read again after plug-ins that contribute call
	 * types come or go (installed with p2 and started, or uninstalled).
	 */
	public static CallTypeRegistry read() {
		CallTypeRegistry r = shared;
		if (r != null) {
			return r;
		}
		synchronized (CallTypeRegistry.class) {
			if (shared == null) {
				IExtensionRegistry registry = RegistryFactory.getRegistry();
				if (registry != null && listened != registry) {
					registry.addListener(new Changes(), EXTENSION_POINT);
					listened = registry;
				}
				shared = read(registry);
			}
			return shared;
		}
	}

	/** Drops the shared call types when contributions to the extension point come or go. */
	private static final class Changes implements IRegistryEventListener {
		@Override
		public void added(IExtension[] extensions) {
			shared = null;
		}

		@Override
		public void removed(IExtension[] extensions) {
			shared = null;
		}

		@Override
		public void added(IExtensionPoint[] points) {
			shared = null;
		}

		@Override
		public void removed(IExtensionPoint[] points) {
			shared = null;
		}
	}

	/** Reads the contributions of {@code registry} anew; each broken one is logged and skipped. */
	public static CallTypeRegistry read(IExtensionRegistry registry) {
		Map<String, CallTypeDescriptor> byId = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
				: registry.getConfigurationElementsFor(EXTENSION_POINT);
		for (IConfigurationElement element : elements) {
			String contributor = element.getContributor().getName();
			try {
				CallTypeDescriptor d = descriptor(element, contributor);
				CallTypeDescriptor earlier = byId.putIfAbsent(d.id(), d);
				if (earlier != null) {
					throw new IllegalArgumentException("the id " + d.id() + " is already used by " + earlier.contributor());
				}
			} catch (IllegalArgumentException e) {
				String problem = "Call type contributed by " + contributor + " skipped: " + e.getMessage();
				problems.add(problem);
				if (InstalledBundles.installed() == null) {
					// Outside the framework there is no log; the problems are returned (and 'calltypes' shows them).
					ILog.of(CallTypeRegistry.class).warn(problem);
				}
			}
		}
		return new CallTypeRegistry(byId, problems);
	}

	private static CallTypeDescriptor descriptor(IConfigurationElement element, String contributor) {
		String id = required(element, "id"); //$NON-NLS-1$
		String name = required(element, "name"); //$NON-NLS-1$
		required(element, "class"); //$NON-NLS-1$
		String priorityText = required(element, "priority"); //$NON-NLS-1$
		int priority;
		try {
			priority = Integer.parseInt(priorityText.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(id + ": priority must be a whole number from 0 to 100, not '"
					+ priorityText + "'");
		}
		if (priority < 0 || priority > 100) {
			throw new IllegalArgumentException(id + ": priority must be from 0 to 100, not " + priority);
		}
		List<CallTypeDescriptor.Outcome> outcomes = new ArrayList<>();
		for (IConfigurationElement o : element.getChildren("outcome")) { //$NON-NLS-1$
			outcomes.add(new CallTypeDescriptor.Outcome(required(o, "code"), required(o, "name"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Map<String, String> scripts = new LinkedHashMap<>();
		for (IConfigurationElement s : element.getChildren("script")) { //$NON-NLS-1$
			scripts.put(required(s, "language"), required(s, "path")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String supervision = element.getAttribute("supervision"); //$NON-NLS-1$
		if (supervision != null && !supervision.isBlank() && !supervision.strip().matches("true|false")) { //$NON-NLS-1$
			throw new IllegalArgumentException(id + ": supervision must be true or false, not '" + supervision + "'");
		}
		List<CallTypeParameter> parameters = new ArrayList<>();
		for (IConfigurationElement p : element.getChildren("parameter")) { //$NON-NLS-1$
			CallTypeParameter parameter = parameter(id, p);
			if (parameters.stream().anyMatch(q -> q.name().equals(parameter.name()))) {
				throw new IllegalArgumentException(id + ": parameter " + parameter.name() + " is declared twice");
			}
			parameters.add(parameter);
		}
		return new CallTypeDescriptor(id, name, element.getAttribute("icon"), priority, //$NON-NLS-1$
				supervision != null && supervision.strip().equals("true"), outcomes, scripts, contributor, element, //$NON-NLS-1$
				element.getAttribute("description"), parameters); //$NON-NLS-1$
	}

	/** One declared parameter; its default must be a valid value. */
	private static CallTypeParameter parameter(String callType, IConfigurationElement p) {
		String name = required(p, "name"); //$NON-NLS-1$
		if (!name.matches("[A-Za-z][A-Za-z0-9_.]*")) { //$NON-NLS-1$
			throw new IllegalArgumentException(callType + ": parameter name '" + name
					+ "' must be a letter followed by letters, digits, _ or .");
		}
		CallTypeParameter.Type type;
		try {
			type = CallTypeParameter.Type.of(required(p, "type")); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(callType + ": parameter " + name + ": " + e.getMessage());
		}
		List<String> choices = new ArrayList<>();
		String choiceText = p.getAttribute("choices"); //$NON-NLS-1$
		if (choiceText != null) {
			for (String c : choiceText.split(",")) { //$NON-NLS-1$
				if (!c.isBlank()) {
					choices.add(c.strip());
				}
			}
		}
		if (type == CallTypeParameter.Type.CHOICE && choices.isEmpty()) {
			throw new IllegalArgumentException(callType + ": parameter " + name + " is a choice without choices");
		}
		Integer max = null;
		String maxText = p.getAttribute("max"); //$NON-NLS-1$
		if (maxText != null && !maxText.isBlank()) {
			if (type != CallTypeParameter.Type.INTEGER && type != CallTypeParameter.Type.DAYS) {
				throw new IllegalArgumentException(callType + ": parameter " + name + " has a max but is not integer or days");
			}
			try {
				max = Integer.valueOf(maxText.strip());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(callType + ": parameter " + name + ": max must be a whole number, not '"
						+ maxText + "'");
			}
		}
		String label = p.getAttribute("label"); //$NON-NLS-1$
		String fallback = p.getAttribute("default"); //$NON-NLS-1$
		String defaultValue = fallback == null || fallback.isBlank() ? null : fallback.strip();
		CallTypeParameter parameter = new CallTypeParameter(name, type, defaultValue,
				label == null || label.isBlank() ? name : label.strip(), p.getAttribute("help"), //$NON-NLS-1$
				"true".equals(p.getAttribute("required")), choices, max); //$NON-NLS-1$ //$NON-NLS-2$
		String problem = defaultValue == null ? null : parameter.problem(defaultValue);
		if (problem != null) {
			throw new IllegalArgumentException(callType + ": the default of parameter " + name + " " + problem);
		}
		return parameter;
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			throw new IllegalArgumentException("<" + element.getName() + (id == null ? "" : " id=\"" + id + "\"")
					+ "> has no " + attribute);
		}
		return value.strip();
	}

	/** Every call type, in the order the registry gave them. */
	public List<CallTypeDescriptor> all() {
		return List.copyOf(byId.values());
	}

	/** The call type {@code id}, or {@code null}. */
	public CallTypeDescriptor get(String id) {
		return byId.get(id);
	}

	/** What was skipped, and why; each message names the contributing bundle. */
	public List<String> problems() {
		return problems;
	}
}
