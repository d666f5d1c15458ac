package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.internal.Messages;

/**
 * Outcome codes are shown with the name the call type's contribution declares (this test bundle's reminder call
 * type, a plug-in's), else with Revisit's own word for the code, else as the code itself.
 */
class OutcomeNamesUiTest {

	private static final String REMINDER = "org.revisit.ui.tests.calltype.reminder";

	@Test
	void aPluginsCodesShowTheirDeclaredNames() {
		assertEquals("Renewal booked", Labels.outcome(REMINDER, "RENEWAL_BOOKED"));
		assertEquals("Reminded", Labels.outcome(REMINDER, "COMPLETED"), "the declared name wins over Revisit's word");
	}

	@Test
	void undeclaredCodesFallBackToRevisitsWordThenToTheCode() {
		assertEquals(Messages.Disposition_NO_ANSWER, Labels.outcome(REMINDER, "NO_ANSWER"));
		assertEquals("SOMETHING_ELSE", Labels.outcome(REMINDER, "SOMETHING_ELSE"));
		assertEquals("RENEWAL_BOOKED", Labels.outcome("com.example.calltype.gone", "RENEWAL_BOOKED"),
				"a call type that is not installed declares nothing");
	}
}
