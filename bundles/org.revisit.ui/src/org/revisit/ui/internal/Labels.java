package org.revisit.ui.internal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.PhoneNumber;
import org.revisit.store.TaskRepository.QueueItem;

/** How model values are shown to people, in the platform's language. */
public final class Labels {

	private Labels() {
	}

	public static String birthday(Birthday b) {
		if (b == null || b.getMonth() == 0) {
			return ""; //$NON-NLS-1$
		}
		String pattern = b.getCalendar() == CalendarKind.LUNAR
				? (b.isLeapMonth() ? Messages.Birthday_lunarLeap : Messages.Birthday_lunar)
				: Messages.Birthday_solar;
		return NLS.bind(pattern, Integer.valueOf(b.getMonth()), Integer.valueOf(b.getDay()));
	}

	/** The first phone number not marked invalid, or an empty string. */
	public static String phone(Contact c) {
		for (PhoneNumber p : c.getPhones()) {
			if (!p.isInvalid()) {
				return p.getNumber();
			}
		}
		return ""; //$NON-NLS-1$
	}

	public static String status(Contact c) {
		if (c.getStatus() == ContactStatus.LEFT_COMPANY) {
			return Messages.Status_left;
		}
		return c.isDoNotCall() ? Messages.Status_doNotCall : Messages.Status_active;
	}

	/**
	 * The name of a campaign in the workbench's language: the English workbench shows the English name when the
	 * campaign has one, every other language (and English without it) the name.
	 */
	public static String campaign(Campaign c) {
		if (c == null) {
			return ""; //$NON-NLS-1$
		}
		String nl = Platform.getNL();
		boolean english = nl != null && nl.startsWith("en"); //$NON-NLS-1$
		return english && c.getNameEn() != null && !c.getNameEn().isBlank() ? c.getNameEn() : c.getName();
	}

	public static String nameWithTitle(Contact c) {
		return c.getTitle() == null || c.getTitle().isBlank() ? c.getName() : c.getName() + " " + c.getTitle(); //$NON-NLS-1$
	}

	/** The call types installed (shared, read once): their names come translated from the contributing plug-ins. */
	private static CallTypeRegistry registry() {
		return CallTypeRegistry.read();
	}

	/** The name of a call type in the platform's language (from its contribution), or its id if it is not installed. */
	public static String callType(String id) {
		if (id == null) {
			return ""; //$NON-NLS-1$
		}
		CallTypeDescriptor d = registry().get(id);
		return d != null ? d.name() : id;
	}

	/**
	 * The call type of a campaign in the platform's language; if no installed plug-in contributes it any more, its id
	 * and "call type not installed" (the campaign is kept, but nothing plans or shows its calls).
	 */
	public static String campaignCallType(String id) {
		if (id == null) {
			return ""; //$NON-NLS-1$
		}
		CallTypeDescriptor d = registry().get(id);
		return d != null ? d.name() : NLS.bind(Messages.CampaignsView_callTypeNotInstalled, id);
	}

	/**
	 * How a call of call type {@code callTypeId} ended, in the platform's language: the name the call type's
	 * contribution declares for {@code code}, else the product's own word for it ({@link #disposition}), else the
	 * code itself.
	 */
	public static String outcome(String callTypeId, String code) {
		if (code == null) {
			return ""; //$NON-NLS-1$
		}
		CallTypeDescriptor d = callTypeId == null ? null : registry().get(callTypeId);
		if (d != null) {
			for (CallTypeDescriptor.Outcome o : d.outcomes()) {
				if (o.code().equals(code)) {
					return o.name();
				}
			}
		}
		return disposition(code);
	}

	/** Call types whose contribution names no icon that can be read (asked once, on the UI thread). */
	private static final Set<String> NO_ICON = new HashSet<>();

