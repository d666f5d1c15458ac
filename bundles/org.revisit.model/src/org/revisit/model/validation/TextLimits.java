package org.revisit.model.validation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.revisit.model.RevisitPackage;

/**
 * How many characters each text of the model may have: as many as its database column holds, so that a value
 * that would not fit is refused by the model's validation with a message naming the field, never by the
 * database. Texts kept inside a larger document (a script's steps and answers, stored as one CLOB) and texts
 * without a column of their own get {@value #DEFAULT}. The store's tests compare these with the columns.
 */
public final class TextLimits {

	/** The limit of a text without a column of its own. */
	public static final int DEFAULT = 4000;

	/**
	 * The limit of one text attribute.
	 *
	 * @param column the column ({@code table.column}) that holds it, or {@code null} if it has none of its own
	 */
	public record Limit(EAttribute attribute, String column, int max) {
	}

	private static final Map<EAttribute, Limit> LIMITS = new LinkedHashMap<>();

	static {
		RevisitPackage p = RevisitPackage.eINSTANCE;
		add(p.getContact_Name(), "contact.name", 100);
		add(p.getContact_Title(), "contact.title", 20);
		add(p.getContact_Company(), "contact.company", 200);
		add(p.getContact_Position(), "contact.position", 100);
		add(p.getContact_Email(), "contact.email", 200);
		add(p.getContact_Address(), "contact.address", 400);
		add(p.getContact_Fax(), "contact.fax", 40);
		add(p.getContact_TimeZone(), "contact.time_zone", 64);
		add(p.getContact_Tags(), "contact_tag.tag", 60);
		add(p.getContact_ConsentSource(), "contact.consent_source", 100);
		add(p.getContact_DoNotCallSource(), "contact.dnc_source", 100);
		add(p.getContact_OwningAgent(), "contact.owning_agent", 64);
		add(p.getPhoneNumber_Number(), "contact_phone.number", 40);
		add(p.getServiceEvent_Engineer(), "service_event.engineer", 100);
		add(p.getServiceEvent_Subject(), "service_event.subject", 400);
		add(p.getServiceEvent_ExternalRef(), "service_event.external_ref", 100);
		add(p.getCampaign_CallTypeId(), "campaign.call_type", 100);
		add(p.getCampaign_Name(), "campaign.name", 200);
		add(p.getCampaign_ScriptId(), "campaign.script_id", 100);
		add(p.getCampaign_TargetFilter(), "campaign.target_filter", 1000);
		add(p.getCampaign_NameEn(), "campaign.name_en", 200);
		add(p.getRetryRule_OutcomeCode(), "campaign_retry.outcome_code", 60);
		add(p.getScript_ScriptId(), "script.script_id", 100);
		add(p.getScript_Title(), "script.title", 200);
		add(p.getScript_Language(), "script.language", 10);
		add(p.getScript_CallTypeId(), "script.call_type", 100);
		// what a script's answers put into an outcome must fit the outcome's columns
		add(p.getAnswer_Label(), "call_outcome_step.answer_label", 200);
		add(p.getRecordField_FieldName(), "call_outcome_value.field", 100);
		add(p.getCreateFollowUp_Assignee(), "follow_up.assignee", 100);
		add(p.getCreateFollowUp_Text(), "follow_up.text", 4000);
		add(p.getEndCall_OutcomeCode(), "call_outcome.disposition", 60);
		add(p.getCallTask_CallTypeId(), "call_task.call_type", 100);
		add(p.getCallTask_LeaseOwner(), "call_task.lease_owner", 64);
		add(p.getCallTask_Reason(), "call_task.reason", 400);
		add(p.getCallOutcome_Agent(), "call_outcome.agent", 64);
		add(p.getCallOutcome_DispositionCode(), "call_outcome.disposition", 60);
		add(p.getCallOutcome_ScriptId(), "call_outcome.script_id", 100);
		add(p.getCallOutcome_Notes(), "call_outcome.notes", 4000);
		add(p.getPathEntry_AnswerLabel(), "call_outcome_step.answer_label", 200);
		add(p.getRecordedValue_Field(), "call_outcome_value.field", 100);
		add(p.getRecordedValue_Value(), "call_outcome_value.field_value", 4000);
		add(p.getScore_Aspect(), "call_outcome_score.aspect", 100);
		add(p.getFollowUp_Assignee(), "follow_up.assignee", 100);
		add(p.getFollowUp_Text(), "follow_up.text", 4000);
		add(p.getCallback_Owner(), "callback.owner", 64);
		add(p.getCallback_Reason(), "callback.reason", 1000);
		add(p.getUser_Name(), "app_user.name", 64);
		add(p.getUser_DisplayName(), "app_user.display_name", 100);
		add(p.getHolidayCalendar_Name(), "holiday_calendar.name", 100);
		add(p.getHolidayRule_Name(), "holiday_rule.name", 100);
		add(p.getHolidayEntry_Name(), "holiday_entry.name", 100);
	}

	private TextLimits() {
	}

	private static void add(EAttribute attribute, String column, int max) {
		LIMITS.put(attribute, new Limit(attribute, column, max));
	}

	/** The most characters a value of {@code attribute} may have. */
	public static int max(EAttribute attribute) {
		Limit limit = LIMITS.get(attribute);
		return limit == null ? DEFAULT : limit.max();
	}

	/** The texts stored in a column of their own, with their columns. */
	public static Collection<Limit> columns() {
		return Collections.unmodifiableCollection(LIMITS.values());
	}
}
