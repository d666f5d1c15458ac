package org.revisit.core.io;

/** The columns of a service-events file (see docs/manager-guide.md). */
public enum EventColumn implements Column {
	KIND("kind", "类型", true, "事件类型"),
	OCCURRED_AT("occurred_at", "时间", true, "日期", "date", "time"),
	MOBILE("mobile", "手机", false, "手机号", "手机号码"),
	CONTACT_ID("contact_id", "联系人编号", false, "contact"),
	ENGINEER("engineer", "工程师", false, "讲师", "trainer"),
	SUBJECT("subject", "主题", false, "内容"),
	EXTERNAL_REF("external_ref", "单号", false, "编号", "ref"),
	COMPLAINT_CATEGORY("complaint_category", "投诉类别", false, "category"),
	SEVERITY("severity", "严重程度", false, "投诉级别"),
	RESOLVED("resolved", "已解决", false, "解决"),
	CALLBACK_DUE("callback_due", "承诺回电时间", false, "回电时间", "承诺回电", "promised_callback");

	private final Names names;

	EventColumn(String english, String chinese, boolean required, String... aliases) {
		this.names = new Names(english, chinese, required, aliases);
	}

	@Override
	public Names names() {
		return names;
	}
}