	/** The icon a call type's contribution names, or null; on the UI thread (the images live in JFace's registry). */
	public static Image callTypeImage(String id) {
		if (id == null || NO_ICON.contains(id)) {
			return null;
		}
		String key = "org.revisit.ui.callType/" + id; //$NON-NLS-1$
		ImageRegistry images = JFaceResources.getImageRegistry();
		if (images.getDescriptor(key) == null) {
			CallTypeDescriptor d = registry().get(id);
			ImageDescriptor icon = d == null || d.icon() == null ? null
					: ResourceLocator.imageDescriptorFromBundle(d.contributor(), d.icon()).orElse(null);
			if (icon == null) {
				NO_ICON.add(id);
				return null;
			}
			images.put(key, icon);
		}
		return images.get(key);
	}

	/** A phone type in the platform's language. */
	public static String phoneType(String name) {
		return message("Phone_", name); //$NON-NLS-1$
	}

	/** A kind of service event in the platform's language. */
	public static String serviceEvent(String name) {
		return message("Event_", name); //$NON-NLS-1$
	}

	/** A complaint's category (SERVICE_DELAY, FEES...) in the platform's language. */
	public static String complaintCategory(String name) {
		return message("Complaint_", name); //$NON-NLS-1$
	}

	/** A complaint's severity (MAJOR, GENERAL...) in the platform's language. */
	public static String complaintSeverity(String name) {
		return message("Severity_", name); //$NON-NLS-1$
	}

	/** Where a promised callback came from (COMPLAINT, CALL, MANUAL) in the platform's language. */
	public static String callbackSource(String name) {
		return message("Source_", name); //$NON-NLS-1$
	}

	/** The workbench's language as a locale (the platform's {@code -nl}, else the JVM's). */
	public static Locale locale() {
		String nl = Platform.getNL();
		return nl == null ? Locale.getDefault() : Locale.forLanguageTag(nl.replace('_', '-'));
	}

	/** A count as people read it in the workbench's language: 1,200,000 rather than 1200000. */
	public static String count(long n) {
		return NumberFormat.getIntegerInstance(locale()).format(n);
	}

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT); //$NON-NLS-1$

	/** A moment as the date and the minute in {@code zone} (a report's times, which come in UTC). */
	public static String minute(Instant at, ZoneId zone) {
		return at == null ? "" : MINUTE.format(at.atZone(zone)); //$NON-NLS-1$
	}

	/** A task state in the platform's language. */
	public static String taskState(String name) {
		return message("Task_", name); //$NON-NLS-1$
	}

	/**
	 * The state of a pending call as {@code agent} sees it at {@code now}: in their own hands, in a colleague's, or
	 * its state; a call whose lease ran out is free again, so it shows as planned.
	 */
	public static String taskState(QueueItem q, String agent, Instant now) {
		if ("CLAIMED".equals(q.state()) && q.leaseExpiry() != null) { //$NON-NLS-1$
			if (!q.leaseExpiry().isAfter(now)) {
				return Messages.Task_PLANNED;
			}
			return agent != null && agent.equals(q.leaseOwner()) ? Messages.Task_mine
					: NLS.bind(Messages.Task_heldBy, q.leaseOwner());
		}
		return taskState(q.state());
	}

	/** How a call ended (COMPLETED, CALLBACK or a script's own code) in the platform's language. */
	public static String disposition(String code) {
		return message("Disposition_", code); //$NON-NLS-1$
	}

	/** A kind of recorded field (reason, date, score...) in the platform's language. */
	public static String recordKind(String name) {
		return message("Record_", name); //$NON-NLS-1$
	}

	/** Why a callback time is not allowed, in the platform's language. */
	public static String refusal(String name) {
		return message("Refusal_", name); //$NON-NLS-1$
	}

	/** A planning gate (do-not-call, calling hours...) in the platform's language. */
	public static String gate(org.revisit.core.plan.Gate gate) {
		return gate == null ? "" : message("Gate_", gate.name()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The message {@code prefix + key}, or {@code key} itself when there is none. */
	private static String message(String prefix, String key) {
		if (key == null) {
			return ""; //$NON-NLS-1$
		}
		try {
			Object value = Messages.class.getField(prefix + key.replace('.', '_')).get(null);
			return value instanceof String s ? s : key;
		} catch (ReflectiveOperationException e) {
			return key;
		}
	}
}
