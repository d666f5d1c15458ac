package org.revisit.core.calltype;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.core.plan.TargetFilter;
import org.revisit.model.AttemptPolicy;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.RetryRule;
import org.revisit.model.validation.RevisitModelValidator;

/**
 * Checks a campaign before it is stored: the model's own constraints (period, calling windows, attempts,
 * names), a name, an installed call type, a target filter that parses, a priority from 0 to 100, a script version
 * that is 1 or more or the current one, and the call type's declared parameters.
 * <p>
 * Each problem is a {@link Problem}: the field, named by its path in the campaign file ({@code name},
 * {@code callingWindows[1]}, {@code retryMinutes.NO_ANSWER}, {@code parameters.eventDate}), and what is wrong, in the
 * platform's language. The service and the command line say {@code parameters.eventDate: is required}; the
 * workbench puts the label of the field the user sees in place of the path. Pure: it reads nothing but the
 * campaign and the registry, so the workbench can run it as the user types.
 */
public final class CampaignValidation {

	/** The {@code scriptVersion} of a campaign that follows its script's current (newest) version. */
	public static final int CURRENT_SCRIPT_VERSION = 0;

	/**
	 * A problem of a campaign.
	 *
	 * @param field the campaign file's path of the field, e.g. {@code parameters.eventDate} or {@code callingWindows[0]}
	 * @param text what is wrong with it, in the platform's language, without the field
	 */
	public record Problem(String field, String text) {

		/** The problem as the service and the command line say it: the field's path, then the text. */
		@Override
		public String toString() {
			return NLS.bind(Messages.Campaign_field, field, text);
		}
	}

	private CampaignValidation() {
	}

	/** The problems of {@code campaign}, each {@code field: text} (see {@link Problem#toString}); empty if it may be stored. */
	public static List<String> problems(Campaign campaign, CallTypeRegistry registry) {
		return findings(campaign, registry).stream().map(Problem::toString).toList();
	}

	/** The problems of {@code campaign}; empty if it may be stored. */
	public static List<Problem> findings(Campaign campaign, CallTypeRegistry registry) {
		List<Problem> problems = new ArrayList<>();
		if (campaign.getName() == null || campaign.getName().isBlank()) {
			problems.add(new Problem("name", Messages.Campaign_required)); //$NON-NLS-1$
		}
		CallTypeDescriptor callType = null;
		if (campaign.getCallTypeId() == null || campaign.getCallTypeId().isBlank()) {
			problems.add(new Problem("callTypeId", Messages.Campaign_required)); //$NON-NLS-1$
		} else {
			callType = registry.get(campaign.getCallTypeId());
			if (callType == null) {
				problems.add(new Problem("callTypeId", NLS.bind(Messages.Campaign_noCallType, campaign.getCallTypeId(), //$NON-NLS-1$
						String.join(", ", registry.all().stream().map(CallTypeDescriptor::id).toList())))); //$NON-NLS-1$
			}
		}
		if (campaign.getPriority() < 0 || campaign.getPriority() > 100) {
			problems.add(new Problem("priority", NLS.bind(Messages.Campaign_priority, campaign.getPriority()))); //$NON-NLS-1$
		}
		if (campaign.getScriptVersion() < CURRENT_SCRIPT_VERSION) {
			problems.add(new Problem("scriptVersion", //$NON-NLS-1$
					NLS.bind(Messages.Campaign_scriptVersion, campaign.getScriptVersion())));
		}
		try {
			TargetFilter.parse(campaign.getTargetFilter());
		} catch (IllegalArgumentException e) {
			problems.add(new Problem("targetFilter", e.getMessage())); //$NON-NLS-1$
		}
		Diagnostic diagnostic = RevisitModelValidator.diagnostician().validate(campaign);
		collect(diagnostic, problems);
		if (callType != null) {
			problems.addAll(parameterFindings(campaign.getParameters().map(), callType));
		}
		return problems;
	}

	/** The problems of the parameter values against the call type's declarations, each {@code field: text}. */
	public static List<String> parameterProblems(Map<String, String> values, CallTypeDescriptor callType) {
		return parameterFindings(values, callType).stream().map(Problem::toString).toList();
	}

	/** The problems of the parameter values against the call type's declarations. */
	public static List<Problem> parameterFindings(Map<String, String> values, CallTypeDescriptor callType) {
		List<Problem> problems = new ArrayList<>();
		for (CallTypeParameter p : callType.parameters()) {
			String problem = p.problem(values.get(p.name()));
			if (problem != null) {
				problems.add(new Problem(PARAMETERS + p.name(), problem));
			}
		}
		if (!callType.parameters().isEmpty()) {
			for (String name : values.keySet()) {
				if (callType.parameter(name) == null) {
					problems.add(new Problem(PARAMETERS + name, NLS.bind(Messages.Campaign_noSuchParameter, callType.id(),
							String.join(", ", callType.parameters().stream().map(CallTypeParameter::name).toList())))); //$NON-NLS-1$
				}
			}
		}
		return problems;
	}

	/** The prefix of a parameter's field: {@code parameters.eventDate}. */
	public static final String PARAMETERS = "parameters."; //$NON-NLS-1$

	private static void collect(Diagnostic diagnostic, List<Problem> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				EObject object = null;
				EStructuralFeature feature = null;
				String detail = null;
				for (Object o : diagnostic.getData()) {
					if (o instanceof EStructuralFeature f) {
						feature = f;
					} else if (o instanceof EObject e && object == null) {
						object = e;
					} else if (o instanceof String s) {
						detail = s;
					}
				}
				String field = field(object, feature);
				problems.add(new Problem(field, detail != null ? detail : diagnostic.getMessage()));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, problems);
		}
	}

	/** The campaign file's path of a model object's field. */
	private static String field(EObject object, EStructuralFeature feature) {
		if (object instanceof CallingWindow w && w.eContainer() instanceof Campaign c) {
			return "callingWindows[" + c.getCallingWindows().indexOf(w) + "]"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (object instanceof AttemptPolicy) {
			return "maxAttempts"; //$NON-NLS-1$
		}
		if (object instanceof RetryRule r) {
			return r.getOutcomeCode() == null || r.getOutcomeCode().isBlank() ? "retryMinutes" //$NON-NLS-1$
					: "retryMinutes." + r.getOutcomeCode(); //$NON-NLS-1$
		}
		return feature == null ? "campaign" : feature.getName(); //$NON-NLS-1$
	}
}
