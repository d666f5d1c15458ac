package org.revisit.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.revisit.model.Answer;
import org.revisit.model.AttemptPolicy;
import org.revisit.model.Birthday;
import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.Entity;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayRule;
import org.revisit.model.PhoneNumber;
import org.revisit.model.RetryRule;
import org.revisit.model.Score;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.model.User;

/**
 * Names a model object the way a person finds it again: {@code contact "王伟" (#42)},
 * {@code phone number "12x" of contact "王伟" (#42)}. Used in validation messages.
 */
public final class Labels {

	private Labels() {
	}

	/** A label for {@code object} in the platform's language. */
	public static String of(EObject object) {
		if (object == null) {
			return "null"; //$NON-NLS-1$
		}
		String own = own(object);
		EObject owner = object instanceof Entity ? null : object.eContainer();
		return owner == null ? own : format("Label_owned", own, of(owner)); //$NON-NLS-1$
	}

	private static String own(EObject o) {
		if (o instanceof Contact c) {
			return entity("Label_Contact", c.getName(), c.getId()); //$NON-NLS-1$
		} else if (o instanceof Campaign c) {
			return entity("Label_Campaign", c.getName(), c.getId()); //$NON-NLS-1$
		} else if (o instanceof Script s) {
			return entity("Label_Script", s.getScriptId() + " v" + s.getScriptVersion(), s.getId()); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (o instanceof User u) {
			return entity("Label_User", u.getName(), u.getId()); //$NON-NLS-1$
		} else if (o instanceof HolidayCalendar h) {
			return entity("Label_HolidayCalendar", h.getName(), h.getId()); //$NON-NLS-1$
		} else if (o instanceof CallTask t) {
			return entity("Label_CallTask", null, t.getId()); //$NON-NLS-1$
		} else if (o instanceof CallOutcome t) {
			return entity("Label_CallOutcome", null, t.getId()); //$NON-NLS-1$
		} else if (o instanceof Entity e) {
			return entity("Label_Entity", e.eClass().getName(), e.getId()); //$NON-NLS-1$
		} else if (o instanceof PhoneNumber p) {
			return format("Label_PhoneNumber", nonNull(p.getNumber())); //$NON-NLS-1$
		} else if (o instanceof Birthday) {
			return format("Label_Birthday"); //$NON-NLS-1$
		} else if (o instanceof CallingWindow w) {
			return format("Label_CallingWindow", indexIn(w)); //$NON-NLS-1$
		} else if (o instanceof AttemptPolicy) {
			return format("Label_AttemptPolicy"); //$NON-NLS-1$
		} else if (o instanceof RetryRule r) {
			return format("Label_RetryRule", nonNull(r.getOutcomeCode())); //$NON-NLS-1$
		} else if (o instanceof Step s) {
			return format("Label_Step", s.getNumber()); //$NON-NLS-1$
		} else if (o instanceof Answer a) {
			return format("Label_Answer", nonNull(a.getLabel())); //$NON-NLS-1$
		} else if (o instanceof Score s) {
			return format("Label_Score", nonNull(s.getAspect())); //$NON-NLS-1$
		} else if (o instanceof HolidayRule r) {
			return format("Label_HolidayRule", nonNull(r.getName())); //$NON-NLS-1$
		}
		return format("Label_Other", o.eClass().getName(), indexIn(o)); //$NON-NLS-1$
	}

	private static String entity(String key, String name, long id) {
		boolean named = name != null && !name.isBlank();
		if (named && id != 0) {
			return format(key + "_namedId", nonNull(name), Long.toString(id)); //$NON-NLS-1$
		} else if (named) {
			return format(key + "_named", nonNull(name)); //$NON-NLS-1$
		} else if (id != 0) {
			return format(key + "_id", Long.toString(id)); //$NON-NLS-1$
		}
		return format(key + "_new"); //$NON-NLS-1$
	}

	/** 1-based position in the containing list, or 0. */
	private static int indexIn(EObject o) {
		if (o.eContainer() != null && o.eContainingFeature().isMany()) {
			return ((java.util.List<?>) o.eContainer().eGet(o.eContainingFeature())).indexOf(o) + 1;
		}
		return 0;
	}

	/** Names come from input: shown short and with control characters escaped. */
	private static String nonNull(String s) {
		return s == null ? "" : SafeText.echo(s);
	}

	/**
	 * The model's text of {@code key} ({@link Messages}) bound to {@code args}; numbers as plain digits (a year or
	 * a minute count reads "2025", not "2,025"), as {@link NLS#bind} gives them.
	 */
	static String format(String key, Object... args) {
		String pattern = Messages.text(key);
		return args.length == 0 ? pattern : NLS.bind(pattern, args);
	}
}
