package org.revisit.core.io;

import java.util.List;

/** The columns of a service-events file (see the README). */
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
	RESOLVED("resolved", "已解决", false, "解决");

	private final String english;
	private final String chinese;
	private final boolean required;
	private final List<String> aliases;

	EventColumn(String english, String chinese, boolean required, String... aliases) {
		this.english = english;
		this.chinese = chinese;
		this.required = required;
		this.aliases = List.of(aliases);
	}

	@Override
	public String english() {
		return english;
	}

	@Override
	public String chinese() {
		return chinese;
	}

	@Override
	public List<String> aliases() {
		return aliases;
	}

	@Override
	public boolean required() {
		return required;
	}
}
