package org.revisit.core.calltype;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.revisit.core.plan.TargetFilter;
import org.revisit.model.Campaign;
import org.revisit.model.validation.RevisitModelValidator;

/**
 * Checks a campaign before it is stored: the model's own constraints (period, calling windows, attempts,
 * names), a name, an installed call type, a target filter that parses, a priority from 0 to 100, and the call
 * type's declared parameters. Each problem is one line that starts with the field it is about, e.g.
 * {@code parameters.eventDate: is required}. Pure: it reads nothing but the campaign and the registry, so the
 * workbench can run it as the user types.
 */
public final class CampaignValidation {

	private CampaignValidation() {
	}

	/** The problems of {@code campaign}, empty if it may be stored. */
	public static List<String> problems(Campaign campaign, CallTypeRegistry registry) {
		List<String> problems = new ArrayList<>();
		if (campaign.getName() == null || campaign.getName().isBlank()) {
			problems.add("name: is required");
		}
		CallTypeDescriptor callType = null;
		if (campaign.getCallTypeId() == null || campaign.getCallTypeId().isBlank()) {
			problems.add("callTypeId: is required");
		} else {
			callType = registry.get(campaign.getCallTypeId());
			if (callType == null) {
				problems.add("callTypeId: no call type '" + campaign.getCallTypeId() + "' is installed (installed: "
						+ String.join(", ", registry.all().stream().map(CallTypeDescriptor::id).toList()) + ")");
			}
		}
		if (campaign.getPriority() < 0 || campaign.getPriority() > 100) {
			problems.add("priority: must be from 0 to 100, not " + campaign.getPriority());
		}
		try {
			TargetFilter.parse(campaign.getTargetFilter());
		} catch (IllegalArgumentException e) {
			problems.add("targetFilter: " + e.getMessage());
		}
		Diagnostic diagnostic = RevisitModelValidator.diagnostician().validate(campaign);
		collect(diagnostic, problems);
		if (callType != null) {
			problems.addAll(parameterProblems(campaign.getParameters().map(), callType));
		}
		return problems;
	}

	/** The problems of the parameter values against the call type's declarations. */
	public static List<String> parameterProblems(Map<String, String> values, CallTypeDescriptor callType) {
		List<String> problems = new ArrayList<>();
		for (CallTypeParameter p : callType.parameters()) {
			String problem = p.problem(values.get(p.name()));
			if (problem != null) {
				problems.add("parameters." + p.name() + ": " + problem);
			}
		}
		if (!callType.parameters().isEmpty()) {
			for (String name : values.keySet()) {
				if (callType.parameter(name) == null) {
					problems.add("parameters." + name + ": call type " + callType.id() + " has no such parameter (it has "
							+ String.join(", ", callType.parameters().stream().map(CallTypeParameter::name).toList()) + ")");
				}
			}
		}
		return problems;
	}

	private static void collect(Diagnostic diagnostic, List<String> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				String field = null;
				for (Object o : diagnostic.getData()) {
					if (o instanceof EStructuralFeature f) {
						field = f.getName();
					}
				}
				String message = diagnostic.getMessage();
				problems.add(field == null || message.startsWith(field) ? message : field + ": " + message);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, problems);
		}
	}
}
