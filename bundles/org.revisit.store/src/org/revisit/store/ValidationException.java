package org.revisit.store;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.internal.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.revisit.model.validation.RevisitModelValidator;

/**
 * Objects were refused before anything was written because the model validator found errors. The message lists
 * every error; each names the object and the field. Warnings do not refuse a save.
 */
public class ValidationException extends StoreException {

	private static final long serialVersionUID = 1L;

	/** At most this many errors are spelled out in the message; a bulk save may have thousands. */
	private static final int MAX_LISTED = 20;

	private final transient List<Diagnostic> errors;

	public ValidationException(List<Diagnostic> errors) {
		super(null, Messages.Store_notSaved, listed(errors));
		this.errors = List.copyOf(errors);
	}

	/** The error diagnostics; their data is {@code [object, feature]}. */
	public List<Diagnostic> errors() {
		return errors;
	}

	/** Validates {@code objects} with their contents and throws if any has an error. */
	static void check(Collection<? extends EObject> objects) {
		check(objects, null);
	}

	/** {@link #check(Collection)} with the constraints that depend on today's date, as {@code clock} tells it. */
	static void check(Collection<? extends EObject> objects, java.time.Clock clock) {
		Diagnostician diagnostician = RevisitModelValidator.diagnostician(clock);
		List<Diagnostic> errors = new ArrayList<>();
		for (EObject object : objects) {
			collectErrors(diagnostician.validate(object), errors);
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	static void check(EObject object) {
		check(List.of(object));
	}

	private static void collectErrors(Diagnostic diagnostic, List<Diagnostic> errors) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				errors.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectErrors(child, errors);
		}
	}

	/** The errors' messages (the model's, in the platform's language), the first {@value #MAX_LISTED} of them. */
	private static String listed(List<Diagnostic> errors) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < errors.size() && i < MAX_LISTED; i++) {
			sb.append(i == 0 ? "" : "; ").append(errors.get(i).getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return errors.size() > MAX_LISTED ? NLS.bind(Messages.Store_moreErrors, sb, errors.size() - MAX_LISTED)
				: sb.toString();
	}
}
