package org.revisit.core.io;

/** The columns of a contacts file (see docs/manager-guide.md for what each holds). */
public enum ContactColumn implements Column {
	NAME("name", "姓名", true, "联系人"),
	TITLE("title", "称呼"),
	COMPANY("company", "单位", false, "公司", "公司名称"),
	POSITION("position", "职务", false, "职位"),
	MOBILE("mobile", "手机", true, "手机号", "手机号码", "mobile_phone"),
	OFFICE_PHONE("office_phone", "办公电话", false, "电话", "座机"),
	HOME_PHONE("home_phone", "家庭电话"),
	EMAIL("email", "邮箱", false, "电子邮件", "e-mail"),
	ADDRESS("address", "地址"),
	FAX("fax", "传真"),
	BIRTHDAY("birthday", "生日"),
	LUNAR("lunar", "农历"),
	TIME_ZONE("time_zone", "时区"),
	CUSTOMER_CLASS("customer_class", "客户级别", false, "class", "客户等级"),
	TAGS("tags", "标签"),
	DO_NOT_CALL("do_not_call", "勿扰", false, "dnc"),
	DNC_DATE("dnc_date", "勿扰日期"),
	DNC_SOURCE("dnc_source", "勿扰来源"),
	CONSENT("consent", "同意联系"),
	CONSENT_DATE("consent_date", "同意日期"),
	CONSENT_SOURCE("consent_source", "同意来源"),
	STATUS("status", "状态"),
	OWNING_AGENT("owning_agent", "负责坐席", false, "agent", "坐席");

	private final Names names;

	ContactColumn(String english, String chinese) {
		this(english, chinese, false);
	}

	ContactColumn(String english, String chinese, boolean required, String... aliases) {
		this.names = new Names(english, chinese, required, aliases);
	}

	@Override
	public Names names() {
		return names;
	}
}
