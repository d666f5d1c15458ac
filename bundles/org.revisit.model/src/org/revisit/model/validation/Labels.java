package org.revisit.model.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;
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

	static final String BUNDLE = "org.revisit.model.validation.messages";

	private Labels() {
	}

	/** A label for {@code object} in the default locale. */
	public static String of(EObject object) {
		return of(object, Locale.getDefault());
	}

	/** A label for {@code object} in {@code locale}. */
	public static String of(EObject object, Locale locale) {
		if (object == null) {
			return "null";
		}
		String own = own(object, locale);
		EObject owner = object instanceof Entity ? null : object.eContainer();
		return owner == null ? own : format(locale, "label.owned", own, of(owner, locale));
	}

	private static String own(EObject o, Locale l) {
		if (o instanceof Contact c) {
			return entity(l, "label.Contact", c.getName(), c.getId());
		} else if (o instanceof Campaign c) {
			return entity(l, "label.Campaign", c.getName(), c.getId());
		} else if (o instanceof Script s) {
			return entity(l, "label.Script", s.getScriptId() + " v" + s.getScriptVersion(), s.getId());
		} else if (o instanceof User u) {
			return entity(l, "label.User", u.getName(), u.getId());
		} else if (o instanceof HolidayCalendar h) {
			return entity(l, "label.HolidayCalendar", h.getName(), h.getId());
		} else if (o instanceof CallTask t) {
			return entity(l, "label.CallTask", null, t.getId());
		} else if (o instanceof CallOutcome t) {
			return entity(l, "label.CallOutcome", null, t.getId());
		} else if (o instanceof Entity e) {
			return entity(l, "label.Entity", e.eClass().getName(), e.getId());
		} else if (o instanceof PhoneNumber p) {
			return format(l, "label.PhoneNumber", nonNull(p.getNumber()));
		} else if (o instanceof Birthday) {
			return format(l, "label.Birthday");
		} else if (o instanceof CallingWindow w) {
			return format(l, "label.CallingWindow", indexIn(w));
		} else if (o instanceof AttemptPolicy) {
			return format(l, "label.AttemptPolicy");
		} else if (o instanceof RetryRule r) {
			return format(l, "label.RetryRule", nonNull(r.getOutcomeCode()));
		} else if (o instanceof Step s) {
			return format(l, "label.Step", s.getNumber());
		} else if (o instanceof Answer a) {
			return format(l, "label.Answer", nonNull(a.getLabel()));
		} else if (o instanceof Score s) {
			return format(l, "label.Score", nonNull(s.getAspect()));
		} else if (o instanceof HolidayRule r) {
			return format(l, "label.HolidayRule", nonNull(r.getName()));
		}
		return format(l, "label.Other", o.eClass().getName(), indexIn(o));
	}

	private static String entity(Locale l, String key, String name, long id) {
		boolean named = name != null && !name.isBlank();
		if (named && id != 0) {
			return format(l, key + ".named.id", nonNull(name), Long.toString(id));
		} else if (named) {
			return format(l, key + ".named", nonNull(name));
		} else if (id != 0) {
			return format(l, key + ".id", Long.toString(id));
		}
		return format(l, key + ".new");
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

	static String format(Locale locale, String key, Object... args) {
		String pattern;
		try {
			pattern = ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader()).getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
		Object[] plain = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			// no digit grouping: a year or a minute count reads "2025", not "2,025"
			plain[i] = args[i] instanceof Number ? args[i].toString() : args[i];
		}
		return new MessageFormat(pattern, locale).format(plain);
	}
}
