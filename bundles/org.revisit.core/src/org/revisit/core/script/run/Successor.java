package org.revisit.core.script.run;

import org.revisit.core.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.model.validation.RevisitModelValidator;

/**
 * The person now in charge, named by the customer when the target has left the company: the value of an answer
 * with a "has left the company" action. Name and mobile are required; title and position may be null.
 */
public record Successor(String name, String title, String mobile, String position) {

	public Successor {
		name = clean(name);
		title = clean(title);
		mobile = clean(mobile);
		position = clean(position);
	}

	/** What is wrong with these details, one message per field (empty when they can be stored). */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (name == null) {
			problems.add(Messages.Successor_nameRequired);
		}
		if (mobile == null) {
			problems.add(Messages.Successor_mobileRequired);
		} else {
			// The same rule as every stored phone number, so the successor can be saved as given.
			BasicDiagnostic d = new BasicDiagnostic();
			RevisitModelValidator.diagnostician().validate(phone(), d);
			if (d.getSeverity() >= Diagnostic.ERROR) {
				for (Diagnostic child : d.getChildren()) {
					problems.add(NLS.bind(Messages.Successor_mobileProblem, child.getMessage()));
				}
				if (d.getChildren().isEmpty()) {
					problems.add(NLS.bind(Messages.Successor_mobileInvalid, mobile));
				}
			}
		}
		return problems;
	}

	/** A new active contact with these details; the store fills company, agent and time zone from the old one. */
	public Contact toContact() {
		Contact c = RevisitFactory.eINSTANCE.createContact();
		c.setName(name);
		c.setTitle(title);
		c.setPosition(position);
		c.setStatus(ContactStatus.ACTIVE);
		c.getPhones().add(phone());
		return c;
	}

	private PhoneNumber phone() {
		PhoneNumber p = RevisitFactory.eINSTANCE.createPhoneNumber();
		p.setType(PhoneType.MOBILE);
		p.setNumber(mobile);
		return p;
	}

	private static String clean(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
