package org.revisit.core.calltype;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * One {@code callTypes} contribution as data: everything but the executable part is read from the
 * contribution without loading any class, and the {@link CallType} is created on first use.
 */
public final class CallTypeDescriptor {

	/** An outcome code and the name people see. */
	public record Outcome(String code, String name) {
	}

	private final String id;
	private final String name;
	private final String icon;
	private final int priority;
	private final boolean supervision;
	private final List<Outcome> outcomes;
	private final Map<String, String> scripts;
	private final String contributor;
	private final IConfigurationElement element;
	private final String description;
	private final List<CallTypeParameter> parameters;
	private volatile CallType callType;

	CallTypeDescriptor(String id, String name, String icon, int priority, boolean supervision, List<Outcome> outcomes,
			Map<String, String> scripts, String contributor, IConfigurationElement element) {
		this(id, name, icon, priority, supervision, outcomes, scripts, contributor, element, null, List.of());
	}

	CallTypeDescriptor(String id, String name, String icon, int priority, boolean supervision, List<Outcome> outcomes,
			Map<String, String> scripts, String contributor, IConfigurationElement element, String description,
			List<CallTypeParameter> parameters) {
		this.id = id;
		this.name = name;
		this.icon = icon;
		this.priority = priority;
		this.supervision = supervision;
		this.outcomes = List.copyOf(outcomes);
		this.scripts = Map.copyOf(scripts);
		this.contributor = contributor;
		this.element = element;
		this.description = description;
		this.parameters = List.copyOf(parameters);
	}

	/** One or two sentences on what the call type is for, in the platform's language, or {@code null}. */
	public String description() {
		return description;
	}

	/** The campaign parameters the contribution declares, in its order (empty if it declares none). */
	public List<CallTypeParameter> parameters() {
		return parameters;
	}

	/** The declared parameter {@code name}, or {@code null}. */
	public CallTypeParameter parameter(String name) {
		return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
	}

	public String id() {
		return id;
	}

	/** The name in the platform's language. */
	public String name() {
		return name;
	}

	/** The icon's path inside the contributing bundle, or {@code null}. */
	public String icon() {
		return icon;
	}

	/** 0 to 100; higher wins when call types compete for one contact's weekly budget. */
	public int priority() {
		return priority;
	}

	/**
	 * Whether calls of this type are service supervision (the contribution's {@code supervision="true"}): only
	 * users with {@link org.revisit.core.service.Permission#SUPERVISION_CALLS} make them.
	 */
	public boolean supervision() {
		return supervision;
	}

	public List<Outcome> outcomes() {
		return outcomes;
	}

	/** Default script paths inside the contributing bundle, by language (zh, en). */
	public Map<String, String> scripts() {
		return scripts;
	}

	/** The symbolic name of the contributing bundle. */
	public String contributor() {
		return contributor;
	}

	/**
	 * The call type's eligibility and timing, created on the first call.
	 *
	 * @throws CoreException if the contributed class cannot be created
	 */
	public CallType callType() throws CoreException {
		CallType c = callType;
		if (c == null) {
			synchronized (this) {
				c = callType;
				if (c == null) {
					Object created;
					try {
						created = element.createExecutableExtension("class"); //$NON-NLS-1$
					} catch (CoreException e) {
						throw new CoreException(org.eclipse.core.runtime.Status.error("Call type " + id + " of "
								+ contributor + ": its class cannot be created: " + e.getMessage(), e));
					}
					if (!(created instanceof CallType type)) {
						throw new CoreException(org.eclipse.core.runtime.Status.error("Call type " + id + " of "
								+ contributor + ": " + created.getClass().getName() + " does not implement "
								+ CallType.class.getName()));
					}
					c = callType = type;
				}
			}
		}
		return c;
	}

	@Override
	public String toString() {
		return id + " (" + contributor + ")";
	}
}
